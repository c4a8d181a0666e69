// The kinds of file a report is published in, in the order a page's files are offered (PDF first).
import type { AttachmentKind } from '../model';

export const ATTACHMENT_KINDS: AttachmentKind[] = ['PDF', 'DOCX', 'DOC', 'WPS', 'OFD'];

/** The kind a file name or address says, or null. */
export function kindOfName(name: string): AttachmentKind | null {
  const ext = /\.(pdf|docx?|wps|ofd)$/i.exec(name.trim())?.[1]?.toUpperCase();
  return (ext as AttachmentKind | undefined) ?? null;
}
