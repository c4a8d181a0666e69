// A small dismissible summary chip, in its own shadow root, with at most one action (读取附件).
// Text only, set through textContent.
import { PAGE_FONT, shadowHost, uiSelector } from './shadow-host';
import type { Tone } from './summary-text';

const NAME = 'chip';

const CSS = `
.chip { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-radius: 18px;
  font: 14px/1.4 ${PAGE_FONT};
  color: #fff; background: #202124; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.chip.error { background: #b3261e; } .chip.warning { background: #b06000; } .chip.clean { background: #137333; }
button { all: unset; cursor: pointer; padding: 0 2px; font-size: 16px; line-height: 1; opacity: .8; }
button:hover, button:focus-visible { opacity: 1; outline: 1px solid #fff; }
button.action { font-size: 14px; padding: 2px 8px; border-radius: 10px; background: #fff; color: #1a3a6b;
  opacity: 1; font-weight: 600; }
.chip.file { background: #1a3a6b; }
`;

export interface ChipAction {
  label: string;
  run: () => void;
}

export function showChip(
  document: Document,
  text: string,
  tone: Tone | 'file',
  closeLabel: string,
  action?: ChipAction,
): HTMLElement {
  removeChip(document);
  const { host, root } = shadowHost(document, NAME, CSS, 'position: fixed; right: 16px; bottom: 16px');
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
  chip.append(label);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'action';
    button.textContent = action.label;
    // Only the user's own click: a page cannot reach into the closed shadow root, and a synthetic
    // event is not trusted.
    button.addEventListener('click', (e) => e.isTrusted && action.run());
    chip.append(button);
  }
  chip.append(close);
  root.append(chip);
  document.documentElement.append(host);
  return host;
}

export function removeChip(document: Document): void {
  document.querySelector(uiSelector(NAME))?.remove();
}
