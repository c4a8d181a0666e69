// A report's attachment fetched from its site (30 MB and 30 s at most, redirects checked) and what
// kind of file it is by its bytes, its type and its name: the viewer reads it, the collector saves it.
import { kindOfName } from '../base/attachment-kinds';
import { kindOf } from '../inputs';
import type { AttachmentKind } from '../model';
import { fetchFile, LIMITS, type FetchLimits } from './fetch-file';

/** A report's PDF is a few MB; a scanned one tens. Past this it is not read, whatever type it is sent as. */
export const FILE_LIMITS: FetchLimits = { ...LIMITS, maxBytes: LIMITS.maxFileBytes };

export interface FetchedFile {
  bytes: Uint8Array;
  mime: string;
  /** The name the address gives the file (its last path segment). */
  name: string;
  /** What the file is, by its first bytes first: null for a page or text (not a file). */
  kind: AttachmentKind | null;
}

type FileBytes = { name: string; mime: string; bytes: Uint8Array };

/** What kind of file the bytes are, as the report's file: by what they are, else as the address offered them. */
export function fileKind(file: FileBytes): AttachmentKind | null {
  const named = kindOfName(file.name);
  switch (kindOf(file).id) {
    case 'pdf':
      return 'PDF';
    case 'docx':
      return 'DOCX';
    case 'doc':
      return 'DOC';
    case 'unread':
      return named === 'WPS' ? 'WPS' : 'OFD';
    // A Word report in another dress (RTF, a web archive, Word 2003 XML): the file the portal offered, a DOC if
    // its name is silent.
    case 'rtf':
    case 'mht':
    case 'wordml':
      return named ?? 'DOC';
    // Markup at an address that names a file (a web page sent as .doc, an error page sent as .pdf): that file;
    // elsewhere a page.
    case 'html':
      return named;
    default:
      return null;
  }
}

/** How the viewer shows a file: its pages drawn (PDF), its HTML cleaned (DOCX through mammoth, a web page, a
 * web archive's page), its text laid out (Word 97, RTF, Word 2003 XML); null where the browser has no reader
 * (OFD, WPS). */
export type FileView = 'pdf' | 'docx' | 'html' | 'mht' | 'text';
const VIEWS: Record<string, FileView | undefined> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  mht: 'mht',
  doc: 'text',
  rtf: 'text',
  wordml: 'text',
};
export const fileView = (file: FileBytes): FileView | null => VIEWS[kindOf(file).id] ?? null;

export async function fetchAttachment(
  url: string,
  fetchPage: typeof fetch = fetch,
  options: { pause?: AbortSignal; limits?: Partial<FetchLimits> } = {},
): Promise<FetchedFile> {
  const { bytes, mime = 'application/octet-stream' } = await fetchFile(url, new URL(url).origin, fetchPage, {
    ...options,
    limits: { ...FILE_LIMITS, ...options.limits },
  });
  return fileOf(url, bytes, mime);
}

/** The bytes fetched from `url` as a file: its name, its type without parameters, and its kind. */
export function fileOf(url: string, bytes: Uint8Array, mime: string): FetchedFile {
  const name = fileNameOf(url);
  return { bytes, mime: mime.split(';')[0].trim(), name, kind: fileKind({ name, mime, bytes }) };
}

/** The name an address gives its file (its last path segment, unescaped where it can be). */
function fileNameOf(url: string): string {
  const path = new URL(url).pathname;
  const name = path.slice(path.lastIndexOf('/') + 1) || 'attachment';
  try {
    return decodeURIComponent(name);
  } catch {
    // A malformed escape: the name as the address has it.
    return name;
  }
}
