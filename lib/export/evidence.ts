// The evidence pack: one ZIP with, for each report, what was saved exactly as taken (the page's HTML,
// or the PDF or Word file's bytes), its report JSON, its earlier versions likewise, and the review
// sheets; and a manifest of every file's SHA-256 and size with when each was taken, so that anyone can
// check that nothing was altered. The page's and file's hashes are the library's own (SavedReport.hash).
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SavedReport } from '../model';
import type { LibraryDb } from '../store/db';
import { versionsOf } from '../store/versions';
import { sha256 } from '../store/hash';
import { fromBase64 } from '../base/base64';

export const MANIFEST = 'manifest.json';

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  format: 'nianbao-lens-evidence';
  made: string;
  tool: string;
  reports: {
    id: number;
    title: string | null;
    url: string;
    folder: string;
    /** When each version was taken (ISO 8601), oldest first, the current one last. */
    versions: { taken: string; sha256: string; saved: string }[];
  }[];
  files: ManifestFile[];
}

/** A name safe in any file system: no separators, controls or reserved characters, not too long. */
export function safeName(name: string, fallback: string): string {
  const clean = name
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|]|\p{Cc}/gu, '_')
    .replace(/^\.+/, '_')
    .trim()
    .slice(0, 80);
  return clean || fallback;
}

/** A saved thing as taken: the page's HTML under `page.html`, or the file under its own name. */
function taken(v: { html: string; file?: { name: string; base64: string } }): [string, Uint8Array] {
  return v.file ? [safeName(v.file.name, 'file'), fromBase64(v.file.base64)] : ['page.html', strToU8(v.html)];
}

const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));

/** Already-compressed files are stored as they are. */
const STORED = /\.(pdf|docx|zip|ofd|png|jpe?g)$/i;

/**
 * The pack of `reports`: `sheet` gives the review sheets' HTML (one for each report, and one of all when
 * there are several). The ZIP's bytes, and its manifest.
 */
export async function evidencePack(
  db: LibraryDb,
  reports: SavedReport[],
  sheet: (reports: SavedReport[]) => string,
  opts: { now?: number; tool: string },
): Promise<{ zip: Uint8Array; manifest: Manifest }> {
  const now = opts.now ?? Date.now();
  const files: [string, Uint8Array][] = [];
  const entries: Manifest['reports'] = [];
  for (const r of reports) {
    const id = r.id!;
    const folder = safeName(`${id}-${r.body ?? ''}-${r.year ?? ''}`, String(id));
    const [page, file, versions] = await Promise.all([db.pages.get(id), db.files.get(id), versionsOf(db, id)]);
    const [name, bytes] = taken({ html: page?.html ?? '', file });
    files.push([`${folder}/${name}`, bytes], [`${folder}/report.json`, json(r.report)]);
    files.push([`${folder}/review-sheet.html`, strToU8(sheet([r]))]);
    // Where each version was put, the current one last.
    const saved = versions.map((v, i) => {
      const [vName, vBytes] = taken(v);
      const dir = `${folder}/versions/${i + 1}`;
      files.push([`${dir}/${vName}`, vBytes], [`${dir}/report.json`, json(v.report)]);
      return `${dir}/${vName}`;
    });
    saved.push(`${folder}/${name}`);
    entries.push({
      id,
      title: r.title,
      url: r.url,
      folder,
      versions: [...versions, r].map((v, i) => ({
        taken: new Date(v.savedAt).toISOString(),
        sha256: v.hash,
        saved: saved[i],
      })),
    });
  }
  if (reports.length > 1) files.push(['review-sheets.html', strToU8(sheet(reports))]);
  const listed: ManifestFile[] = await Promise.all(
    files.map(async ([path, bytes]) => ({ path, sha256: await sha256(bytes), bytes: bytes.length })),
  );
  const manifest: Manifest = {
    format: 'nianbao-lens-evidence',
    made: new Date(now).toISOString(),
    tool: opts.tool,
    reports: entries,
    files: listed,
  };
  const zippable: Zippable = {};
  const mtime = new Date(now);
  for (const [path, bytes] of files) zippable[path] = [bytes, { level: STORED.test(path) ? 0 : 6, mtime }];
  zippable[MANIFEST] = [json(manifest), { level: 6, mtime }];
  return { zip: zipSync(zippable), manifest };
}
