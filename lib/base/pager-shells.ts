/** Containers a script fills with a list's pager: avalon's `ms-controller="list_pagebar"` (pingtan's
 * portal), a #pagebar. One with no link to follow (empty as served, or only `javascript:` links as a
 * script draws it) is a pager with no address. Matched alike in the live page and in fetched HTML. */
export const PAGER_SHELLS = '[ms-controller*="pagebar" i], [id*="pagebar" i], [class*="pagebar" i]';

/** A link a pager can be followed by: an address, not a script. */
export const FOLLOWABLE = 'a[href]:not([href^="javascript" i]):not([href="#"])';
