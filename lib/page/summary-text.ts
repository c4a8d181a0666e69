// The one-line summary the page chip shows, in the browser's language (Chinese first).
import type { Finding } from '../model';
import { isZh } from '../i18n';

export function summaryText(findings: Finding[], lang: string): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const zh = isZh(lang);
  if (errors + warnings === 0) return zh ? '年报透镜：未发现问题' : 'Nianbao Lens: no problems found';
  const parts = zh
    ? [errors && `${errors}处错误`, warnings && `${warnings}处提示`]
    : [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`];
  return (zh ? '年报透镜：' : 'Nianbao Lens: ') + parts.filter(Boolean).join(zh ? '，' : ', ');
}
