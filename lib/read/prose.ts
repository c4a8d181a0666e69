// Figures stated in sentences: 受理政府信息公开申请14条, 共受理依申请公开59件次, 行政复议案件4件.
// Each keeps the words it came from. Patterns stay narrow: a missed figure costs less than a
// wrong one, because the checks compare these against the tables.
import type { Figure } from '../model';

interface Pattern {
  key: string;
  re: RegExp;
}

const N = '(\\d[\\d,]*)\\s*(件次|件|条|个|篇)';
const PATTERNS: Pattern[] = [
  { key: 'proactive_total', re: new RegExp(`主动公开(?:政府)?信息[^。；;，,\\d、]{0,4}?${N}`, 'g') },
  {
    key: 'requests_received',
    re: new RegExp(`(?:受理|收到)[^。；;，,\\d]{0,16}?(?:依申请公开|公开申请|申请)[^。；;，,\\d、]{0,8}?${N}`, 'g'),
  },
  { key: 'reviews', re: new RegExp(`行政复议(?:案件|申请)?[^。；;，,\\d、]{0,4}?${N}`, 'g') },
  { key: 'lawsuits', re: new RegExp(`行政诉讼(?:案件)?[^。；;，,\\d、]{0,4}?${N}`, 'g') },
];

// A number after these words is a change, not the figure itself: 较上年增加3件, 同比下降5件.
const CHANGE = /同比|较上|比上|增加|减少|增长|下降|上升|环比/;

// 无收取信息处理费情况 / 未发生收费情况: no fee was charged. (未按收费通知… is a table label, not this.)
const NO_FEE = /(?:无|未|没有)(?:发生|收取|产生)[^。，,、\d]{0,8}?(?:信息处理费|收费|费用)/;
const FEE = /收取[^。，,\d]{0,10}?(?:信息处理费|费用)[^。，,\d]{0,4}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/;

// 没有发生因政府信息公开工作被…提起…行政复议、行政诉讼等情况: both are zero.
const NONE = /没有发生|未发生|没有出现|未出现|均未|均为0|均为零/g;
/** Where a sentence ends. */
const STOPS = ['。', '；', ';', '\n'];
const STOP = new RegExp(`[${STOPS.join('')}]`, 'g');
const NONE_KEYS: [string, string][] = [
  ['reviews', '行政复议'],
  ['lawsuits', '行政诉讼'],
];

/** Figures from NFKC-folded text. */
export function proseFigures(plain: string): Figure[] {
  const out: Figure[] = [];
  // The sentences that say so, found by their words: the text is not cut into sentences whole.
  let after = 0;
  for (const none of plain.matchAll(NONE)) {
    if (none.index < after) continue;
    STOP.lastIndex = none.index;
    after = STOP.exec(plain)?.index ?? plain.length;
    // Back to the sentence's start, a character at a time: a stop the text lacks (a ; in Chinese text)
    // sent lastIndexOf back to the text's start for every match.
    let start = none.index;
    while (start > 0 && !STOPS.includes(plain[start - 1])) start--;
    const sentence = plain.slice(start, after);
    if (/\d\s*件/.test(sentence)) continue;
    for (const [key, word] of NONE_KEYS) {
      if (sentence.includes(word) && !out.some((f) => f.key === key)) {
        out.push({ key, label: sentence.trim().slice(-60), value: 0, unit: '件', source: 'text' });
      }
    }
  }
  const fee = FEE.exec(plain) ?? NO_FEE.exec(plain);
  if (fee)
    out.push({
      key: 'fees',
      label: fee[0],
      value: fee[1] ? Number(fee[1].replace(/,/g, '')) : 0,
      unit: fee[2] ?? '元',
      source: 'text',
    });
  for (const { key, re } of PATTERNS) {
    for (const m of plain.matchAll(re)) {
      if (CHANGE.test(m[0]) || out.some((f) => f.key === key)) continue;
      out.push({
        key,
        label: m[0].replace(/\s+/g, ''),
        value: Number(m[1].replace(/,/g, '')),
        unit: m[2],
        source: 'text',
      });
      break;
    }
  }
  return out;
}
