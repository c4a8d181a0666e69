// The library's database. Version 1: one table of saved reports, indexed for the duplicate test
// (url; body and year) and for listing (savedAt). Later versions add migrations here, never edit v1.
import Dexie, { type EntityTable } from 'dexie';
import type { SavedReport } from '../model';

export const DB_NAME = 'nianbao-lens';

export type LibraryDb = Dexie & { reports: EntityTable<SavedReport, 'id'> };

export function openLibrary(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): LibraryDb {
  const db = new Dexie(name, options) as LibraryDb;
  db.version(1).stores({ reports: '++id, url, [body+year], savedAt, hash' });
  return db;
}
