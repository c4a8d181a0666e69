// The explanation of a marked cell, shown on hover or focus in a shadow root (page styles cannot
// reach it): each finding's rule in plain words, reported vs computed, and the other cells of the
// relation, which light up on the page too. Text only, set through textContent.
import { isElement } from './element';
import type { CellId, Finding, Report } from '../model';
import { ruleTitle } from '../check';
import { cellName } from '../format/names';
import { isZh, pageStrings } from '../i18n/page';
import { fmtNumber } from '../view/format';
import { PAGE_FONT, shadowHost } from './shadow-host';
import { RELATED_ATTR, RULE_ATTR, type Mark } from './highlight';

const NAME = 'tip';
const MAX_RELATED = 8;
const ARROWS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

const CSS = `
.tip { max-width: 420px; padding: 10px 12px; border-radius: 8px; background: #fff; color: #202124;
  font: 13px/1.5 ${PAGE_FONT};
  box-shadow: 0 4px 16px rgba(0,0,0,.25); border: 1px solid #dadce0; }
.f + .f { margin-top: 8px; padding-top: 8px; border-top: 1px solid #eee; }
.head { font-weight: 600; }
.error .head { color: #b3261e; } .warning .head { color: #b06000; } .info .head { color: #1a73e8; }
.nums { font-variant-numeric: tabular-nums; color: #3c4043; }
.cells { color: #5f6368; font-size: 12px; }
.keys { color: #5f6368; font-size: 11px; }
`;

function describe(
  document: Document,
  report: Report<unknown>,
  f: Finding,
  cell: CellId | undefined,
  lang: string,
): HTMLElement {
  const s = pageStrings(lang);
  const box = document.createElement('div');
  box.className = `f ${f.severity}`;
  const line = (cls: string, text: string) => {
    const el = document.createElement('div');
    el.className = cls;
    el.textContent = text;
    box.append(el);
  };
  line('head', `${s[f.severity]} · ${ruleTitle(f.rule, isZh(lang))}`);
  line('msg', f.message);
  if (f.reported !== null || f.computed !== null) {
    line(
      'nums',
      `${s.reported} ${fmtNumber(f.reported)} · ${s.computed} ${fmtNumber(f.computed)}` +
        (f.difference !== null ? ` · ${s.difference} ${fmtNumber(f.difference)}` : ''),
    );
  }
  const named = (id: CellId) => {
    const c = report.cells.get(id);
    return c ? `${cellName(c)} ${c.text || s.blankCell}` : id;
  };
  if (cell) line('cells', `${s.thisCell}：${named(cell)}`);
  const others = f.cells.filter((id) => id !== cell);
  if (others.length > 0) {
    const shown = others.slice(0, MAX_RELATED).map(named).join('、');
    line(
      'cells',
      `${s.related}：${shown}${others.length > MAX_RELATED ? ' ' + s.andMore(others.length - MAX_RELATED) : ''}`,
    );
    line('keys', s.relatedKeys);
  }
  return box;
}

/** Listens for hover and focus on marked cells; returns the function that stops it all. */
export function installTooltips(
  document: Document,
  report: Report<unknown>,
  marks: Map<Element, Mark>,
  lang: string,
): () => void {
  const idOf = new Map<Element, CellId>();
  for (const [id, c] of report.cells) if (isElement(c.node)) idOf.set(c.node, id);
  let host: HTMLElement | null = null;
  let lit: Element[] = [];
  let current: Element | null = null;

  const hide = () => {
    host?.remove();
    host = null;
    current = null;
    lit.forEach((el) => el.removeAttribute(RELATED_ATTR));
    lit = [];
  };
  const show = (el: Element) => {
    const mark = marks.get(el);
    if (!mark || el === current) return;
    hide();
    current = el;
    const made = shadowHost(document, NAME, CSS, 'position: fixed; pointer-events: none');
    host = made.host;
    const tip = document.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.append(...mark.findings.map((f) => describe(document, report, f, idOf.get(el), lang)));
    made.root.append(tip);
    for (const f of mark.findings) {
      for (const id of f.cells) {
        const other = report.cells.get(id)?.node;
        if (isElement(other) && other !== el && !lit.includes(other)) lit.push(other);
      }
    }
    lit.forEach((o) => o.setAttribute(RELATED_ATTR, ''));
    const r = el.getBoundingClientRect();
    const view = document.defaultView;
    const below = !view || r.bottom + 160 < view.innerHeight;
    const left = `${Math.max(8, Math.min(r.left, (view?.innerWidth ?? 800) - 440))}px`;
    host.style.setProperty('left', left, 'important');
    const edge = below ? `${r.bottom + 6}px` : `${(view?.innerHeight ?? 0) - r.top + 6}px`;
    host.style.setProperty(below ? 'top' : 'bottom', edge, 'important');
    document.documentElement.append(host);
  };
  const target = (e: Event) => (isElement(e.target) ? e.target.closest(`[${RULE_ATTR}]`) : null);
  const over = (e: Event) => {
    const el = target(e);
    if (el) show(el);
  };
  const out = (e: Event) => {
    const el = target(e);
    const next = (e as MouseEvent | FocusEvent).relatedTarget;
    if (el && !(next instanceof Node && el.contains(next))) hide();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return hide();
    // From a focused cell, the arrow keys go round the cells of its relation (one tab stop each finding).
    const step = ARROWS[e.key];
    if (!step || !current || document.activeElement !== current) return;
    const finding = marks.get(current)?.findings[0];
    const ring = (finding?.cells ?? []).map((id) => report.cells.get(id)?.node).filter(isElement);
    const next = ring[(ring.indexOf(current) + step + ring.length) % ring.length];
    if (!next || next === current) return;
    e.preventDefault();
    (next as HTMLElement).focus();
  };
  document.addEventListener('mouseover', over);
  document.addEventListener('mouseout', out);
  document.addEventListener('focusin', over);
  document.addEventListener('focusout', out);
  document.addEventListener('keydown', onKey);
  return () => {
    hide();
    document.removeEventListener('mouseover', over);
    document.removeEventListener('mouseout', out);
    document.removeEventListener('focusin', over);
    document.removeEventListener('focusout', out);
    document.removeEventListener('keydown', onKey);
  };
}
