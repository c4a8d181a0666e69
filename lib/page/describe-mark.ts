// What a screen reader says of a marked cell (aria-description): each finding's severity, its rule
// in plain words and its message, in the browser's language.
import { ruleTitle } from '../check';
import { isZh, pageStrings } from '../i18n/page';
import type { Mark } from './highlight';
import { byGravity } from '../base/severity';

/** The gravest first. */
export function describeMark(mark: Mark, lang: string): string {
  const s = pageStrings(lang);
  return [...mark.findings]
    .sort((a, b) => byGravity(a.severity, b.severity))
    .map((f) => s.markLine(s[f.severity], ruleTitle(f.rule, isZh(lang)), f.message))
    .join(s.markJoin);
}
