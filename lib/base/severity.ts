import type { Finding, Severity } from '../model';

/** How many findings have this severity (the badge, the chip, the counts saved and shown). */
export function countSeverity(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}
