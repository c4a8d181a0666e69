// Every string of the extension's own UI, Chinese first, English second. The browser's language
// picks one; the report's own words (labels, findings) stay as the report and the checks wrote them.
const zh = {
  error: '错误',
  warning: '提示',
  info: '说明',
  reported: '报告值',
  computed: '计算值',
  difference: '差',
  thisCell: '本单元格',
  related: '相关单元格',
  andMore: '等 {n} 个',
  close: '关闭',
  notReport: '此页面未识别为政府信息公开工作年度报告。',
  noAccess: '年报透镜未在此页面运行。',
  enableSite: '在此网站启用年报透镜',
  disableSite: '在此网站停用',
  siteEnabled: '已在 {site} 启用。',
  siteDisabled: '已在 {site} 停用。',
  permissionDenied: '未获授权，未作更改。',
  unknownBody: '报送机关不详',
  unknownYear: '年度不详',
  yearOf: '{year}年度',
  format2019: '2019年版格式',
  format2021: '2021年版格式',
  formatPre2019: '2019年以前（文字叙述）',
  published: '发布于 {date}',
  /** The page chip: 年报透镜：2处错误，3处提示 */
  chip: (errors: number, warnings: number) =>
    '年报透镜：' + (errors + warnings === 0 ? '未发现问题' : [errors && `${errors}处错误`, warnings && `${warnings}处提示`].filter(Boolean).join('，')),
  counts: (errors: number, warnings: number, infos: number) => `错误 ${errors} · 提示 ${warnings} · 说明 ${infos}`,
  noProblems: '未发现问题',
  save: '保存到报告库',
  saving: '正在保存…',
  saved: '已保存到报告库（{time}）。',
  updated: '已更新报告库中的这份报告（{time}）。',
  duplicateUrl: '这份报告已于 {time} 保存（同一网址）。',
  duplicateBodyYear: '同一机关、同一年度的报告已于 {time} 保存。',
  update: '用当前页面更新',
  saveFailed: '保存失败：{message}',
  library: '打开报告库',
  clear: '清除页面标记',
  keyFigures: '主要数字',
  findings: '核对结果',
  noCells: '此项没有对应的表格单元格',
  t3: '表三 收到和处理政府信息公开申请情况',
  t4: '表四 行政复议、行政诉讼情况',
  t2: '表二 主动公开政府信息情况',
  prose: '正文所述',
  total: '总计',
  corrected: '纠正',
  savedShortcut: '年报透镜：已保存到报告库',
  duplicateShortcut: '年报透镜：这份报告已保存过，可在弹出窗口中更新',
  notReportShortcut: '年报透镜：此页面未识别为年度报告，未保存',
  libraryTitle: '报告库',
  libraryEmpty: '报告库还是空的：在年报页面打开年报透镜，点“保存到报告库”。',
  libraryCount: '共 {n} 份报告',
  colBody: '机关',
  colYear: '年度',
  colFormat: '格式',
  colErrors: '错误',
  colWarnings: '提示',
  colSaved: '保存时间',
  colSource: '来源',
};

export type Strings = typeof zh;

const en: Strings = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
  reported: 'reported',
  computed: 'computed',
  difference: 'difference',
  thisCell: 'This cell',
  related: 'Related cells',
  andMore: 'and {n} more',
  close: 'Close',
  notReport: 'This page was not recognised as a government information disclosure annual report.',
  noAccess: 'Nianbao Lens does not run on this page.',
  enableSite: 'Enable Nianbao Lens on this site',
  disableSite: 'Disable on this site',
  siteEnabled: 'Enabled on {site}.',
  siteDisabled: 'Disabled on {site}.',
  permissionDenied: 'Permission not granted; nothing changed.',
  unknownBody: 'Body unknown',
  unknownYear: 'Year unknown',
  yearOf: 'Year {year}',
  format2019: '2019 format',
  format2021: '2021 format',
  formatPre2019: 'before 2019 (prose)',
  published: 'published {date}',
  chip: (errors: number, warnings: number) =>
    'Nianbao Lens: ' + (errors + warnings === 0 ? 'no problems found' : [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(', ')),
  counts: (errors: number, warnings: number, infos: number) => [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'note')].join(' · '),
  noProblems: 'No problems found',
  save: 'Save to library',
  saving: 'Saving…',
  saved: 'Saved to the library ({time}).',
  updated: 'Updated the saved report ({time}).',
  duplicateUrl: 'This report was saved on {time} (same address).',
  duplicateBodyYear: 'A report of the same body and year was saved on {time}.',
  update: 'Update it from this page',
  saveFailed: 'Not saved: {message}',
  library: 'Open the library',
  clear: 'Clear the page marks',
  keyFigures: 'Key figures',
  findings: 'Findings',
  noCells: 'No table cell belongs to this finding',
  t3: 'Table 3: requests received and handled',
  t4: 'Table 4: administrative reviews and suits',
  t2: 'Table 2: information published proactively',
  prose: 'Stated in the text',
  total: 'Total',
  corrected: 'corrected',
  savedShortcut: 'Nianbao Lens: saved to the library',
  duplicateShortcut: 'Nianbao Lens: already saved; update it from the popup',
  notReportShortcut: 'Nianbao Lens: not recognised as an annual report; nothing saved',
  libraryTitle: 'Library',
  libraryEmpty: 'The library is empty: open Nianbao Lens on a report page and click “Save to library”.',
  libraryCount: '{n} reports',
  colBody: 'Body',
  colYear: 'Year',
  colFormat: 'Format',
  colErrors: 'Errors',
  colWarnings: 'Warnings',
  colSaved: 'Saved on',
  colSource: 'Source',
};

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

/** '{n} more' with its values filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
