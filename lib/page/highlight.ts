// Marks the cells of each finding on the page: a data attribute listing the rule ids and the
// worst severity, styled by one injected stylesheet. Nothing else on the page changes, and
// clearHighlights takes it all away again.
import { isElement } from './element';
import type { Finding, Report, Severity } from '../model';
import { byGravity } from '../base/severity';

export const RULE_ATTR = 'data-nianbao-rule';
export const SEVERITY_ATTR = 'data-nianbao-severity';
/** Set on the other cells of the relation while one marked cell is hovered or focused. */
export const RELATED_ATTR = 'data-nianbao-related';
/** Set for a moment on the cells a finding clicked in the popup points at. */
export const FLASH_ATTR = 'data-nianbao-flash';
const TABINDEX_ATTR = 'data-nianbao-tabindex';
const DESCRIPTION_ATTR = 'data-nianbao-description';
const STYLE_ID = 'nianbao-lens-style';

const CSS = `
[${SEVERITY_ATTR}="error"] { outline: 2px solid #d93025 !important; outline-offset: -2px;
  background-color: rgba(217, 48, 37, 0.10) !important; }
[${SEVERITY_ATTR}="warning"] { outline: 2px solid #e37400 !important; outline-offset: -2px;
  background-color: rgba(249, 171, 0, 0.14) !important; }
[${SEVERITY_ATTR}="info"] { outline: 1px dashed #1a73e8 !important; outline-offset: -2px; }
[${RULE_ATTR}]:hover, [${RULE_ATTR}]:focus, [${RELATED_ATTR}] { box-shadow: inset 0 0 0 3px #1a73e8 !important; }
[${FLASH_ATTR}] { animation: nianbao-flash 0.4s ease-in-out 4 alternate; }
[${RULE_ATTR}]:focus-visible { outline: 3px solid #1a73e8 !important; outline-offset: 1px; }
@media (prefers-reduced-motion: reduce) {
  [${FLASH_ATTR}] { animation: none; box-shadow: inset 0 0 0 4px rgba(26, 115, 232, 0.9) !important; }
}
@keyframes nianbao-flash { from { box-shadow: inset 0 0 0 0 rgba(26, 115, 232, 0); }
  to { box-shadow: inset 0 0 0 6px rgba(26, 115, 232, 0.9); } }
`;

export interface Mark {
  rules: string[];
  severity: Severity;
  findings: Finding[];
}

/** cell node → the rule ids, worst severity and findings that name it. */
export function marksOf<N>(report: Report<N>, findings: Finding[]): Map<N, Mark> {
  const marks = new Map<N, Mark>();
  for (const f of findings) {
    for (const id of f.cells) {
      const node = report.cells.get(id)?.node;
      if (node === undefined) continue;
      const mark = marks.get(node) ?? { rules: [], severity: f.severity, findings: [] };
      if (!mark.rules.includes(f.rule)) mark.rules.push(f.rule);
      if (!mark.findings.includes(f)) mark.findings.push(f);
      if (byGravity(f.severity, mark.severity) < 0) mark.severity = f.severity;
      marks.set(node, mark);
    }
  }
  return marks;
}

/** The marks that have an element to carry them: cells read from text (no <table>) have none. */
export function elementMarks(report: Report<unknown>): Map<Element, Mark> {
  return new Map([...marksOf(report, report.findings)].filter(([node]) => isElement(node)) as [Element, Mark][]);
}

/** The first cell of each finding on the page, in document order: one tab stop per finding. */
export function anchorsOf(marks: Map<Element, Mark>): Set<Element> {
  const first = new Map<Finding, Element>();
  for (const [el, mark] of marks) {
    for (const f of mark.findings) {
      const was = first.get(f);
      if (!was || was.compareDocumentPosition(el) & 2 /* DOCUMENT_POSITION_PRECEDING */) first.set(f, el);
    }
  }
  return new Set(first.values());
}

/**
 * Marks the cells. `describe` words a cell's findings for screen readers (aria-description). Each
 * finding's first cell is a tab stop; its other cells are focusable from it (the tooltip's arrow
 * keys), so a report with 175 marked cells has as many tab stops as findings.
 */
export function applyHighlights(
  document: Document,
  marks: Map<Element, Mark>,
  describe: (mark: Mark) => string = () => '',
): number {
  if (marks.size === 0) return 0;
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (document.head ?? document.documentElement).append(style);
  }
  const anchors = anchorsOf(marks);
  for (const [el, mark] of marks) {
    el.setAttribute(RULE_ATTR, mark.rules.join(' '));
    el.setAttribute(SEVERITY_ATTR, mark.severity);
    const description = describe(mark);
    if (description && !el.hasAttribute('aria-description')) {
      el.setAttribute('aria-description', description);
      el.setAttribute(DESCRIPTION_ATTR, '');
    }
    // Focusable, so that the explanation is reachable from the keyboard too.
    if (!el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', anchors.has(el) ? '0' : '-1');
      el.setAttribute(TABINDEX_ATTR, '');
    }
  }
  return marks.size;
}

export function clearHighlights(document: Document): void {
  document.getElementById(STYLE_ID)?.remove();
  for (const el of document.querySelectorAll(`[${TABINDEX_ATTR}]`)) el.removeAttribute('tabindex');
  for (const el of document.querySelectorAll(`[${DESCRIPTION_ATTR}]`)) el.removeAttribute('aria-description');
  for (const attr of [RULE_ATTR, SEVERITY_ATTR, RELATED_ATTR, FLASH_ATTR, TABINDEX_ATTR, DESCRIPTION_ATTR]) {
    for (const el of document.querySelectorAll(`[${attr}]`)) el.removeAttribute(attr);
  }
}
