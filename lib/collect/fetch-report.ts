// One report of a collection: fetched from its site within a time and a size limit, each redirect
// checked before it is followed, decoded, read and checked through the input registry (the
// background has no DOM), ready to be saved as if saved from its page.
import { analyzeReadings, isReadReport, toJson } from '../analyze';
import { readInput } from '../inputs';
import { decodePage } from '../inputs/decode';
import { inertHtml } from '../inputs/inert';
import type { SavePayload } from '../model';
import { CollectError, fetchFile, PAGE_TYPES, type FetchLimits } from './fetch-file';

/**
 * Fetch and read one report. `pause` aborts it without failing it (isPause tells); a time-out, an
 * oversized or non-page body, a redirect elsewhere or an error page each fail with their problem.
 */
export async function fetchReport(
  url: string,
  origin: string,
  fetchPage: typeof fetch = fetch,
  options: { pause?: AbortSignal; limits?: Partial<FetchLimits> } = {},
): Promise<SavePayload> {
  const { bytes, mime } = await fetchFile(url, origin, fetchPage, { ...options, accept: PAGE_TYPES });
  const text = decodePage(bytes, mime);
  const report = analyzeReadings(await readInput({ name: url, mime, text, url }));
  if (!isReadReport(report)) throw new CollectError({ code: 'not-report' });
  // Saved as the page minus what runs: the reader reads it again from this when it improves.
  return { url, html: inertHtml(text), report: toJson(report, url) };
}
