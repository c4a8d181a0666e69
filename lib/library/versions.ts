// Versions of one report: whether a page saved again says something else than the saved report, and
// what changed between two versions: the figures cell by cell, the findings that came and went, and
// the text's paragraphs added and removed.
import type { Finding, ReportJson, TableKey } from '../model';
import { findingKey } from '../base/verdicts';
import { cellIdName } from '../format/names';

/** What a report says: its identity, its format, its tables and the figures its words state. Two
 * readings that say the same are one version, however their pages were cut (a page saved from the
 * tab and the same page fetched whole by the collector differ in bytes, not in content). */
const said = (r: ReportJson) =>
  JSON.stringify([r.meta.title, r.meta.body, r.meta.year, r.meta.published, r.format, r.t2, r.t3, r.t4, r.figures]);

export const sameContent = (a: ReportJson, b: ReportJson): boolean => said(a) === said(b);

/** One figure that differs between two versions: its cell, its name, and its value in each. */
export interface FigureChange {
  id: string;
  label: string;
  before: number | null;
  after: number | null;
}

export function figureChanges(before: ReportJson, after: ReportJson): FigureChange[] {
  const out: FigureChange[] = [];
  for (const table of ['t2', 't3', 't4'] as TableKey[]) {
    const a = before[table] ?? {};
    const b = after[table] ?? {};
    for (const row of new Set([...Object.keys(a), ...Object.keys(b)])) {
      for (const col of new Set([...Object.keys(a[row] ?? {}), ...Object.keys(b[row] ?? {})])) {
        const x = a[row]?.[col] ?? null;
        const y = b[row]?.[col] ?? null;
        const id = `${table}.${row}.${col}`;
        if (x !== y) out.push({ id, label: cellIdName(id), before: x, after: y });
      }
    }
  }
  const prose = (r: ReportJson) => new Map(r.figures.filter((f) => f.key).map((f) => [f.key!, f]));
  const [pa, pb] = [prose(before), prose(after)];
  for (const key of new Set([...pa.keys(), ...pb.keys()])) {
    const x = pa.get(key)?.value ?? null;
    const y = pb.get(key)?.value ?? null;
    if (x !== y) out.push({ id: `figures.${key}`, label: (pa.get(key) ?? pb.get(key))!.label, before: x, after: y });
  }
  return out;
}

/** The findings only the earlier version has (gone), and only the later one (new). */
export function findingChanges(before: Finding[], after: Finding[]): { gone: Finding[]; added: Finding[] } {
  const said = (fs: Finding[]) => new Set(fs.map((f) => `${findingKey(f)}|${f.reported}|${f.computed}`));
  const [a, b] = [said(before), said(after)];
  return {
    gone: before.filter((f) => !b.has(`${findingKey(f)}|${f.reported}|${f.computed}`)),
    added: after.filter((f) => !a.has(`${findingKey(f)}|${f.reported}|${f.computed}`)),
  };
}

/** A line of a text comparison: kept, or only in the earlier (-) or later (+) version. */
export interface TextLine {
  op: ' ' | '-' | '+';
  text: string;
}

/** Lines beyond which the comparison is not worth its quadratic table (a report has some hundreds). */
const MAX_LINES = 3000;

/** The paragraphs removed and added between two texts (a longest common subsequence), white space
 * folded; kept paragraphs are left out but for `context` around each change. */
export function textChanges(before: string, after: string, context = 0): TextLine[] | null {
  const lines = (t: string) =>
    t
      .split(/\n+/)
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  const [a, b] = [lines(before), lines(after)];
  if (a.length > MAX_LINES || b.length > MAX_LINES) return null;
  // lcs[i][j]: the longest common run of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const all: TextLine[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      all.push({ op: ' ', text: a[i] });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) all.push({ op: '-', text: a[i++] });
    else all.push({ op: '+', text: b[j++] });
  }
  return all.filter(
    (l, k) => l.op !== ' ' || all.slice(Math.max(0, k - context), k + context + 1).some((x) => x.op !== ' '),
  );
}
