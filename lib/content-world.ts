// What the content script and the reader it loads share: the extension's isolated world of the page
// (every content script of the extension and every script it injects see the same globals there).
import type { PageState, Timing } from './messages';
import type { Attachment, CellId, SaveOutcome, SavePayload } from './model';

/** The reader, once injected (entrypoints/reader.ts). */
export interface Reader {
  /** Reads the page now; true when it is a report (then marked, the badge told). */
  read(): boolean;
  /** Whether the last read found a report. */
  isReport(): boolean;
  /** Whether it offered the page's attached file (a report published as an attachment). */
  offersFile(): boolean;
  /** Offers the page's attached report file in the chip (a page that is no report but links one): `files`
   * where the content script has just found them, else looked for. */
  offerFiles(files?: Attachment[]): void;
  /** What the popup asks of the report read: its state, what saving it keeps, its cells shown. */
  state(): PageState | null;
  payload(): SavePayload | null;
  reveal(cells: CellId[]): number;
  /** A save's outcome, said in the chip (the shortcut's save). */
  notify(outcome: SaveOutcome | null): void;
  /** Takes the marks, chip and tooltips away. */
  clear(): void;
  /** The reading's time and count. */
  timing(): Pick<Timing, 'readMs' | 'reads' | 'loadMs'>;
}

export interface LensWorld {
  /** The content script runs once per page (it is injected again when a site is enabled). */
  nianbaoLensLoaded?: boolean;
  nianbaoLensReader?: Reader;
}

export const world = globalThis as LensWorld;
