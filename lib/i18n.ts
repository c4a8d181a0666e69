// Every string a person reads, Chinese first, English second: the extension's UI, the command
// line's summary, and the problems the library stores as codes (lib/model.ts `Problem`), worded here
// so that they show in the UI's language and can be re-worded later. The browser's language (or the
// command line's --lang) picks one; the report's own words (labels, findings) stay as the report and
// the checks wrote them. Rule titles are declared with each rule (lib/check/) and looked up by id.
import type { Problem, Progress } from './model';

interface RecheckChange {
  body: string;
  year: number | string;
  e0: number;
  e1: number;
  w0: number;
  w1: number;
}

type Sizes = { t2: number | null; t3: number | null; t4: number | null };
const zh = {
  brand: '年报透镜',
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
  notReport: '此页面未识别为政府信息公开工作年度报告。',
  noAccess: '年报透镜未在此页面运行。',
  enableSite: '在此网站启用年报透镜',
  disableSite: '在此网站停用',
  siteEnabled: (site: string) => `已在 ${site} 启用。`,
  siteDisabled: (site: string) => `已在 ${site} 停用。`,
  permissionDenied: '未获授权，未作更改。',
  unknownBody: '报送机关不详',
  unknownYear: '年度不详',
  yearOf: (year: number) => `${year}年度`,
  format2019: '2019年版格式',
  format2021: '2021年版格式',
  formatPre2019: '2019年以前（文字叙述）',
  published: (date: string) => `发布于 ${date}`,
  /** The page chip: 年报透镜：2处错误，3处提示 */
  chip: (errors: number, warnings: number) =>
    '年报透镜：' +
    (errors + warnings === 0
      ? '未发现问题'
      : [errors && `${errors}处错误`, warnings && `${warnings}处提示`].filter(Boolean).join('，')),
  counts: (errors: number, warnings: number, infos: number) => `错误 ${errors} · 提示 ${warnings} · 说明 ${infos}`,
  noProblems: '未发现问题',
  save: '保存到报告库',
  saving: '正在保存…',
  saved: (time: string) => `已保存到报告库（${time}）。`,
  updated: (time: string) => `已更新报告库中的这份报告（${time}）。`,
  duplicateUrl: (time: string) => `这份报告已于 ${time} 保存（同一网址）。`,
  duplicateBodyYear: (time: string) => `同一机关、同一年度的报告已于 ${time} 保存。`,
  update: '用当前页面更新',
  saveFailed: (message: string) => `保存失败：${message}`,
  library: '打开报告库',
  clear: '清除页面标记',
  marksCleared: '页面标记已清除；重新加载页面可再次标记。',
  keyFigures: '主要数字',
  findings: '核对结果',
  noCells: '此项没有对应的表格单元格',
  t3: '表三 收到和处理政府信息公开申请情况',
  t4: '表四 行政复议、行政诉讼情况',
  t2: '表二 主动公开政府信息情况',
  prose: '正文所述',
  inWords: '正文与结构',
  jumpToFigures: '主要数字 ↓',
  total: '总计',
  corrected: '纠正',
  savedNote: '已保存到报告库',
  duplicateNote: '这份报告已保存过，可在弹出窗口中更新',
  notReportShortcut: '年报透镜：此页面未识别为年度报告，未保存',
  libraryTitle: '报告库',
  libraryEmpty: '报告库还是空的：在年报页面打开年报透镜，点“保存到报告库”。',
  libraryCount: (n: number) => `共 ${n} 份报告`,
  colBody: '机关',
  colYear: '年度',
  colFormat: '格式',
  colErrors: '错误',
  colWarnings: '提示',
  colSaved: '保存时间',
  colSource: '来源',
  search: '搜索机关或标题',
  allYears: '全部年度',
  allFormats: '全部格式',
  onlyErrors: '只看有错误的',
  shown: (shown: number, total: number) => `显示 ${shown} / ${total} 份`,
  exportCsv: '导出 CSV',
  exportXlsx: '导出 XLSX',
  exportJson: '备份 JSON',
  importJson: '导入备份',
  imported: (r: { added: number; replaced: number; skipped: number }) =>
    `已导入：新增 ${r.added} 份，更新 ${r.replaced} 份，跳过 ${r.skipped} 份（已有）。`,
  recheckAll: '全部重新核对',
  rechecking: (done: number, total: number) => `正在重新核对 ${done}/${total}…`,
  rechecked: (total: number, changed: number) => `已重新核对 ${total} 份：${changed} 份结果有变化。`,
  recheckChange: (c: RecheckChange) => `${c.body} ${c.year}：错误 ${c.e0}→${c.e1}，提示 ${c.w0}→${c.w1}`,
  delete: '删除',
  deleted: (name: string) => `已删除“${name}”。`,
  undo: '撤销',
  back: '返回列表',
  details: '详情',
  crossYear: '跨年度核对',
  chartTitle: (body: string) => `${body}历年主要数字`,
  seriesRequests: '收到申请',
  seriesGranted: '予以公开',
  seriesReviews: '行政复议',
  seriesSuits: '行政诉讼',
  openSource: '打开原网页',
  listingPage: (n: number) => `此页面是年度报告的列表，列出 ${n} 份报告。`,
  listingMore: (more: number, max: number) => `页面另有 ${more} 份报告的链接，一次最多收集 ${max} 份，未列入。`,
  collect: (n: number) => `收集此页列出的 ${n} 份报告`,
  collectHint: (seconds: number) => `逐份抓取本网站的报告页面，每份间隔 ${seconds} 秒，读取、核对后保存到报告库。`,
  collectProgress: (p: Progress) =>
    `已处理 ${p.done}/${p.total}：新保存 ${p.saved}，已在库中 ${p.duplicate}，失败 ${p.failed}`,
  collectRunning: '正在收集…关闭弹出窗口不会中断。',
  collectPaused: '已暂停。',
  collectDone: '收集完成。',
  pause: '暂停',
  resume: '继续',
  retryFailed: (n: number) => `重试失败的 ${n} 份`,
  failures: (n: number) => `未能收集（${n}）`,
  collectFailed: (message: string) => `未能开始收集：${message}`,
  blankCell: '（空白）',
  brokenRecords: (n: number) => `报告库中有 ${n} 份记录已损坏，未列出。`,
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
  cliUsage: `用法：npm run --silent cli -- check FILE... [--json] [--lang zh|en]
  读取 HTML 或文本文件中的政府信息公开工作年度报告并核对。
  --json  每个文件输出一个 JSON 对象（多个文件时为 JSON 数组）
  --lang  摘要的语言：zh（默认）或 en`,
  cliCannotRead: (file: string, why: string) => `无法读取 ${file}：${why}`,
  cliNote: (file: string, note: string) => `注意 ${file}：${note}`,
  cliNoFile: '文件不存在',
  cliIsDirectory: '这是一个目录',
  cliNoAccess: '没有读取权限',
  cliNotAFile: '不是普通文件',
  cliTooLarge: (bytes: number, limit: number) => `文件过大（${mb(bytes)}，上限 ${mb(limit)}），不像年度报告`,
  notReportSummary: '不是政府信息公开工作年度报告（未找到年报标题，也未找到表三或表四）',
  untitled: '（无标题）',
  unknownFormat: '格式不详',
  tableSizes: (n: Sizes) => {
    const size = (v: number | null, unit: string) => (v === null ? '未找到' : `${v}${unit}`);
    return `表二 ${size(n.t2, '行')} · 表三 ${size(n.t3, '行')} · 表四 ${size(n.t4, '块')}`;
  },
};

export type Strings = typeof zh;

const en: Strings = {
  brand: 'Nianbao Lens',
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
  notReport: 'This page was not recognised as a government information disclosure annual report.',
  noAccess: 'Nianbao Lens does not run on this page.',
  enableSite: 'Enable Nianbao Lens on this site',
  disableSite: 'Disable on this site',
  siteEnabled: (site: string) => `Enabled on ${site}.`,
  siteDisabled: (site: string) => `Disabled on ${site}.`,
  permissionDenied: 'Permission not granted; nothing changed.',
  unknownBody: 'Body unknown',
  unknownYear: 'Year unknown',
  yearOf: (year: number) => `Year ${year}`,
  format2019: '2019 format',
  format2021: '2021 format',
  formatPre2019: 'before 2019 (prose)',
  published: (date: string) => `published ${date}`,
  chip: (errors: number, warnings: number) =>
    'Nianbao Lens: ' +
    (errors + warnings === 0
      ? 'no problems found'
      : [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(', ')),
  counts: (errors: number, warnings: number, infos: number) =>
    [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'note')].join(' · '),
  noProblems: 'No problems found',
  save: 'Save to library',
  saving: 'Saving…',
  saved: (time: string) => `Saved to the library (${time}).`,
  updated: (time: string) => `Updated the saved report (${time}).`,
  duplicateUrl: (time: string) => `This report was saved on ${time} (same address).`,
  duplicateBodyYear: (time: string) => `A report of the same body and year was saved on ${time}.`,
  update: 'Update it from this page',
  saveFailed: (message: string) => `Not saved: ${message}`,
  library: 'Open the library',
  clear: 'Clear the page marks',
  marksCleared: 'The page marks are cleared; reload the page to mark it again.',
  keyFigures: 'Key figures',
  findings: 'Findings',
  noCells: 'No table cell belongs to this finding',
  t3: 'Table 3: requests received and handled',
  t4: 'Table 4: administrative reviews and suits',
  t2: 'Table 2: information published proactively',
  prose: 'Stated in the text',
  inWords: 'Text and structure',
  jumpToFigures: 'Key figures ↓',
  total: 'Total',
  corrected: 'corrected',
  savedNote: 'saved to the library',
  duplicateNote: 'already saved; update it from the popup',
  notReportShortcut: 'Nianbao Lens: not recognised as an annual report; nothing saved',
  libraryTitle: 'Library',
  libraryEmpty: 'The library is empty: open Nianbao Lens on a report page and click “Save to library”.',
  libraryCount: (n: number) => plural(n, 'report'),
  colBody: 'Body',
  colYear: 'Year',
  colFormat: 'Format',
  colErrors: 'Errors',
  colWarnings: 'Warnings',
  colSaved: 'Saved on',
  colSource: 'Source',
  search: 'Search body or title',
  allYears: 'All years',
  allFormats: 'All formats',
  onlyErrors: 'Only with errors',
  shown: (shown: number, total: number) => `${shown} of ${total} shown`,
  exportCsv: 'Export CSV',
  exportXlsx: 'Export XLSX',
  exportJson: 'Back up JSON',
  importJson: 'Import backup',
  imported: (r: { added: number; replaced: number; skipped: number }) =>
    `Imported: ${r.added} added, ${r.replaced} updated, ${r.skipped} already there.`,
  recheckAll: 'Re-check all',
  rechecking: (done: number, total: number) => `Re-checking ${done}/${total}…`,
  rechecked: (total: number, changed: number) => `Re-checked ${total}: ${changed} changed.`,
  recheckChange: (c: RecheckChange) => `${c.body} ${c.year}: errors ${c.e0}→${c.e1}, warnings ${c.w0}→${c.w1}`,
  delete: 'Delete',
  deleted: (name: string) => `Deleted “${name}”.`,
  undo: 'Undo',
  back: 'Back to the list',
  details: 'Details',
  crossYear: 'Across years',
  chartTitle: (body: string) => `${body}: key figures by year`,
  seriesRequests: 'Requests',
  seriesGranted: 'Granted',
  seriesReviews: 'Reviews',
  seriesSuits: 'Suits',
  openSource: 'Open the page',
  listingPage: (n: number) => `This page is a list of annual reports: ${plural(n, 'report')} listed.`,
  listingMore: (more: number, max: number) =>
    `The page links ${plural(more, 'more report')}: one collection takes at most ${max}, so they are not listed.`,
  collect: (n: number) =>
    n === 1 ? 'Collect the report listed on this page' : `Collect the ${n} reports listed on this page`,
  collectHint: (seconds: number) =>
    `Fetches each report page on this site, one every ${seconds} s, reads and checks it, and saves it to the library.`,
  collectProgress: (p: Progress) =>
    `${p.done}/${p.total} done: ${p.saved} saved, ${p.duplicate} already in the library, ${p.failed} failed`,
  collectRunning: 'Collecting… closing the popup does not stop it.',
  collectPaused: 'Paused.',
  collectDone: 'Collection finished.',
  pause: 'Pause',
  resume: 'Resume',
  retryFailed: (n: number) => `Retry the ${n} failed`,
  failures: (n: number) => `Not collected (${n})`,
  collectFailed: (message: string) => `Could not start collecting: ${message}`,
  blankCell: '(blank)',
  brokenRecords: (n: number) =>
    `${plural(n, 'record')} in the library ${n === 1 ? 'is' : 'are'} damaged and not listed.`,
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
  cliUsage: `Usage: npm run --silent cli -- check FILE... [--json] [--lang zh|en]
  Reads annual reports from HTML or text files and checks them.
  --json  one JSON object per file (a JSON array for several files)
  --lang  language of the summary: zh (default) or en`,
  cliCannotRead: (file: string, why: string) => `Cannot read ${file}: ${why}`,
  cliNote: (file: string, note: string) => `Note on ${file}: ${note}`,
  cliNoFile: 'no such file',
  cliIsDirectory: 'it is a directory',
  cliNoAccess: 'permission denied',
  cliNotAFile: 'not a regular file',
  cliTooLarge: (bytes: number, limit: number) => `too large for a report (${mb(bytes)}, limit ${mb(limit)})`,
  notReportSummary: 'Not a government information disclosure annual report (no report title, no table 3 or 4)',
  untitled: '(untitled)',
  unknownFormat: 'format unknown',
  tableSizes: (n: Sizes) => {
    const size = (v: number | null, unit: string) => (v === null ? 'not found' : plural(v, unit));
    return `table 2: ${size(n.t2, 'row')} · table 3: ${size(n.t3, 'row')} · table 4: ${size(n.t4, 'block')}`;
  },
};

/** Bytes as megabytes, one decimal. */
function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Chinese unless the browser's language is something else: the users read Chinese reports. */
export function isZh(lang: string | undefined): boolean {
  return !lang || /^zh\b/i.test(lang);
}

export function strings(lang: string | undefined): Strings {
  return isZh(lang) ? zh : en;
}
