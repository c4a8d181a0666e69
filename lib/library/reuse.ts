// REUSE over the library: each report's words against its body's report of the year before (by body
// key), from the saved pages' text. Which reports need which texts, the shares the compare view shows,
// and the findings of the text-pair rules that the findings exports list beside CROSS-YEAR.
import type { Finding } from '../model';
import { TEXT_PAIR_RULES } from '../check';
import { contextOf } from '../check/rule';
import type { Listed, YearPair } from '../base/years';

/** The reports whose texts REUSE needs for these pairs: each report and its year before, once each. */
export const textsNeeded = <T extends Listed>(pairs: YearPair<T>[]): T[] => [
  ...new Set(pairs.flatMap(({ report, before }) => [report, before])),
];

/** The text-pair rules' findings (REUSE) of each report of the pairs whose text and year-before text are read. */
export function textPairFindings<T extends Listed>(
  pairs: YearPair<T>[],
  texts: Map<number, string>,
): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const { report, before } of pairs) {
    const [prev, next] = [texts.get(before.id!), texts.get(report.id!)];
    if (!prev || !next) continue;
    const pair = { prev: { year: before.year!, text: prev }, next: { year: report.year!, text: next } };
    const found = TEXT_PAIR_RULES.flatMap((rule) => rule.run(pair, contextOf(rule)));
    if (found.length) out.set(report.id!, found);
  }
  return out;
}

/** Two maps of findings by report id as one (CROSS-YEAR and REUSE). */
export function mergeFindings(...maps: Map<number, Finding[]>[]): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const map of maps) for (const [id, fs] of map) out.set(id, [...(out.get(id) ?? []), ...fs]);
  return out;
}
