// The library's database, with every schema version it has had. A version is never edited once
// released: a change is a new version with its migration, tested on a database of the old one.
//   v1: reports (++id, url, [body+year], savedAt, hash), the HTML inside each report
//   v2: + bodyKey and [bodyKey+year], to link a body's reports across years under varying names;
//       the HTML moved to its own table `pages` (same id), so that listing reports stays light
//   v3: + jobs (++id, source, state): collections of a listing page's reports, which outlive the popup
//   v4: a failed collection item keeps its problem as a code (`problem`), not a bilingual `message`
//   v5: + files (id): the PDF or Word file a report was read from, as taken; such a report has
//       `kind` and `from` (the page that linked it) and no page. Reports saved before are pages.
//   v6: + tags (indexed, multi-entry), note, verdicts, earlier on reports; + versions (++id, reportId):
//       the earlier versions of a report that changed after it was saved. Nothing to move: a report
//       saved before has no tags, no verdicts and one version.
//   v7: + settings (key): the user's options under key 'options'; none stored means the defaults.
//   v8: + texts (id): each report's own sentences for REUSE, written when it is saved; a report saved
//       before has none until the library page reads its page once (then kept). Nothing to move.
import Dexie, { type EntityTable } from 'dexie';
import { bodyKey } from '../base/body';
import type {
  CollectItem,
  CollectJob,
  Options,
  SavedFile,
  SavedPage,
  SavedReport,
  SavedText,
  SavedVersion,
} from '../model';
import { problemFromLegacy } from './legacy-problem';

export const DB_NAME = 'nianbao-lens';
export const SCHEMA_VERSION = 8;

export type LibraryDb = Dexie & {
  reports: EntityTable<SavedReport, 'id'>;
  pages: EntityTable<SavedPage, 'id'>;
  jobs: EntityTable<CollectJob, 'id'>;
  files: EntityTable<SavedFile, 'id'>;
  versions: EntityTable<SavedVersion, 'id'>;
  settings: EntityTable<{ key: string; value: Options }, 'key'>;
  texts: EntityTable<SavedText, 'id'>;
};

export function openLibrary(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): LibraryDb {
  const db = new Dexie(name, options) as LibraryDb;
  db.version(1).stores({ reports: '++id, url, [body+year], savedAt, hash' });
  db.version(2)
    .stores({ reports: '++id, url, [body+year], [bodyKey+year], savedAt, hash', pages: 'id' })
    .upgrade(async (tx) => {
      const reports = tx.table('reports');
      const old: (SavedReport & { html?: string })[] = await reports.toArray();
      await tx
        .table('pages')
        .bulkPut(old.filter((r) => typeof r.html === 'string').map((r) => ({ id: r.id, html: r.html })));
      await reports.toCollection().modify((r: SavedReport & { html?: string }) => {
        r.bodyKey = bodyKey(r.body);
        delete r.html;
      });
    });
  db.version(3).stores({ jobs: '++id, source, state' });
  db.version(4)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('jobs')
        .toCollection()
        .modify((job: CollectJob) => {
          job.items = job.items.map((item) => {
            const { message, ...rest } = item as CollectItem & { message?: string };
            return message === undefined ? item : { ...rest, problem: problemFromLegacy(message) };
          });
        }),
    );
  // A new table only: the reports saved so far are web pages, which is what a report without `kind` is.
  db.version(5).stores({ files: 'id' });
  db.version(6).stores({
    reports: '++id, url, [body+year], [bodyKey+year], savedAt, hash, *tags',
    versions: '++id, reportId',
  });
  db.version(7).stores({ settings: 'key' });
  db.version(8).stores({ texts: 'id' });
  return db;
}
