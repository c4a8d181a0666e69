// The one-line summary the page chip shows, in the browser's language (Chinese first).
import type { Finding } from '../model';
import { strings } from '../i18n';
import { countSeverity } from '../base/severity';

export function summaryText(findings: Finding[], lang: string): string {
  return strings(lang).chip(countSeverity(findings, 'error'), countSeverity(findings, 'warning'));
}
