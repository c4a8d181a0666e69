// The words of saved pages as REUSE reads them (the report's own sentences, lib/check/reuse.ts), read in
// the library page a few pages at a time with the page given back between them, and remembered per
// report and page hash so that the compare view, the exports and the scorecard read each page once.
// A report saved from a file (PDF, Word) has no page: no text.
import { ownText } from '../check/reuse';
import { textOfHtml } from '../page/saved-text';
import type { LibraryDb } from '../store/db';

/** Pages parsed per part: each takes a few milliseconds. */
const PART = 20;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class SavedTexts {
  /** `${id}:${hash}` → own sentences ('' for a report with no saved page or none of its own). */
  private known = new Map<string, string>();
  constructor(private db: LibraryDb) {}

  /** The texts of these reports by id (those with a page), read where not yet known; `progress` told how
   * many are done; `stop` ends it between parts with what was read. */
  async read(
    reports: { id?: number; hash: string }[],
    progress: (done: number, total: number) => void = () => undefined,
    stop?: AbortSignal,
  ): Promise<Map<number, string>> {
    const keyOf = (r: { id?: number; hash: string }) => `${r.id}:${r.hash}`;
    const missing = reports.filter((r) => r.id !== undefined && !this.known.has(keyOf(r)));
    for (let i = 0; i < missing.length && !stop?.aborted; i += PART) {
      const part = missing.slice(i, i + PART);
      const pages = await this.db.pages.bulkGet(part.map((r) => r.id!));
      part.forEach((r, j) => this.known.set(keyOf(r), pages[j]?.html ? ownText(textOfHtml(pages[j].html)) : ''));
      progress(Math.min(missing.length, i + PART), missing.length);
      await pause();
    }
    const out = new Map<number, string>();
    for (const r of reports) {
      const text = this.known.get(keyOf(r));
      if (text) out.set(r.id!, text);
    }
    return out;
  }
}
