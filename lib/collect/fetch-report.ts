// One report of a collection: fetched from its site, decoded, read and checked with the cheerio
// adapter (the background has no DOM), ready to be saved as if saved from its page.
import { analyzeReadings, isReadReport, toJson } from '../analyze';
import { readInput } from '../inputs';
import { decodePage } from '../inputs/decode';
import { inertHtml } from '../inputs/inert';
import type { Problem, SavePayload } from '../model';

/** A failure to show in the list of failures: a problem the user can act on. */
export class CollectError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

export async function fetchReport(url: string, origin: string, fetchPage: typeof fetch = fetch): Promise<SavePayload> {
  if (new URL(url).origin !== origin) throw new CollectError({ code: 'off-site', origin });
  let response: Response;
  try {
    // Cookies stay out: a report is public, and the user's session on the portal is theirs.
    response = await fetchPage(url, { credentials: 'omit', redirect: 'follow' });
  } catch (e) {
    throw new CollectError({ code: 'network', detail: String((e as Error)?.message ?? e) });
  }
  if (!response.ok) throw new CollectError({ code: 'http', status: response.status });
  if (response.url && new URL(response.url).origin !== origin) {
    throw new CollectError({ code: 'redirected', origin: new URL(response.url).origin });
  }
  const text = decodePage(new Uint8Array(await response.arrayBuffer()));
  const mime = response.headers.get('content-type') ?? undefined;
  const report = analyzeReadings(readInput({ name: url, mime, text, url }));
  if (!isReadReport(report)) {
    throw new CollectError({ code: 'not-report' });
  }
  // Saved as the page minus what runs: the reader reads it again from this when it improves.
  return { url, html: inertHtml(text), report: toJson(report, url) };
}
