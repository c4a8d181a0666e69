/** Containers a script fills with a list's pager, empty as served: avalon's `ms-controller="list_pagebar"`
 * (pingtan's portal), an empty #pagebar. Matched alike in the live page and in fetched HTML. */
export const PAGER_SHELLS = '[ms-controller*="pagebar" i], [id*="pagebar" i], [class*="pagebar" i]';
