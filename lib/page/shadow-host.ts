// The one way the extension puts its own UI on a page: a plain <div> (a page can define no element
// of that name, so it cannot make attachShadow throw) marked data-nianbao-lens, with a closed shadow
// root (the page cannot reach in to rewrite what it says), placed by inline !important styles that
// page styles cannot override. Text only, by textContent. If it fails all the same, only the page
// UI fails: the reading, the badge, the popup and saving do not depend on it.

/** The type of everything the extension shows on a page: Chinese faces first. */
export const PAGE_FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The attribute that names the extension's own elements on a page: `[data-nianbao-lens="chip"]`. */
export const UI_ATTR = 'data-nianbao-lens';

export const uiSelector = (name: string) => `[${UI_ATTR}="${name}"]`;

/** A detached host element and its shadow root with the stylesheet in it; the caller appends it.
 * `place`: the host's own position, as CSS declarations (made !important here). */
export function shadowHost(
  document: Document,
  name: string,
  css: string,
  place: string,
): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  host.setAttribute(UI_ATTR, name);
  const important = `all: initial; z-index: 2147483647; ${place}`
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `${d} !important`)
    .join('; ');
  host.setAttribute('style', important);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
