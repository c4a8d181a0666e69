// The one way the extension puts its own UI on a page: an element of its own with a shadow root, so
// that page styles cannot reach it and its styles cannot reach the page. Text only, by textContent.

/** The type of everything the extension shows on a page: Chinese faces first. */
export const PAGE_FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** A detached host element and its shadow root with the stylesheet in it; the caller appends it. */
export function shadowHost(document: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
