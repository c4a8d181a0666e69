// The one-line summary the page chip shows, in the browser's language (Chinese first).
import type { Finding } from '../model';
import { strings } from '../i18n';

export function summaryText(findings: Finding[], lang: string): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return strings(lang).chip(count('error'), count('warning'));
}
