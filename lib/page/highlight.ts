// Marks the cells of each finding on the page: a data attribute listing the rule ids and the
// worst severity, styled by one injected stylesheet. Nothing else on the page changes.
import type { Finding, Report, Severity } from '../model';

export const RULE_ATTR = 'data-nianbao-rule';
export const SEVERITY_ATTR = 'data-nianbao-severity';
const STYLE_ID = 'nianbao-lens-style';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const CSS = `
[${SEVERITY_ATTR}="error"] { outline: 2px solid #d93025 !important; outline-offset: -2px; background-color: rgba(217, 48, 37, 0.10) !important; }
[${SEVERITY_ATTR}="warning"] { outline: 2px solid #e37400 !important; outline-offset: -2px; background-color: rgba(249, 171, 0, 0.14) !important; }
[${SEVERITY_ATTR}="info"] { outline: 1px dashed #1a73e8 !important; outline-offset: -2px; }
`;

/** cell node → the rule ids and worst severity of the findings that name it. */
export function marksOf<N>(report: Report<N>, findings: Finding[]): Map<N, { rules: string[]; severity: Severity }> {
  const marks = new Map<N, { rules: string[]; severity: Severity }>();
  for (const f of findings) {
    for (const id of f.cells) {
      const node = report.cells.get(id)?.node;
      if (node === undefined) continue;
      const mark = marks.get(node) ?? { rules: [], severity: f.severity };
      if (!mark.rules.includes(f.rule)) mark.rules.push(f.rule);
      if (RANK[f.severity] > RANK[mark.severity]) mark.severity = f.severity;
      marks.set(node, mark);
    }
  }
  return marks;
}

export function applyHighlights(document: Document, report: Report<unknown>): number {
  // Cells read from the page's text (no <table>) have no element to mark.
  const marks = [...marksOf(report, report.findings)].filter(([node]) => node instanceof Element) as [Element, { rules: string[]; severity: Severity }][];
  if (marks.length === 0) return 0;
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (document.head ?? document.documentElement).append(style);
  }
  for (const [el, mark] of marks) {
    el.setAttribute(RULE_ATTR, mark.rules.join(' '));
    el.setAttribute(SEVERITY_ATTR, mark.severity);
  }
  return marks.length;
}
