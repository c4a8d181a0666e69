// Whether a cell's node is a page element (not a span of text): by nodeType, not instanceof, so
// that it holds across documents and realms (linkedom in tests, frames on the page).
export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}
