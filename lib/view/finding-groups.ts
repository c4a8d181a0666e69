// The findings as the popup lists them: by severity, and when there are many, within each severity
// by the table their cells are in (表三, 表四, 表二, or the words of the report), each with its count.
import type { Finding, Severity } from '../model';
import { SEVERITIES } from '../base/severity';

export type Place = 't3' | 't4' | 't2' | 'text';

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
  /** Sub-groups by table, for a long list; empty when the list is short enough to read at once. */
  places: { place: Place; findings: Finding[] }[];
}

/** Past this many findings a severity's list is split by table, each part collapsible. */
export const MANY = 8;
const PLACES: Place[] = ['t3', 't4', 't2', 'text'];

export function placeOf(f: Finding): Place {
  const table = f.cells[0]?.split('.')[0];
  return table === 't2' || table === 't3' || table === 't4' ? table : 'text';
}

export function findingGroups(findings: Finding[]): FindingGroup[] {
  const many = findings.length > MANY;
  return SEVERITIES.map((severity) => {
    const mine = findings.filter((f) => f.severity === severity);
    const places = many
      ? PLACES.map((place) => ({ place, findings: mine.filter((f) => placeOf(f) === place) })).filter(
          (p) => p.findings.length > 0,
        )
      : [];
    return { severity, findings: mine, places };
  }).filter((g) => g.findings.length > 0);
}
