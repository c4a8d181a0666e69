// The cells a report's findings name, each with the gravest severity among them, so that a table
// shows an error's cells red, a warning's amber and a note's dashed blue, as the page does.
import type { Severity } from '../model';
import { byGravity } from '../base/severity';

export function flaggedCells(findings: { severity: Severity; cells: string[] }[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const f of findings) {
    for (const id of f.cells) {
      const was = out.get(id);
      if (!was || byGravity(f.severity, was) < 0) out.set(id, f.severity);
    }
  }
  return out;
}
