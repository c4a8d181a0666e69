import type { Finding, Report } from '../model';

/** A check: one relation or plausibility test of the domain, over a read report. */
export interface Rule {
  id: string;
  run(report: Report): Finding[];
}
