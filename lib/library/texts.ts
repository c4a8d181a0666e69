// The words of saved reports as REUSE reads them (the report's own sentences, lib/check/reuse.ts), for
// the library page: from table `texts`, where the report's save kept them (pages, PDF and Word alike);
// else read from the saved page a few pages at a time, the page given back between them, and handed to
// `keep` (the background stores them, so that the next time reads no page). Remembered per report and
// hash, so that the compare view, the exports, the scorecard and the detail read each one once.
import { nextTask } from '../base/pause';
import { ownText, prepareText } from '../check/reuse';
import type { SavedText } from '../model';
import { textOfHtml } from '../page/saved-text';
import type { LibraryDb } from '../store/db';

/** Pages parsed per part: each takes a few milliseconds. */
const PART = 20;
/** Kept texts read per part: a bulk read of small records; and cut into sentences per pause. */
const KEPT_PART = 2000;
const PREPARED_PART = 200;

interface Wanted {
  id?: number;
  hash: string;
}

export class SavedTexts {
  /** `${id}:${hash}` → own sentences ('' for a report with no text or none of its own). */
  private known = new Map<string, string>();
  constructor(
    private db: LibraryDb,
    private keep: (texts: SavedText[]) => unknown = () => undefined,
  ) {}

  /** The texts of these reports by id (those with any), read where not yet known; `progress` told how
   * many pages are done; `stop` ends it between parts with what was read. */
  async read(
    reports: Wanted[],
    progress: (done: number, total: number) => void = () => undefined,
    stop?: AbortSignal,
  ): Promise<Map<number, string>> {
    const keyOf = (r: Wanted) => `${r.id}:${r.hash}`;
    let missing = reports.filter((r) => r.id !== undefined && !this.known.has(keyOf(r)));
    for (let i = 0; i < missing.length && !stop?.aborted; i += KEPT_PART) {
      const part = missing.slice(i, i + KEPT_PART);
      const kept = await this.db.texts.bulkGet(part.map((r) => r.id!));
      for (let j = 0; j < part.length; j++) {
        if (kept[j]?.hash !== part[j].hash) continue;
        this.known.set(keyOf(part[j]), kept[j]!.own);
        // Cut into sentences now, a few hundred at a time, so that comparing them later is quick.
        prepareText(kept[j]!.own);
        if (j % PREPARED_PART === PREPARED_PART - 1) await nextTask();
      }
    }
    missing = missing.filter((r) => !this.known.has(keyOf(r)));
    for (let i = 0; i < missing.length && !stop?.aborted; i += PART) {
      const part = missing.slice(i, i + PART);
      const pages = await this.db.pages.bulkGet(part.map((r) => r.id!));
      const read: SavedText[] = [];
      part.forEach((r, j) => {
        const own = pages[j]?.html ? ownText(textOfHtml(pages[j].html)) : '';
        prepareText(own);
        this.known.set(keyOf(r), own);
        if (pages[j]?.html) read.push({ id: r.id!, hash: r.hash, own });
      });
      if (read.length) this.keep(read);
      progress(Math.min(missing.length, i + PART), missing.length);
      await nextTask();
    }
    const out = new Map<number, string>();
    for (const r of reports) {
      const text = this.known.get(keyOf(r));
      if (text) out.set(r.id!, text);
    }
    return out;
  }
}
