// TEXT-SUM: a total stated in a sentence against the parts listed with it — "62984条，其中：动态信息
// 62219条，…2个，其它…765条" or "12件(网上受理2件,书面受理10件)". Only where the parts are meant
// to partition the total: listed in brackets, after 分别为, or closed by a residual 其他/其余 item.
// A plain 其中 list may name a subset, so it fires only when the parts exceed the total.
import type { Finding } from '../model';
import { defineRule } from './rule';

const COUNT_UNITS = '件次|件|条|个|项';
const TOTAL = new RegExp(
  `(\\d[\\d,]*)\\s*(${COUNT_UNITS})\\s*(?:[(（]([^()（）]{2,120})[)）]|[,，]?\\s*(其中|分别为)\\s*[:：,，]?([^。；;]{2,200}))`,
  'g',
);
const PART = new RegExp(`^(.*?)(\\d[\\d,]*)\\s*(?:${COUNT_UNITS})$`);
const NOT_A_PART = /%|％|同比|增长|下降|增加|减少|占|比例|其中/;
// 其中 followed by a narrower subject (其中部门网站发布…) lists part of the total, not a partition of it,
// even when it ends with 其他: the first item names who or where, then what.
const NARROWER = /^[^\d]{2,}?(?:发布|公开|办理|受理|收到|答复|通过)[^\d]{2,}$/;
// A number that is itself an item of a list (…7件、62件，其中…) is not a total.
const LIST_ITEM = new RegExp(`\\d\\s*(?:${COUNT_UNITS})\\s*、[^,，、。；;]*$`);

interface Part {
  label: string;
  value: number;
}

/** The listed parts, or null when the list is not a clean run of counted items. */
function partsOf(list: string): Part[] | null {
  const parts: Part[] = [];
  for (const seg of list.split(/[,，、]/).map((s) => s.trim())) {
    if (!seg) continue;
    const m = PART.exec(seg);
    if (!m) break; // the list ends where a segment stops being "label N件"
    if (NOT_A_PART.test(seg)) return null;
    parts.push({ label: m[1], value: Number(m[2].replace(/,/g, '')) });
  }
  return parts.length >= 2 ? parts : null;
}

export const textSum = defineRule({
  id: 'TEXT-SUM',
  title: {
    zh: '正文合计：所述总数与所列分项之和不符',
    en: 'Prose sum: a stated total vs the sum of its parts',
  },
  severity: 'warning',
  run: (report, rule) => {
    const out: Finding[] = [];
    const { text } = report;
    for (const m of text.matchAll(TOTAL)) {
      if (LIST_ITEM.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const total = Number(m[1].replace(/,/g, ''));
      const bracketed = m[3] !== undefined;
      const parts = partsOf(bracketed ? m[3] : m[5]);
      if (!parts) continue;
      const sum = parts.reduce((s, p) => s + p.value, 0);
      if (sum === total) continue;
      const narrower = m[4] === '其中' && NARROWER.test(parts[0].label);
      const exhaustive =
        bracketed || m[4] === '分别为' || (!narrower && parts.some((p) => /其他|其它|其余/.test(p.label)));
      if (!exhaustive && sum < total) continue;
      // Quote the clause that states the total.
      const clause = Math.max(...['。', '，', ',', '；', ';', '\n'].map((d) => text.lastIndexOf(d, m.index)));
      const start = Math.max(clause + 1, m.index - 60);
      const stated = text.slice(start, m.index + m[1].length + m[2].length).replace(/\s+/g, '');
      const message = `「${stated}」，但所列各项 ${parts.map((p) => p.value).join(' + ')} = ${sum}，相差 ${Math.abs(sum - total)}`;
      out.push(rule.finding(message, { reported: total, computed: sum }));
    }
    return out;
  },
});
