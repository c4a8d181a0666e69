// Loose label matching: page labels come with full-width punctuation, split spans, stray
// spaces and typos, so labels are compared after normalisation and by keywords, never exactly.

/** NFKC folds full-width letters, digits and punctuation to their ASCII forms; white space goes. */
export function normLabel(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '');
}

export interface Keyworded {
  readonly keywords: readonly string[];
  readonly group?: readonly string[];
}

/**
 * The first definition whose keywords appear in the row's own last label, or failing that in
 * the whole label (group headings carried down by rowspan included).
 */
export function matchLabel<T extends Keyworded>(defs: readonly T[], last: string, full: string): T | undefined {
  const fits = (def: T, text: string) =>
    def.keywords.some((k) => text.includes(k)) && (!def.group || def.group.some((g) => full.includes(g)));
  return defs.find((d) => fits(d, last)) ?? defs.find((d) => fits(d, full));
}

/** The keys of every definition whose keywords appear in a header text, in the definitions' order. */
export function keysOf(defs: readonly (Keyworded & { readonly key: string })[], text: string): string[] {
  return defs.filter((d) => d.keywords.some((k) => text.includes(k))).map((d) => d.key);
}

/** The key of the first definition whose keywords appear in a header text. */
export function keyOf(defs: readonly (Keyworded & { readonly key: string })[], text: string): string | undefined {
  return matchLabel(defs, text, text)?.key;
}
