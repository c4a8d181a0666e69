// The library's database, with every schema version it has had. A version is never edited once
// released: a change is a new version with its migration, tested on a database of the old one.
//   v1: reports (++id, url, [body+year], savedAt, hash)
//   v2: + bodyKey and [bodyKey+year], to link a body's reports across years under varying names
import Dexie, { type EntityTable } from 'dexie';
import { bodyKey } from '../library/body';
import type { SavedReport } from '../model';

export const DB_NAME = 'nianbao-lens';
export const SCHEMA_VERSION = 2;

export type LibraryDb = Dexie & { reports: EntityTable<SavedReport, 'id'> };

export function openLibrary(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): LibraryDb {
  const db = new Dexie(name, options) as LibraryDb;
  db.version(1).stores({ reports: '++id, url, [body+year], savedAt, hash' });
  db.version(2)
    .stores({ reports: '++id, url, [body+year], [bodyKey+year], savedAt, hash' })
    .upgrade((tx) =>
      tx
        .table('reports')
        .toCollection()
        .modify((r: SavedReport) => {
          r.bodyKey = bodyKey(r.body);
        }),
    );
  return db;
}
