// REUSE: how much of a report's text repeats another report's (the same body's of the year before),
// numbers aside: official notices name copied reports (内容雷同) as a fault. Only the report's own
// sentences count: the format's fixed phrases (section headings, the tables' row and column names, the
// 勾稽关系 line) and table rows (names and figures) are never a sentence of the report's own, and the
// page's chrome before the first section and after the site's footer is left out.
import { memoized } from '../base/memo';
import type { Listed, YearPair } from '../base/years';
import { COLUMNS, ROWS } from '../format/names';
import { T3_ROWS } from '../format/t3';
import { defineTextPairRule } from './rule';

/** The share above which a report is said to repeat the one before. */
export const REUSE_WARNING = 0.5;

/** A sentence of the report's own must keep this many characters once fixed phrases, numbers and
 * punctuation are taken out. */
const MIN_OWN = 10;

const HEADINGS = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
  '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
  '申请人情况',
  '信息内容',
  '本年新收政府信息公开申请数量',
  '上年结转政府信息公开申请数量',
  '本年度办理结果',
  '结转下年度继续办理',
  // The 2021 format's printed row names, which pages wrap over lines.
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '不再处理其政府信息公开申请',
  // The parts of 一、总体情况 the format's guidance names.
  '依申请公开方面',
  '主动公开方面',
  '政府信息管理方面',
  '政府信息公开平台建设方面',
  '信息公开平台建设方面',
  '监督保障方面',
];

/** Every fixed phrase, longest first so that a long one goes before the short ones inside it. */
const FIXED = [
  ...new Set([
    ...HEADINGS,
    ...Object.values(ROWS).flatMap((rows) => rows.map((r) => r.label)),
    ...Object.values(COLUMNS).flatMap((cols) => cols.map((c) => c.label)),
  ]),
]
  .map((p) => p.normalize('NFKC').replace(/\s+/g, ''))
  .sort((a, b) => b.length - a.length);

const PUNCTUATION = /[\s，。、；：！？,.;:!?（）()《》〈〉“”"'‘’「」【】[\]\-—…·/_*#%]/g;

/** A sentence as compared: width folded, spaces and punctuation out, every number one '#'. */
export const sentenceKey = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/\d+(?:\.\d+)?/g, '#')
    .replace(PUNCTUATION, (c) => (c === '#' ? '#' : ''));

/** A row label of table 3 as the format prints it: an enumerator, then the row's words
 * (（二）部分公开（区分处理的，只计这一情形，不计其他情形）, 5.要求行政机关确认或重新出具已获取信息). */
const ENUMERATED = /^[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]/;
const T3_WORDS = T3_ROWS.flatMap((r) => r.keywords as readonly string[]).filter((k) => k.length >= 2);
const isRowLabel = (s: string): boolean => {
  const t = s.normalize('NFKC').replace(/\s+/g, '');
  return t.length <= 60 && ENUMERATED.test(t) && T3_WORDS.some((k) => t.includes(k));
};

/** What is left of a sentence once its fixed phrases, numbers and punctuation are out. */
const ownPart = (s: string): string => {
  let rest = s.normalize('NFKC').replace(/\s+/g, '');
  for (const phrase of FIXED) if (phrase.length >= 2) rest = rest.split(phrase).join('');
  return rest.replace(/\d+(?:\.\d+)?/g, '').replace(PUNCTUATION, '');
};

const SECTION_ONE = /^\s*[一1][、.．]\s*总体情况/;
const FOOTER = /版权所有|ICP备|网站标识码|主办单位|技术支持|联系我们|网站地图/;

/** The report's own sentences, in order: from its first section to the site's footer. */
export function reportSentences(text: string): string[] {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => SECTION_ONE.test(l.normalize('NFKC')));
  const body: string[] = [];
  for (const line of lines.slice(Math.max(0, first))) {
    if (FOOTER.test(line)) break;
    body.push(line);
  }
  return body
    .join('\n')
    .split(/(?<=[。！？；!?;])|\n/)
    .map((s) => s.trim())
    .filter((s) => !isRowLabel(s) && ownPart(s).length >= MIN_OWN);
}

/** The report's own sentences one per line: all that REUSE reads of a text, and far less to keep. */
export const ownText = (text: string): string => reportSentences(text).join('\n');

export interface Reuse {
  /** Sentences of the later report that the earlier one has too (numbers aside). */
  repeated: string[];
  /** The later report's own sentences. */
  total: number;
  /** repeated / total; 0 for a report with no sentence of its own. */
  share: number;
}

interface Sentences {
  own: string[];
  /** Each sentence's key, in order, and all of them as a set. */
  keys: string[];
  seen: Set<string>;
}

/** Texts already cut into sentences: a library compares each report with two or more others (the library
 * page holds at most a few texts per report). */
const sentencesOf = memoized((text: string): Sentences => {
  const own = reportSentences(text);
  const keys = own.map(sentenceKey);
  return { own, keys, seen: new Set(keys) };
}, 50_000);

/** Cuts a text into sentences ahead of comparing it, so that the work can be spread over time. */
export const prepareText = (text: string): void => void sentencesOf(text);

/** How much of `later` repeats `earlier`. */
export function reuseOf(earlier: string, later: string): Reuse {
  const { seen } = sentencesOf(earlier);
  const { own, keys } = sentencesOf(later);
  const repeated = own.filter((_, i) => seen.has(keys[i]));
  return { repeated, total: own.length, share: own.length ? repeated.length / own.length : 0 };
}

/** The share of each report's sentences that its year-before report has too, where both texts are read.
 * The pairs are made once for a whole list (`previousYears`), which indexes the library, and then taken
 * a part at a time. */
export function reuseShares<T extends Listed>(pairs: YearPair<T>[], texts: Map<number, string>): Map<number, number> {
  const out = new Map<number, number>();
  for (const { report, before } of pairs) {
    const [a, b] = [texts.get(before.id!), texts.get(report.id!)];
    if (a && b) out.set(report.id!, reuseOf(a, b).share);
  }
  return out;
}

/** Of other bodies' reports (of the same year), the one `text` repeats most, if it repeats any. */
export function closestPeer<P extends { text: string }>(text: string, peers: P[]): { peer: P; reuse: Reuse } | null {
  let best: { peer: P; reuse: Reuse } | null = null;
  for (const peer of peers) {
    const reuse = reuseOf(peer.text, text);
    if (reuse.repeated.length && (!best || reuse.share > best.reuse.share)) best = { peer, reuse };
  }
  return best;
}

/** Passages quoted in a REUSE finding, and the characters kept of each. */
const QUOTED = 3;
const QUOTE_CHARS = 40;
const quote = (s: string) => `「${s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS)}…` : s}」`;

/** REUSE: more than REUSE_WARNING of the report's own sentences are the year before's, numbers aside. */
export const reuse = defineTextPairRule({
  id: 'REUSE',
  title: { zh: '内容雷同：多数句子与上一年度报告相同', en: "Reused text: most sentences are last year's report's" },
  severity: 'warning',
  run: ({ prev, next }, rule) => {
    const found = reuseOf(prev.text, next.text);
    if (found.share <= REUSE_WARNING) return [];
    const { repeated, total } = found;
    const more = repeated.length > QUOTED ? `等 ${repeated.length} 句` : '';
    return [
      rule.finding(
        `本报告 ${total} 句中有 ${repeated.length} 句（${Math.round(found.share * 100)}%）与 ${prev.year} 年度报告相同` +
          `（数字除外）：${repeated.slice(0, QUOTED).map(quote).join('')}${more}`,
        { scope: String(prev.year) },
      ),
    ];
  },
});
