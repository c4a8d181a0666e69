// What a rule is: its id, declared once; its title in plain words, Chinese and English; the
// severity of what it finds; and its check. The registry (index.ts) lists the rule files.
import type { Finding, Report, ReportJson, Severity } from '../model';

type Fields = Partial<Pick<Finding, 'scope' | 'reported' | 'computed' | 'cells'>>;

/** What a check is given besides the report: findings stamped with its id and severity. */
export interface RuleContext {
  id: string;
  /** A finding of this rule; `severity` defaults to the rule's own. */
  finding(message: string, fields?: Fields, severity?: Severity): Finding;
}

interface RuleInfo {
  id: string;
  /** What the rule asks of a report, in plain words: tooltips, the popup, the README. */
  title: { zh: string; en: string };
  /** The severity of what it finds when the relation fails (an uncheckable one is an info). */
  severity: Severity;
}

/** A check of one report. */
export interface Rule extends RuleInfo {
  run(report: Report, rule: RuleContext): Finding[];
}

/** A check of two reports of one body in consecutive years (the library runs it). */
export interface PairRule extends RuleInfo {
  run(pair: { prev: ReportJson; next: ReportJson }, rule: RuleContext): { prev: Finding[]; next: Finding[] };
}

/** A check of the words of two reports of one body in consecutive years (the library runs it, having
 * read the saved pages' text): what it finds is the later report's. */
export interface TextPairRule extends RuleInfo {
  run(pair: { prev: YearText; next: YearText }, rule: RuleContext): Finding[];
}
interface YearText {
  year: number;
  text: string;
}

/** A finding with the fields a rule does not set left empty; the difference is reported − computed. */
export function finding(rule: string, severity: Severity, message: string, fields: Fields = {}): Finding {
  const { scope = null, reported = null, computed = null, cells = [] } = fields;
  const difference = reported !== null && computed !== null ? reported - computed : null;
  return { rule, severity, message, scope, reported, computed, difference, cells };
}

export function contextOf(rule: RuleInfo): RuleContext {
  return {
    id: rule.id,
    finding: (message, fields, severity = rule.severity) => finding(rule.id, severity, message, fields),
  };
}

export const defineRule = (rule: Rule): Rule => rule;
export const definePairRule = (rule: PairRule): PairRule => rule;
export const defineTextPairRule = (rule: TextPairRule): TextPairRule => rule;
