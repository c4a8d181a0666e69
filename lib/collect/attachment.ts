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

const KIND_OF_INPUT: Record<string, AttachmentKind | undefined> = { pdf: 'PDF', docx: 'DOCX', doc: 'DOC' };

export function fileKind(file: { name: string; mime: string; bytes: Uint8Array }): AttachmentKind | null {
  const input = kindOf(file);
  if (input.id === 'unread') return kindOfName(file.name) === 'WPS' ? 'WPS' : 'OFD';
  return KIND_OF_INPUT[input.id] ?? null;
}

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
