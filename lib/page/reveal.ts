// A finding clicked in the popup: the page scrolls to its cells and flashes them.
import { isElement } from './element';
import type { CellId, Report } from '../model';
import { FLASH_ATTR } from './highlight';

const FLASH_MS = 1800;

export function revealCells(report: Report<unknown>, ids: CellId[]): number {
  const els = ids.map((id) => report.cells.get(id)?.node).filter(isElement);
  if (els.length === 0) return 0;
  const still = els[0].ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  els[0].scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  for (const el of els) {
    // Restart the animation when the same finding is clicked twice.
    el.removeAttribute(FLASH_ATTR);
    void (el as HTMLElement).offsetWidth;
    el.setAttribute(FLASH_ATTR, '');
  }
  setTimeout(() => els.forEach((el) => el.removeAttribute(FLASH_ATTR)), FLASH_MS);
  return els.length;
}
