// The registry: every rule file, in the order findings are listed. Infos saying "could not check,
// holds with blanks as zero" are folded into one per rule, so a half-blank table does not bury the
// real findings. Adding a rule: one file (see rule.ts) and one line here.
import type { Finding, Report } from '../model';
import { crossYear } from './cross-year';
import { deadline } from './deadline';
import { integrity } from './integrity';
import { period } from './period';
import { blank } from './blank';
import { contextOf, finding, type PairRule, type Rule, type TextPairRule } from './rule';
import { reuse } from './reuse';
import { structure } from './structure';
import { t2Published } from './t2-published';
import { t3Balance } from './t3-balance';
import { t3Results } from './t3-results';
import { t3Row } from './t3-row';
import { t4Sum } from './t4-sum';
import { textSum } from './text-sum';
import { textTable } from './text-table';
import { value } from './value';

export const RULES: Rule[] = [
  t3Balance,
  t3Results,
  t3Row,
  t4Sum,
  value,
  blank,
  t2Published,
  structure,
  integrity,
  textSum,
  textTable,
  period,
  deadline,
];

/** Rules over two reports of one body (the library runs them). */
export const PAIR_RULES: PairRule[] = [crossYear];

/** Rules over the words of two reports of one body (the library runs them on the saved pages' text). */
export const TEXT_PAIR_RULES: TextPairRule[] = [reuse];

const ALL = new Map([...RULES, ...PAIR_RULES, ...TEXT_PAIR_RULES].map((r) => [r.id, r]));

/** The rule in plain words, in the UI's language; the id itself for a rule this version lacks. */
export function ruleTitle(id: string, zh: boolean): string {
  const rule = ALL.get(id);
  return rule ? (zh ? rule.title.zh : rule.title.en) : id;
}

function foldHolding(rule: string, findings: Finding[]): Finding[] {
  const holding = findings.filter((f) => f.severity === 'info' && f.difference === 0);
  if (holding.length < 2) return findings;
  const message = `${holding.length} 处关系含空白或非数字单元格，无法核对；按 0 计时均成立`;
  const folded = finding(rule, 'info', message, { cells: [...new Set(holding.flatMap((f) => f.cells))] });
  const rest = findings.filter((f) => !holding.includes(f));
  return [...rest, folded];
}

export function checkReport(report: Report): Finding[] {
  if (report.kind !== 'report') return [];
  return RULES.flatMap((rule) => foldHolding(rule.id, rule.run(report, contextOf(rule))));
}
