import type { Finding, Report, Severity } from '../model';

/** A check: one relation or plausibility test of the domain, over a read report. */
export interface Rule {
  id: string;
  run(report: Report): Finding[];
}

type Fields = Partial<Pick<Finding, 'scope' | 'reported' | 'computed' | 'cells'>>;

/** A finding with the fields a rule does not set left empty; the difference is reported − computed. */
export function finding(rule: string, severity: Severity, message: string, fields: Fields = {}): Finding {
  const { scope = null, reported = null, computed = null, cells = [] } = fields;
  const difference = reported !== null && computed !== null ? reported - computed : null;
  return { rule, severity, message, scope, reported, computed, difference, cells };
}

/** How many findings have this severity (the badge, the chip, the counts saved and shown). */
export function countSeverity(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}
