// The words a web page shows (the chip, the marks' descriptions, the tooltip, the note after a shortcut
// save, and the problems it may name): the part of lib/i18n that the content script carries, so that
// it stays small on every government page. The rest of the words are in ./index.ts, which spreads these.
import type { Problem } from '../model';

/** Bytes as megabytes, one decimal. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const pageZh = {
  error: '错误',
  warning: '提示',
  info: '说明',
  reported: '报告值',
  computed: '计算值',
  difference: '差',
  thisCell: '本单元格',
  related: '相关单元格',
  relatedKeys: '聚焦单元格时，按方向键依次转到相关单元格，Esc 关闭说明。',
  andMore: (n: number) => `等 ${n} 个`,
  close: '关闭',
  attachmentOffer: (kind: string) => `这份报告以附件发布（${kind}）`,
  readAttachment: '读取附件',
  fileOfUnknownKind: '文件',
  /** The page chip: 年报透镜：2处错误，3处提示 */
  chip: (errors: number, warnings: number) =>
    '年报透镜：' +
    (errors + warnings === 0
      ? '未发现问题'
      : [errors && `${errors}处错误`, warnings && `${warnings}处提示`].filter(Boolean).join('，')),
  saveFailed: (message: string) => `保存失败：${message}`,
  savedNote: '已保存到报告库',
  duplicateNote: '这份报告已保存过，可在弹出窗口中更新',
  versionNote: (n: number) => `页面与已保存的报告不同，已另存为第 ${n} 版（旧版保留）`,
  /** A marked cell's description for screen readers: each finding, its severity, rule and message. */
  markLine: (severity: string, rule: string, message: string) => `${severity}：${rule}。${message}`,
  markJoin: '；',
  notReportShortcut: '年报透镜：此页面未识别为年度报告，未保存',
  blankCell: '（空白）',
  problem: (p: Problem): string => {
    switch (p.code) {
      case 'storage-full':
        return '存储空间已满，未能保存。请删除部分已保存的报告后重试。';
      case 'storage':
        return `未能保存：${p.detail}`;
      case 'storage-unavailable':
        return '此窗口无法使用报告库（例如浏览器的隐私窗口）：请在普通窗口中打开。';
      case 'off-site':
        return `不在同一网站（${p.origin}），未抓取`;
      case 'network':
        return `无法连接：${p.detail}`;
      case 'http':
        return `服务器返回 HTTP ${p.status}`;
      case 'redirected':
        return `跳转到其他网站（${p.origin}），未读取`;
      case 'redirect-hidden':
        return '此地址跳转到别处，浏览器不告知去向，为免访问其他网站未跟随；可打开该页面后直接保存';
      case 'not-report':
        return '此页面未识别为年度报告';
      case 'read-failed':
        return `读取失败：${p.detail}`;
      case 'not-json':
        return '这不是年报透镜的备份文件：无法按 JSON 读取。';
      case 'not-backup':
        return '这不是年报透镜的备份文件。';
      case 'backup-newer':
        return `此备份来自较新的年报透镜（数据版本 ${p.version}，本机为 ${p.mine}），请先更新扩展。`;
      case 'backup-incomplete':
        return `备份文件第 ${p.index} 份报告不完整，未导入任何内容。`;
      case 'timeout':
        return `${p.seconds} 秒内未得到完整回应，已放弃`;
      case 'too-large':
        return `页面过大（${mb(p.bytes)}，上限 ${mb(p.limit)}），不像年度报告，未读取`;
      case 'not-a-page':
        return `这不是网页（${p.mime}），未读取`;
      case 'interrupted':
        return '读取这一页时扩展两次中断，未再自动重试；可点“重试”';
      case 'bad-bytes':
        return `有 ${p.count} 处字节无法按其编码读取，已以 � 代替；相关文字可能有误`;
      case 'too-deep':
        return `页面标记嵌套过深（${p.depth} 层，上限 ${p.limit}），不像年度报告，未读取`;
      case 'no-tab':
        return '此页面已无可保存的报告。';
      case 'disconnected':
        return '与扩展后台的连接中断（扩展可能刚重新启动），请再试一次。';
      case 'legacy':
        return p.text;
      case 'scanned':
        return '这份 PDF 是扫描图像，没有文字层，无法核对';
      case 'encrypted':
        return '这份文件设有打开密码，无法读取';
      case 'corrupt':
        return `文件已损坏或不完整（${p.kind}），无法读取`;
      case 'too-many-pages':
        return `文件有 ${p.pages} 页（上限 ${p.limit} 页），不像年度报告，未读取`;
      case 'unsupported-kind':
        return `暂不能读取 ${p.kind} 文件`;
    }
  },
};

export type PageStrings = typeof pageZh;

export const pageEn: PageStrings = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
  reported: 'reported',
  computed: 'computed',
  difference: 'difference',
  thisCell: 'This cell',
  related: 'Related cells',
  relatedKeys: 'On a focused cell, the arrow keys go round the related cells; Esc closes this.',
  andMore: (n: number) => `and ${n} more`,
  close: 'Close',
  attachmentOffer: (kind: string) => `This report is published as an attachment (${kind})`,
  readAttachment: 'Read the attachment',
  fileOfUnknownKind: 'file',
  chip: (errors: number, warnings: number) =>
    'Nianbao Lens: ' +
    (errors + warnings === 0
      ? 'no problems found'
      : [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(', ')),
  saveFailed: (message: string) => `Not saved: ${message}`,
  savedNote: 'saved to the library',
  duplicateNote: 'already saved; update it from the popup',
  versionNote: (n: number) => `the page differs from the saved report: kept as version ${n} (the earlier one kept)`,
  markLine: (severity: string, rule: string, message: string) => `${severity}: ${rule}. ${message}`,
  markJoin: '; ',
  notReportShortcut: 'Nianbao Lens: not recognised as an annual report; nothing saved',
  blankCell: '(blank)',
  problem: (p: Problem): string => {
    switch (p.code) {
      case 'storage-full':
        return 'Storage is full: nothing was saved. Delete some saved reports and try again.';
      case 'storage':
        return `Not saved: ${p.detail}`;
      case 'storage-unavailable':
        return 'The library cannot be used in this window (a private window, for one): open it in a normal window.';
      case 'off-site':
        return `Not on the same site (${p.origin}): not fetched`;
      case 'network':
        return `Could not connect: ${p.detail}`;
      case 'http':
        return `The server answered HTTP ${p.status}`;
      case 'redirected':
        return `Redirected to another site (${p.origin}): not read`;
      case 'redirect-hidden':
        return 'Redirected, and the browser hides where to: not followed, lest it be another site; open and save it';
      case 'not-report':
        return 'Not recognised as an annual report';
      case 'read-failed':
        return `Could not read: ${p.detail}`;
      case 'not-json':
        return 'Not a Nianbao Lens backup: it cannot be read as JSON.';
      case 'not-backup':
        return 'Not a Nianbao Lens backup file.';
      case 'backup-newer':
        return (
          `This backup is from a newer Nianbao Lens (data version ${p.version}, this one ${p.mine}): ` +
          'update the extension first.'
        );
      case 'backup-incomplete':
        return `Report ${p.index} of the backup is incomplete; nothing was imported.`;
      case 'timeout':
        return `No complete answer within ${p.seconds} s: given up`;
      case 'too-large':
        return `Too large for a report page (${mb(p.bytes)}, limit ${mb(p.limit)}): not read`;
      case 'not-a-page':
        return `Not a web page (${p.mime}): not read`;
      case 'interrupted':
        return 'The extension stopped twice while reading this page: not retried by itself; use Retry';
      case 'bad-bytes':
        return `Bytes that could not be decoded (${p.count}) read as �: the text there may be wrong`;
      case 'too-deep':
        return `Markup nested too deep (${p.depth} levels, limit ${p.limit}) for a report: not read`;
      case 'no-tab':
        return 'This page no longer holds a report to save.';
      case 'disconnected':
        return 'The connection to the extension was lost (it may have just restarted): please try again.';
      case 'legacy':
        return p.text;
      case 'scanned':
        return 'This PDF is a scanned image with no text layer: it cannot be checked';
      case 'encrypted':
        return 'This file needs a password to open: it cannot be read';
      case 'corrupt':
        return `The file is damaged or incomplete (${p.kind}): it cannot be read`;
      case 'too-many-pages':
        return `The file has ${p.pages} pages (limit ${p.limit}): too long for a report, not read`;
      case 'unsupported-kind':
        return `${p.kind} files cannot be read yet`;
    }
  },
};

/** Chinese unless the browser's language is something else: the users read Chinese reports. */
export function isZh(lang: string | undefined): boolean {
  return !lang || /^zh\b/i.test(lang);
}

export function pageStrings(lang: string | undefined): PageStrings {
  return isZh(lang) ? pageZh : pageEn;
}
