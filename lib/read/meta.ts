// The report's identity: title, reporting body, year, publication date.
import type { Meta, SourceDoc } from '../model';
import { formatChars } from '../base/format-chars';
import { memoized } from '../base/memo';

const FORMAT = formatChars();
const REPORT_TITLE = /(?:政府信息|政务)公开.{0,12}(?:年度报告|年报|工作报告)$|信息公开年度报告$/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const CN_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  O: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A year in Chinese numerals: four of them (二〇一九). */
const CN_YEAR = `[${Object.keys(CN_DIGITS).join('')}]{4}`;
const CN_YEAR_BEFORE_NIAN = new RegExp(`(${CN_YEAR})(?=\\s*年)`, 'g');

/** 二〇一九年 → 2019年, so that years written in Chinese numerals are found too. */
export function arabicYears(text: string): string {
  return text.replace(CN_YEAR_BEFORE_NIAN, (m) => [...m].map((c) => CN_DIGITS[c]).join(''));
}

/** Titles asked about more than once (a page's titles by its meta and by whether it is a report, again on
 * each re-read): each answer worked out once. */
const TITLES_KNOWN = 1024;

/** A title with the portal's suffixes and trailing notes removed: 标题_栏目_站点 → 标题. */
export const cleanTitle = memoized((title: string): string => {
  // Portal suffixes (标题_栏目_站点) and breadcrumbs (首页->政务公开->…) are split off.
  const parts = title
    .normalize('NFKC')
    .replace(FORMAT, '')
    .split(/\s*(?:[_|]|->|>|\s-\s)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const main = parts.find((p) => REPORT_TITLE.test(stripNote(p))) ?? parts[0] ?? '';
  return main.replace(/\s+/g, '');
}, TITLES_KNOWN);

function stripNote(title: string): string {
  return title.replace(/\s+/g, '').replace(/[(（][^()（）]*[)）]$/, '');
}

/** The characters a year is written with: digits, and the Chinese numerals `arabicYears` turns into digits. */
const YEAR_DIGITS = `0123456789${Object.keys(CN_DIGITS).join('')}`;

/** True when a title names an annual report of its own (not a notice about reports, not a list). */
export const isReportTitle = memoized((title: string): boolean => {
  // Every report title names 公开, and no character becomes 公 or 开 by NFKC: a title without both is
  // none, known without cleaning it (the probe's answer on most pages).
  if (!title.includes('公') || !title.includes('开')) return false;
  // It also names its year (a digit before 年) and a 报告 or 年报, in its folded form: a title without
  // them (a list of reports, 政府信息公开年报_…) is none, known before any expression runs (each one's
  // first run compiles it, about 0.1 ms, on every page the probe looks at).
  const folded = title.normalize('NFKC');
  if (!folded.includes('年') || !folded.includes('报')) return false;
  if (![...folded].some((c) => YEAR_DIGITS.includes(c))) return false;
  const t = stripNote(arabicYears(cleanTitle(title)));
  return REPORT_TITLE.test(t) && YEAR.test(t);
}, TITLES_KNOWN);

export function yearOf(title: string): number | null {
  const m = YEAR.exec(arabicYears(title));
  return m ? Number(m[1]) : null;
}

/** The body is what the title names before the year (or, for 2019年XX局…, after it). */
export function bodyOf(title: string): string | null {
  const t = arabicYears(title);
  const m = YEAR.exec(t);
  if (!m) return null;
  const before = t
    .slice(0, m.index)
    .replace(/[《〈"“]/g, '')
    .replace(/关于$/, '')
    .trim();
  if (before) return before;
  const after = /^(?:度)?(.+?)(?:政府信息公开|信息公开)/.exec(t.slice(m.index + m[0].length));
  return after && after[1] ? after[1] : null;
}

const DATE_META = ['PubDate', 'pubdate', 'publishdate', 'PublishDate', 'firstpublishedtime', 'Maketime'];
const DATE_TEXT = /(?:发布|公开|发文|成文)?(?:时间|日期)\s*[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

function isoDate(y: string, m: string, d: string): string | null {
  const [yy, mm, dd] = [Number(y), Number(m), Number(d)];
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

// 2019年03月27日来源:大东区 — the portal's date line without a 时间 label.
const DATE_SOURCE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*来源/;

/** From the page's meta tags, else from the NFKC-folded text. */
export function publishedOf(doc: SourceDoc, text: string): string | null {
  for (const name of DATE_META) {
    const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(doc.meta[name] ?? '');
    if (m) return isoDate(m[1], m[2], m[3]);
  }
  // Each expression only over a text that has its words (one run over a report's whole text is a tenth
  // of reading it in plain text).
  const m =
    ((text.includes('时间') || text.includes('日期')) && DATE_TEXT.exec(text)) ||
    (text.includes('来源') && DATE_SOURCE.exec(text));
  return m ? isoDate(m[1], m[2], m[3]) : null;
}

/** A line that states the publication date (发布时间：2024-01-20): kept with the article when saved. */
export function isDateLine(text: string): boolean {
  return DATE_TEXT.test(text);
}

/** The signature date: the last date that stands on a line of its own (under the body's name). */
export function signedOf(text: string): string | null {
  // Only the lines with a 日 are tried, from the end: one expression over the whole text tried every line
  // start, a fifth of the checks' time on a report in plain text. The year's Chinese numerals are turned
  // into digits in the date found, not in the whole text first.
  for (let day = text.lastIndexOf('日'); day >= 0;) {
    const start = text.lastIndexOf('\n', day) + 1;
    const end = text.indexOf('\n', day);
    const m = SIGNED.exec(text.slice(start, end < 0 ? text.length : end));
    if (m) return isoDate(arabicYears(`${m[1]}年`).slice(0, 4), m[2], m[3]);
    day = start > 0 ? text.lastIndexOf('日', start - 1) : -1;
  }
  return null;
}
const SIGNED = new RegExp(`^\\s*(\\d{4}|${CN_YEAR})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*$`);

/** 本报告所列数据统计期限为2024年1月1日至…: the year the statistics cover. */
export function periodYearOf(text: string): number | null {
  const m = PERIOD.exec(text);
  return m ? Number(m[1]) : null;
}

// The report naming itself in its opening: 特编制《鞍山市政府2019年度政府信息公开工作报告》.
const NAMED = /《([^《》]{4,60}?(?:年度报告|工作报告|年报))》/g;
// 本报告所列数据统计期限为2024年1月1日至2024年12月31日
const PERIOD = /统计(?:期限|时限|区间|时间)[^。\n]{0,6}?((?:19|20)\d{2})年\s*1月\s*1日/;

/** Meta of a page; `text` is its visible text, NFKC-folded. */
export function readMeta(doc: SourceDoc, text: string): Meta {
  const candidates = [...doc.titles, ...doc.headings].map(cleanTitle).filter(Boolean);
  const named = [...text.slice(0, 3000).matchAll(NAMED)].map((m) => cleanTitle(m[1])).filter(isReportTitle);
  // A long first line of a text is a sentence, not a title.
  const shortTitle = doc.titles.map(cleanTitle).find((c) => c && c.length <= 60);
  const title = candidates.find(isReportTitle) ?? named[0] ?? shortTitle ?? null;
  return {
    title,
    body: title ? bodyOf(title) : null,
    year: (title ? yearOf(title) : null) ?? periodYearOf(text),
    published: publishedOf(doc, text),
  };
}
