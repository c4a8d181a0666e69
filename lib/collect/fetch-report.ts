// One report of a collection: fetched from its site within a time and a size limit, each redirect
// checked before it is followed, decoded, read and checked through the input registry (the
// background has no DOM), ready to be saved as if saved from its page (or its file).
import { analyzeReadings, isReadReport, toJson } from '../analyze';
import { readInput } from '../inputs';
import { decodePage } from '../inputs/decode';
import { inertHtml } from '../inputs/inert';
import type { SavePayload } from '../model';
import { baseOf } from '../base/address';
import { pickAttachments } from '../base/attachment-links';
import { toBase64 } from '../base/base64';
import { pageLinks } from '../inputs/anchors';
import { fetchAttachment, fileOf, type FetchedFile } from './attachment';
import { CollectError, FILE_TYPES, fetchFile, PAGE_TYPES, type FetchLimits } from './fetch-file';

/** A page, or a report's file. */
const ACCEPTED = new RegExp(`${PAGE_TYPES.source}|${FILE_TYPES.source}`, 'i');

/** A report read from a file (a PDF, a Word document): saved with the file as taken. */
async function fileReport(url: string, file: FetchedFile, from: string | null): Promise<SavePayload> {
  const report = analyzeReadings(await readInput({ name: file.name, mime: file.mime, bytes: file.bytes, url }));
  if (!isReadReport(report)) throw new CollectError({ code: 'not-report' });
  const { name, mime, bytes, kind } = file;
  return {
    url,
    html: '',
    report: toJson(report, url),
    file: { name, mime, kind: kind!, from, base64: toBase64(bytes) },
    text: report.text,
  };
}

/**
 * Fetch and read one report: a page, a file (a list whose entries are PDFs), or a notice whose report
 * is its attachment, fetched from the same site and read instead. `pause` aborts it without failing it
 * (isPause tells); a time-out, an oversized or unknown body, a redirect elsewhere or an error page each
 * fail with their problem. `from`: the page that listed it.
 */
export async function fetchReport(
  url: string,
  origin: string,
  fetchPage: typeof fetch = fetch,
  options: { pause?: AbortSignal; limits?: Partial<FetchLimits>; from?: string } = {},
): Promise<SavePayload> {
  const { bytes, mime } = await fetchFile(url, origin, fetchPage, { ...options, accept: ACCEPTED });
  const fetched = fileOf(url, bytes, mime ?? '');
  if (fetched.kind) return fileReport(url, fetched, options.from ?? null);
  const text = decodePage(bytes, mime);
  const report = analyzeReadings(await readInput({ name: url, mime, text, url }));
  if (isReadReport(report)) {
    // Saved as the page minus what runs: the reader reads it again from this when it improves.
    return { url, html: inertHtml(text), report: toJson(report, url), text: report.text };
  }
  const { names, base, anchors } = pageLinks(text);
  const file = pickAttachments(names, anchors, url, baseOf(base, url)).find(
    (a) => a.kind !== null && new URL(a.url).origin === origin,
  );
  if (!file) throw new CollectError({ code: 'not-report' });
  return fileReport(file.url, await fetchAttachment(file.url, fetchPage, options), url);
}
