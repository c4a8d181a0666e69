// The live page of the content script (or a document parsed in an extension page).
import { docFromDom } from './dom-tree';
import { withTextFallback } from './fallback';
import type { Readings } from './kind';

export function readPage(document: Document): Readings<Node> {
  return withTextFallback(docFromDom(document));
}
