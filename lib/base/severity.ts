import type { Finding, Severity } from '../model';

/** The severities, gravest first: the order findings are listed and a cell's colour is chosen in. */
export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** Negative when `a` is graver than `b`: sorts the gravest first. */
export const byGravity = (a: Severity, b: Severity): number => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);

/** How many findings have this severity (the badge, the chip, the counts saved and shown). */
export function countSeverity(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}
