// The report's words line by line, split once: the rules that go through the lines (the section
// headings, the subsection numbers) share one split of the same text rather than one each.
let last: { text: string; lines: readonly string[] } | null = null;

/** The lines of `text`; the same array for the same text as the call before. */
export function linesOf(text: string): readonly string[] {
  if (last?.text !== text) last = { text, lines: text.split('\n') };
  return last.lines;
}
