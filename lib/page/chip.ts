// A small dismissible summary chip, in a shadow root so that page styles cannot reach it and its
// styles cannot reach the page. Text only, set through textContent.
const HOST = 'nianbao-lens-chip';

/** The type of everything the extension shows on a page: Chinese faces first. */
export const PAGE_FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
.chip { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-radius: 18px;
  font: 14px/1.4 ${PAGE_FONT};
  color: #fff; background: #202124; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.chip.error { background: #b3261e; } .chip.warning { background: #b06000; } .chip.clean { background: #137333; }
button { all: unset; cursor: pointer; padding: 0 2px; font-size: 16px; line-height: 1; opacity: .8; }
button:hover, button:focus-visible { opacity: 1; outline: 1px solid #fff; }
`;

export function showChip(document: Document, text: string, tone: 'error' | 'warning' | 'clean', closeLabel: string): HTMLElement {
  removeChip(document);
  const host = document.createElement(HOST);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const chip = document.createElement('div');
  chip.className = `chip ${tone}`;
  chip.setAttribute('role', 'status');
  const label = document.createElement('span');
  label.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', closeLabel);
  close.addEventListener('click', () => host.remove());
  chip.append(label, close);
  root.append(style, chip);
  document.documentElement.append(host);
  return host;
}

export function removeChip(document: Document): void {
  document.querySelector(HOST)?.remove();
}
