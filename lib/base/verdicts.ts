// Verdicts on findings: which finding a verdict is on, whether it still holds after a re-check or a
// new version (the same finding with the same figures), and what is still open once the dismissed
// findings are set aside: the counts the badge, the list and the chip show.
import type { Finding, Severity, Verdict } from '../model';

/** A finding's identity across readings: its rule, scope and cells, in a stable order. */
export const findingKey = (f: Pick<Finding, 'rule' | 'scope' | 'cells'>): string =>
  [f.rule, f.scope ?? '', [...f.cells].sort().join(',')].join('|');

/** A verdict against the findings of now: it holds (same finding, same figures), the finding changed
 * (same rule, scope and cells, other figures: to be looked at again), or the finding is gone. */
export type VerdictState = 'holds' | 'changed' | 'gone';

export function verdictState(v: Verdict, findings: Finding[]): VerdictState {
  const f = findings.find((x) => findingKey(x) === v.key);
  if (!f) return 'gone';
  return f.reported === v.reported && f.computed === v.computed ? 'holds' : 'changed';
}

/** The verdict that holds on a finding, if any, and one that no longer holds (the figures changed). */
/** A finding as much as a verdict knows it by. */
type Judged = Pick<Finding, 'rule' | 'scope' | 'cells' | 'reported' | 'computed'>;

export function verdictOf(f: Judged, verdicts: Verdict[] | undefined): { holds?: Verdict; changed?: Verdict } {
  const v = verdicts?.find((x) => x.key === findingKey(f));
  if (!v) return {};
  return v.reported === f.reported && v.computed === f.computed ? { holds: v } : { changed: v };
}

/** A finding dismissed by a verdict that still holds: out of the counts, still shown struck through. */
export const isDismissed = (f: Judged, verdicts: Verdict[] | undefined): boolean =>
  verdictOf(f, verdicts).holds?.verdict === 'dismissed';

/** The findings still open. */
export const openFindings = (findings: Finding[], verdicts: Verdict[] | undefined): Finding[] =>
  verdicts?.length ? findings.filter((f) => !isDismissed(f, verdicts)) : findings;

/** How many open findings have this severity. */
export const countOpen = (findings: Finding[], verdicts: Verdict[] | undefined, severity: Severity): number =>
  openFindings(findings, verdicts).filter((f) => f.severity === severity).length;

/** A verdict given on a finding now. */
export function verdictOn(f: Finding, fields: Pick<Verdict, 'verdict' | 'reason' | 'text'>, at: number): Verdict {
  return {
    key: findingKey(f),
    rule: f.rule,
    reported: f.reported,
    computed: f.computed,
    verdict: fields.verdict,
    ...(fields.reason ? { reason: fields.reason } : {}),
    ...(fields.text ? { text: fields.text } : {}),
    at,
  };
}

/** The verdicts with `next` in place of any earlier one on the same finding (null takes it away). */
export function withVerdict(verdicts: Verdict[] | undefined, key: string, next: Verdict | null): Verdict[] {
  const rest = (verdicts ?? []).filter((v) => v.key !== key);
  return next ? [...rest, next] : rest;
}

/** Tags as kept: trimmed, spaces folded, no empties or repeats, at most 20 of at most 40 characters. */
export function cleanTags(tags: string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const tag = t
      .normalize('NFKC')
      .replace(/[,，;；、\s]+/g, ' ')
      .trim()
      .slice(0, 40);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, 20);
}

/** Tags as typed in one field: separated by commas (either width), semicolons or 、. */
export const splitTags = (text: string): string[] => cleanTags(text.split(/[,，;；、]/));
