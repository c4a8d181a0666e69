// Render-and-read-back: random but valid tables 3 and 4 of both formats, rendered with the quirks
// of real pages, read back to the same numbers. Random malformed tables never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../../lib/inputs/cheerio-tree';
import { analyze } from '../../lib/analyze';
import { T3_COLUMNS, t3RowKeys } from '../../lib/format/t3';
import { T4_BLOCKS, T4_COLUMNS } from '../../lib/format/t4';
import type { TableValues } from '../../lib/model';

type Format = '2019' | '2021';

// Printed labels as real pages write them; each row may be printed in any of its variants.
const LABELS: Record<string, string[]> = {
  new: ['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请'],
  carried_over: ['二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请'],
  granted: ['（一）予以公开', '(一)予以公开'],
  partial: ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开'],
  'withheld.state_secret': ['1.属于国家秘密'],
  'withheld.law_forbidden': ['2.其他法律行政法规禁止公开'],
  'withheld.security': ['3.危及“三安全一稳定”', '3.危及"三安全一稳定"'],
  'withheld.third_party': ['4.保护第三方合法权益'],
  'withheld.internal': ['5.属于三类内部事务信息'],
  'withheld.process': ['6.属于四类过程性信息'],
  'withheld.enforcement_file': ['7.属于行政执法案卷'],
  'withheld.query': ['8.属于行政查询事项'],
  'unable.not_held': ['1.本机关不掌握相关政府信息'],
  'unable.needs_creation': ['2.没有现成信息需要另行制作'],
  'unable.unclear': ['3.补正后申请内容仍不明确'],
  'declined.petition': ['1.信访举报投诉类申请'],
  'declined.duplicate': ['2.重复申请'],
  'declined.publication': ['3.要求提供公开出版物'],
  'declined.excessive': ['4.无正当理由大量反复申请'],
  'declined.confirmation': ['5.要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新出'],
  other: ['（六）其他处理'],
  'other.no_correction': ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  'other.no_fee': ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  'other.misc': ['3.其他'],
  total: ['（七）总计', '(七)总计'],
  carried_forward: ['四、结转下年度继续办理'],
};
const GROUPS: [string, string][] = [
  ['withheld.', '（三）不予公开'],
  ['unable.', '（四）无法提供'],
  ['declined.', '（五）不予处理'],
  ['other.', '（六）其他处理'],
];

interface Quirks {
  pick: number[];
  splitSpans: boolean;
  fullWidth: number[];
  stray: number[];
  blankForm: number[];
  misalignedHeader: boolean;
  wrap: boolean;
}

const FULL = '０１２３４５６７８９';
const BLANKS = ['', '&nbsp;', '<o:p>&nbsp;</o:p>', '/', '—', '无'];

function num(v: number | null, q: Quirks, i: number): string {
  if (v === null) return BLANKS[q.blankForm[i % q.blankForm.length] % BLANKS.length];
  let s = String(v);
  if (v >= 1000 && q.fullWidth[i % q.fullWidth.length] % 5 === 4) s = s.replace(/\B(?=(\d{3})+$)/g, ',');
  if (q.fullWidth[i % q.fullWidth.length] % 3 === 0)
    s = [...s].map((c) => (/\d/.test(c) ? FULL[Number(c)] : c === ',' ? '，' : c)).join('');
  const stray = q.stray[i % q.stray.length] % 7;
  if (stray === 0) s = '?' + s;
  if (stray === 1) s = s + '?';
  return s;
}

function label(text: string, q: Quirks): string {
  if (!q.splitSpans) return text;
  // Word splits labels over many spans, sometimes with paragraphs.
  const cut = Math.max(1, Math.floor(text.length / 3));
  return (
    `<p><span>${text.slice(0, cut)}</span><span lang="EN-US">${text.slice(cut, 2 * cut)}</span>` +
    `</p><span>${text.slice(2 * cut)}</span>`
  );
}

function renderT3(format: Format, t3: TableValues, q: Quirks): string {
  const rows = t3RowKeys(format);
  const header = q.misalignedHeader
    ? `<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="8">申请人情况</td></tr>
       <tr><td colspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
       <tr><td></td><td colspan="2">商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>`
    : `<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
       <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
       <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>`;
  let i = 0;
  const resultRows = rows.filter((r) => !['new', 'carried_over', 'carried_forward'].includes(r));
  const body = rows.map((row, r) => {
    const variants = LABELS[row];
    const text = variants[q.pick[r % q.pick.length] % variants.length];
    const cells = T3_COLUMNS.map((c, ci) => {
      const span = q.misalignedHeader && ci === 1 ? ' colspan="2"' : '';
      return `<td${span}>${num(t3[row][c.key], q, i++)}</td>`;
    }).join('');
    let head = '';
    if (['new', 'carried_over', 'carried_forward'].includes(row)) head = `<td colspan="3">${label(text, q)}</td>`;
    else {
      if (row === resultRows[0]) head += `<td rowspan="${resultRows.length}">${label('三、本年度办理结果', q)}</td>`;
      const group = GROUPS.find(([prefix]) => row.startsWith(prefix));
      const members = group ? rows.filter((k) => k.startsWith(group[0])) : [];
      if (group && row === members[0]) head += `<td rowspan="${members.length}">${label(group[1], q)}</td>`;
      head += `<td${group ? '' : ' colspan="2"'}>${label(text, q)}</td>`;
    }
    return `<tr>${head}${cells}</tr>`;
  });
  return `<table border="0" cellspacing="0"><tbody>${header}${body.join('\n')}</tbody></table>`;
}

function renderT4(t4: TableValues, q: Quirks): string {
  let i = 500;
  const values = T4_BLOCKS.flatMap((b) => T4_COLUMNS.map((c) => `<td>${num(t4[b.key][c.key], q, i++)}</td>`)).join('');
  const heads = T4_COLUMNS.map((c) => `<td>${c.label}</td>`).join('');
  return `<table border="1"><tbody>
    <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
    <tr>${T4_COLUMNS.map((c) => `<td rowspan="2">${c.label}</td>`).join('')}
    <td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
    <tr>${heads}${heads}</tr><tr>${values}</tr></tbody></table>`;
}

function page(format: Format, t3: TableValues, t4: TableValues, q: Quirks): string {
  const year = format === '2019' ? 2019 : 2022;
  const tables = `<p>三、收到和处理政府信息公开申请情况</p>${renderT3(format, t3, q)}<p>四、政府信息公开行政复议、行政诉讼情况</p>${renderT4(t4, q)}`;
  const article = q.wrap ? `<div class="TRS_Editor"><div><div>${tables}</div></div></div>` : tables;
  return (
    `<html><head><title>某某县${year}年政府信息公开工作年度报告</title></head><body><h1>某某县${year}年政府信息公开工作年度报告</h1>` +
    `${article}</body></html>`
  );
}

const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 99999 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const quirks: fc.Arbitrary<Quirks> = fc.record({
  pick: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
  splitSpans: fc.boolean(),
  fullWidth: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
  stray: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
  blankForm: fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
  misalignedHeader: fc.boolean(),
  wrap: fc.boolean(),
});

function tableOf(rows: string[], cols: readonly { key: string }[], values: (number | null)[]): TableValues {
  let i = 0;
  return Object.fromEntries(rows.map((r) => [r, Object.fromEntries(cols.map((c) => [c.key, values[i++]]))]));
}

describe('render and read back', () => {
  for (const format of ['2019', '2021'] as const) {
    const rows = t3RowKeys(format);
    it(`${format} format: the same numbers come back`, () => {
      fc.assert(
        fc.property(
          fc.array(cell, { minLength: rows.length * 7, maxLength: rows.length * 7 }),
          fc.array(cell, { minLength: 15, maxLength: 15 }),
          quirks,
          (v3, v4, q) => {
            const t3 = tableOf(rows, T3_COLUMNS, v3);
            const t4 = Object.fromEntries(
              T4_BLOCKS.map((b, bi) => [
                b.key,
                Object.fromEntries(T4_COLUMNS.map((c, ci) => [c.key, v4[bi * 5 + ci]])),
              ]),
            );
            const report = analyze(docFromHtml(page(format, t3, t4, q)));
            expect(report.format).toBe(format);
            expect(report.t3).toEqual(t3);
            expect(report.t4).toEqual(t4);
            // The page prints no table 2 and no prose sections; nothing else is amiss in its shape or values.
            const shape = report.findings
              .filter((f) => f.rule === 'VALUE' || (f.rule === 'STRUCTURE' && f.scope !== 'sections'))
              .map((f) => f.message);
            expect(shape).toEqual(['未找到表二（主动公开政府信息情况）']);
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});

describe('malformed tables', () => {
  const text = fc.oneof(
    fc.constantFrom(
      '',
      '0',
      '12',
      '/',
      '新收',
      '总计',
      '予以公开',
      '行政复议',
      '行政诉讼',
      '结果维持',
      '结转',
      '办理结果',
      '规章',
      '行政许可',
      '?',
      '增3',
      '<b>x</b>',
    ),
    fc.string({ maxLength: 8 }),
  );
  const span = fc.constantFrom(
    '',
    ' rowspan="0"',
    ' rowspan="2"',
    ' rowspan="65535"',
    ' colspan="0"',
    ' colspan="3"',
    ' colspan="5000"',
    ' rowspan="-1"',
    ' colspan="abc"',
  );
  const td = fc.tuple(fc.constantFrom('td', 'th'), span, text).map(([tag, s, t]) => `<${tag}${s}>${t}</${tag}>`);
  const tr = fc.array(td, { maxLength: 18 }).map((cells) => `<tr>${cells.join('')}</tr>`);
  const table: fc.Arbitrary<string> = fc.letrec<{ table: string }>((tie) => ({
    table: fc
      .tuple(fc.array(tr, { maxLength: 30 }), fc.option(tie('table'), { freq: 6 }))
      .map(([rows, nested]) => `<table>${rows.join('')}${nested ? `<tr><td>${nested}</td></tr>` : ''}</table>`),
  })).table;

  it('never throw, and every finding has the contract shape', () => {
    fc.assert(
      fc.property(fc.array(table, { minLength: 1, maxLength: 4 }), (tables) => {
        const report = analyze(
          docFromHtml(`<title>某县2021年政府信息公开工作年度报告</title>${tables.join('<p>x</p>')}`),
        );
        for (const f of report.findings) {
          expect(['error', 'warning', 'info']).toContain(f.severity);
          expect(typeof f.message).toBe('string');
          for (const id of f.cells) expect(report.cells.has(id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an enormous table is not read, and costs little', () => {
    const row = `<tr>${'<td rowspan="0" colspan="1000">1</td>'.repeat(20)}</tr>`;
    const report = analyze(
      docFromHtml(`<title>某县2021年政府信息公开工作年度报告</title><table>${row.repeat(2000)}</table>`),
    );
    expect(report.t3).toBeNull();
  });
});
