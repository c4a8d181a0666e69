// The files a command line names: files as given, and with --recursive every report file under the
// folders given (HTML, text, PDF, Word), in a stable order, links not followed.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files the readers take, by extension. */
export const READABLE = /\.(html?|xhtml|mht(ml)?|txt|pdf|docx?|rtf)$/i;

/** `paths` expanded: a folder (with `recursive`) into its readable files, sorted; anything else as it is
 * (a folder without --recursive is left for the reader to refuse in words). */
export function expandPaths(paths: string[], recursive: boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && READABLE.test(entry.name)) out.push(path);
    }
  };
  for (const p of paths) {
    let folder = false;
    try {
      folder = statSync(p).isDirectory();
    } catch {
      // Missing: said so by the reader, in words.
    }
    if (folder && recursive) walk(p);
    else out.push(p);
  }
  return out;
}
