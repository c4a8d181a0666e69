// The user's options, read by whoever needs them (the collector, the badge's page, the library's
// scorecard) and written here only, by the background: one record, cleaned on the way in and out.
import type { Options } from '../model';
import type { LibraryDb } from '../store/db';
import { cleanOptions } from '../base/options';

const KEY = 'options';

export async function readOptions(db: LibraryDb): Promise<Options> {
  return cleanOptions((await db.settings.get(KEY))?.value);
}

/** Keeps what is given over what is stored; what was kept. */
export async function writeOptions(db: LibraryDb, patch: Partial<Options>): Promise<Options> {
  return db.transaction('rw', db.settings, async () => {
    const value = cleanOptions({ ...(await readOptions(db)), ...patch });
    await db.settings.put({ key: KEY, value });
    return value;
  });
}
