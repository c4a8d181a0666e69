import type { SavedVersion } from '../model';
import type { LibraryDb } from './db';

/** The earlier versions of report `id`, oldest first. */
export const versionsOf = (db: LibraryDb, id: number): Promise<SavedVersion[]> =>
  db.versions.where('reportId').equals(id).sortBy('savedAt');
