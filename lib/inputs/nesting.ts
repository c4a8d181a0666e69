// How deep a page's markup nests, counted on the text before it is parsed: HTML parsers slow down
// with the square of the depth (a page of 100,000 nested divs took minutes), and no report nests
// more than a few dozen levels. Elements whose end tag HTML lets a page leave out, and void ones,
// are not counted, so that thousands of unclosed <p> or <td> do not read as depth.
const OPTIONAL_OR_VOID = new Set(
  (
    'p li td th tr thead tbody tfoot colgroup col option optgroup dt dd rb rt rp html head body ' +
    'area base br embed hr img input link meta source track wbr'
  ).split(' '),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/** A page nested deeper than this is not read. */
export const MAX_NESTING = 20_000;

export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    if (OPTIONAL_OR_VOID.has(m[2].toLowerCase()) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** The depth of a page nested deeper than MAX_NESTING, else null. Each level opens a tag: a page with no
 * more '<' than that cannot be, and most pages are told so by counting them, without the scan. */
export function tooDeep(html: string): number | null {
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0 && tags <= MAX_NESTING; i = html.indexOf('<', i + 1)) tags++;
  if (tags <= MAX_NESTING) return null;
  const depth = nestingDepth(html);
  return depth > MAX_NESTING ? depth : null;
}
