// The library's list: filters, search and sort, as pure functions over the saved reports.
import { byPinyin, pinyinRanks } from '../base/collate';
import type { Format, SavedReport } from '../model';
import { figuresOf } from '../view/compare';

export interface Filters {
  /** Search in body name, title, tags and note; NFKC, spaces ignored. */
  search: string;
  year: number | null;
  format: Format | null;
  hasErrors: boolean;
  /** Only the reports with this tag. */
  tag: string | null;
  /** Only the reports changed after they were first saved (more than one version). */
  revised: boolean;
}

export type SortKey = 'body' | 'year' | 'format' | 'errors' | 'warnings' | 'savedAt';

export const NO_FILTERS: Filters = {
  search: '',
  year: null,
  format: null,
  hasErrors: false,
  tag: null,
  revised: false,
};

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export function filterReports<T extends SavedReport>(reports: T[], f: Filters): T[] {
  const q = fold(f.search);
  return reports.filter(
    (r) =>
      (!q || fold(`${r.body ?? ''}${r.title ?? ''}${(r.tags ?? []).join('')}${r.note ?? ''}`).includes(q)) &&
      (f.year === null || r.year === f.year) &&
      (f.format === null || r.format === f.format) &&
      (!f.hasErrors || r.errors > 0) &&
      (f.tag === null || (r.tags ?? []).includes(f.tag)) &&
      (!f.revised || (r.earlier?.length ?? 0) > 0),
  );
}

export function sortReports<T extends SavedReport>(reports: T[], key: SortKey, descending: boolean): T[] {
  // Unknown values (no body, no year) sort first; names in pinyin order; ties by id.
  const raw = (r: T) => r[key] as string | number | null;
  const ranks = pinyinRanks(reports.flatMap((r) => (typeof raw(r) === 'string' ? [raw(r) as string] : [])));
  const value = (r: T) => {
    const v = raw(r);
    return typeof v === 'string' ? ranks.get(v)! : v;
  };
  const compare = (x: number | null, y: number | null): number =>
    x === y ? 0 : x === null ? -1 : y === null ? 1 : x - y;
  const sorted = [...reports].sort((a, b) => compare(value(a), value(b)) || (a.id ?? 0) - (b.id ?? 0));
  return descending ? sorted.reverse() : sorted;
}

export interface Facets {
  years: number[];
  formats: Format[];
  /** In pinyin order. */
  tags: string[];
}

/** The years, formats and tags present, for the filter menus. */
export function facets(reports: SavedReport[]): Facets {
  const years = [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const formats = [...new Set(reports.map((r) => r.format).filter((f): f is Format => f !== null))].sort();
  const tags = [...new Set(reports.flatMap((r) => r.tags ?? []))].sort(byPinyin);
  return { years, formats, tags };
}

/** A body's key figures by year, for its chart: requests received, granted, reviews, suits. */
export interface YearFigures {
  year: number;
  requests: number | null;
  granted: number | null;
  reviews: number | null;
  suits: number | null;
}

/** The figures are the compare view's (`figuresOf`): a report in prose charts what its 统计表 states first. */
export function bodySeries(reports: SavedReport[], bodyKey: string): YearFigures[] {
  return reports
    .filter((r) => r.bodyKey === bodyKey && r.year !== null)
    .map((r) => {
      const f = figuresOf(r.report);
      return { year: r.year!, requests: f.new, granted: f.granted, reviews: f.reviews, suits: f.suits };
    })
    .sort((a, b) => a.year - b.year);
}
