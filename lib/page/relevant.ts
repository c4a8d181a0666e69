// Which changes of a page may change what the reader finds, so that a clock or a ticker ticking
// beside a report costs nothing: an element added (a table, a heading, the article filled in by
// script), or the document's title changed. Text changing inside what is already there is not.
import { UI_ATTR } from './shadow-host';

const ELEMENT = 1;

export function isRelevant(records: MutationRecord[]): boolean {
  return records.some((r) => {
    const target = r.target as Node;
    const element = (target.nodeType === ELEMENT ? target : target.parentElement) as Element | null;
    if (element?.closest(`[${UI_ATTR}]`)) return false;
    if (element?.closest('title')) return true;
    if (r.type !== 'childList') return false;
    for (const node of r.addedNodes) if (node.nodeType === ELEMENT) return true;
    return false;
  });
}
