// Reads a SourceDoc into the report model: finds tables 2, 3 and 4 among all tables of the page,
// tells the format, maps every cell to its canonical key. No checks here.
import { formatOfYear } from '../format/year';
import type { CellRecord, Figure, Format, Report, SourceDoc, SourceTable, TableValues } from '../model';
import { isReportTitle, readMeta } from './meta';
import { proseFigures } from './prose';
import { isStatsTable, statsFigures } from './stats-table';
import { tableText } from './rows';
import { isT2, mapT2, t2Era } from './t2';
import { isT3, mapT3 } from './t3';
import { isT4, mapT4 } from './t4';
import { MAX_TABLE_ROWS } from '../inputs/tree';

// No report table comes near these sizes; larger tables (hostile or not) are not read.
const MAX_CELLS = 8000;

function readable(table: SourceTable): boolean {
  if (table.rows.length > MAX_TABLE_ROWS) return false;
  let cells = 0;
  for (const row of table.rows) cells += row.cells.length;
  return cells <= MAX_CELLS;
}

/** The cheap first stage: does any title or heading name an annual report? */
export function looksLikeReport(titles: string[], headings: string[]): boolean {
  return titles.some(isReportTitle) || headings.some(isReportTitle);
}

function formatOf(t2Text: string | null, t3: TableValues | null, year: number | null): Format | null {
  const era = t2Text ? t2Era(t2Text) : null;
  if (era) return era;
  if (t3) {
    if (['other.no_correction', 'other.no_fee', 'other.misc'].some((k) => k in t3)) return '2021';
    if ('other' in t3) return '2019';
  }
  if (year === null) return t3 ? '2021' : null;
  return formatOfYear(year);
}

export function readReport<N>(doc: SourceDoc<N>): Report<N> {
  // Folded once (full-width digits and punctuation) for meta and every check that reads the words.
  const text = doc.text.normalize('NFKC');
  const meta = readMeta(doc, text);
  const cells = new Map<string, CellRecord<N>>();
  const figures: Figure[] = [];
  const structure: string[] = [];
  const tables = doc.tables.filter(readable).map((table) => ({ table, text: tableText(table) }));
  const t3Table = tables.find((t) => isT3(t.text));
  const t4Table = tables.find((t) => t !== t3Table && isT4(t.text));
  const t2Table = tables.find((t) => t !== t3Table && t !== t4Table && isT2(t.text));

  const t3 = t3Table ? mapT3(t3Table.table, cells, structure) : null;
  const t4 = t4Table ? mapT4(t4Table.table, cells, structure) : null;
  const format = formatOf(t2Table?.text ?? null, t3, meta.year);
  const t2 = t2Table && format && format !== 'pre2019' ? mapT2(t2Table.table, format, cells, figures, structure) : null;
  const stats = tables.find((t) => isStatsTable(t.text));
  if (stats) figures.push(...statsFigures(stats.table));

  const titled = looksLikeReport(doc.titles, doc.headings);
  const kind = t3Table || t4Table || titled ? 'report' : 'not-report';
  if (kind === 'not-report') {
    return {
      kind,
      format: null,
      meta,
      t2: null,
      t3: null,
      t4: null,
      figures: [],
      findings: [],
      cells: new Map(),
      structure: [],
      text,
      url: doc.url ?? null,
    };
  }
  return {
    kind,
    format,
    meta,
    t2,
    t3,
    t4,
    figures: [...figures, ...proseFigures(text)],
    findings: [],
    cells,
    structure,
    text,
    url: doc.url ?? null,
  };
}
