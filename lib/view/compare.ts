// The compare view's figures and rates of one report: the key figures of tables 3 and 4 (and, for a
// report in prose, what its words state), and the rates researchers compute from them, each with its
// formula. A rate whose denominator is zero or blank is null (shown "—"), never 0 % or NaN.
import type { FigureKey, RateKey, ReportJson, SavedReport, TableValues } from '../model';
import { sumOrNull } from '../base/numbers';

export type { FigureKey, RateKey };

export type Figures = Record<FigureKey, number | null>;
export type Rates = Record<RateKey, number | null>;

/** Each rate: its numerator and denominator, as figure keys summed, and its formula in words. */
export const RATES: Record<RateKey, { num: FigureKey[]; den: FigureKey[]; minus?: FigureKey[]; formula: string }> = {
  open_rate: { num: ['granted', 'partial'], den: ['handled'], formula: '（予以公开 + 部分公开）÷ 办理总计' },
  withheld_rate: { num: ['withheld'], den: ['handled'], formula: '不予公开 ÷ 办理总计' },
  unable_rate: { num: ['unable'], den: ['handled'], formula: '无法提供 ÷ 办理总计' },
  declined_rate: { num: ['declined'], den: ['handled'], formula: '不予处理 ÷ 办理总计' },
  review_fix: {
    num: ['reviews_corrected'],
    den: ['reviews'],
    minus: ['reviews_pending'],
    formula: '行政复议 结果纠正 ÷（总计 − 尚未审结）',
  },
  suit_fix: {
    num: ['suits_corrected'],
    den: ['suits'],
    minus: ['suits_pending'],
    formula: '行政诉讼 结果纠正 ÷（总计 − 尚未审结）',
  },
};

/** The totals of the rows of a group (withheld.*, unable.* …): the group's own row where a format has one. */
function group(t3: TableValues, prefix: string): number | null {
  const rows = Object.keys(t3).filter((k) => k === prefix || k.startsWith(`${prefix}.`));
  return rows.length ? sumOrNull(...rows.map((k) => t3[k].total)) : null;
}

export function figuresOf(report: ReportJson): Figures {
  const { t2, t3, t4 } = report;
  // A report in prose takes part with what its 统计表 (first) or its words state.
  const stated = (key: string) =>
    (report.figures.find((f) => f.key === key && f.source === 'table') ?? report.figures.find((f) => f.key === key))
      ?.value ?? null;
  const prose = (key: string) => (t3 && t4 ? null : stated(key));
  const t4v = (block: string, col: string) => t4?.[block]?.[col] ?? null;
  const suits = (col: string) => (t4 ? sumOrNull(t4v('suit_direct', col), t4v('suit_after_review', col)) : null);
  return {
    new: t3?.new?.total ?? prose('requests_received'),
    carried_over: t3?.carried_over?.total ?? null,
    handled: t3?.total?.total ?? prose('requests_answered'),
    granted: t3?.granted?.total ?? null,
    partial: t3?.partial?.total ?? null,
    withheld: t3 ? group(t3, 'withheld') : null,
    unable: t3 ? group(t3, 'unable') : null,
    declined: t3 ? group(t3, 'declined') : null,
    other: t3 ? group(t3, 'other') : null,
    carried_forward: t3?.carried_forward?.total ?? null,
    reviews: t4 ? t4v('review', 'total') : prose('reviews'),
    reviews_corrected: t4v('review', 'corrected'),
    reviews_pending: t4v('review', 'pending'),
    suits: t4 ? suits('total') : prose('lawsuits'),
    suits_corrected: t4 ? suits('corrected') : null,
    suits_pending: t4 ? suits('pending') : null,
    fees: t2?.fees?.amount ?? stated('fees'),
  };
}

export function ratesOf(f: Figures): Rates {
  const out = {} as Rates;
  for (const [key, r] of Object.entries(RATES) as [RateKey, (typeof RATES)[RateKey]][]) {
    const num = sumOrNull(...r.num.map((k) => f[k]));
    const den = sumOrNull(...r.den.map((k) => f[k]));
    const minus = r.minus ? sumOrNull(...r.minus.map((k) => f[k])) : 0;
    const base = den === null || minus === null ? null : den - minus;
    out[key] = num === null || base === null || base <= 0 ? null : num / base;
  }
  return out;
}

/** A column of the compare view: a figure, a rate, or REUSE (the share of sentences repeating the year
 * before, known once the saved pages' text is read). */
export type CompareKey = FigureKey | RateKey | 'reuse';

/** One report's row of the compare view: its body, year, figures, rates and REUSE share. */
export interface CompareRow {
  id: number;
  body: string;
  year: number | null;
  values: Record<CompareKey, number | null>;
}

/** Each report's figures and rates, worked out once per report read (the compare view draws its rows
 * again when the REUSE shares come, over thousands of reports). */
const WORKED = new WeakMap<ReportJson, Figures & Rates>();

function workedOut(report: ReportJson): Figures & Rates {
  let out = WORKED.get(report);
  if (!out) {
    const figures = figuresOf(report);
    WORKED.set(report, (out = { ...figures, ...ratesOf(figures) }));
  }
  return out;
}

/** `reuse`: each report's REUSE share by id, where its text and the year before's were read. */
export function compareRows(reports: SavedReport[], unknownBody: string, reuse?: Map<number, number>): CompareRow[] {
  return reports.map((r) => {
    const values = { ...workedOut(r.report), reuse: reuse?.get(r.id!) ?? null };
    return { id: r.id!, body: r.body ?? unknownBody, year: r.year, values };
  });
}
