// What the page chip says of a report and its colour: 年报透镜：2处错误，3处提示 on red, amber or green.
import type { Finding } from '../model';
import type { PageStrings } from '../i18n/page';
import { countSeverity } from '../base/severity';

export type Tone = 'error' | 'warning' | 'clean';

export function chipOf(findings: Finding[], s: PageStrings): { text: string; tone: Tone } {
  const errors = countSeverity(findings, 'error');
  const warnings = countSeverity(findings, 'warning');
  return { text: s.chip(errors, warnings), tone: errors ? 'error' : warnings ? 'warning' : 'clean' };
}
