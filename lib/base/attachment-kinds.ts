// The kinds of file a report is published in, in the order a page's files are offered (PDF first).
import type { AttachmentKind } from '../model';

export const ATTACHMENT_KINDS: AttachmentKind[] = ['PDF', 'DOCX', 'DOC', 'WPS', 'OFD'];

/** The extension of a report's file at the end of a name, an address or a link's words. */
export const ATTACHMENT_EXTENSION = /\.(pdf|docx?|wps|ofd)$/i;

/** The kind a file name or address says, or null. */
export function kindOfName(name: string): AttachmentKind | null {
  const ext = ATTACHMENT_EXTENSION.exec(name.trim())?.[1]?.toUpperCase();
  return (ext as AttachmentKind | undefined) ?? null;
}
