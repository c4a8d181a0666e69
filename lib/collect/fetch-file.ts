// One file from a site within a time and a size limit, each redirect checked before it is followed:
// the collector's pages and attachments, and the viewer's attachment. Failures are problems.
import type { Problem } from '../model';
import { InputError } from '../inputs/kind';

/** A failure to show in the list of failures: a problem the user can act on. */
export class CollectError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

export interface FetchLimits {
  /** A request that has not finished by then fails (no portal page takes this long). */
  timeoutMs: number;
  /** A report page is tens of kB; anything past this is not one, and would exhaust the worker. */
  maxBytes: number;
  /** Redirects followed on the same site, each checked first. */
  maxRedirects: number;
  /** A report's file (served as a PDF or Word type) may be larger: a scanned PDF runs to tens of MB. */
  maxFileBytes: number;
}

export const LIMITS: FetchLimits = {
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  maxFileBytes: 30 * 1024 * 1024,
};

/** Types a report page is served as; a missing or generic type (some portals send .htm as
 * octet-stream) is read and judged by its content. */
export const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/octet-stream)\b/i;

/** Types a report's file is served as (PDF, Word; OFD to be said not read). */
export const FILE_TYPES =
  /^application\/(pdf|msword|vnd\.openxmlformats-officedocument\.wordprocessingml\.document|ofd|x-download|force-download)\b/i;

/** Why fetching or reading one report failed, as a problem: the collector's or the reader's own, else
 * what the error says. */
export function problemOf(e: unknown): Problem {
  return e instanceof CollectError || e instanceof InputError
    ? e.problem
    : { code: 'read-failed', detail: String((e as Error)?.message ?? e) };
}

/** Aborted by the caller (a pause), not a failure of the page. */
export const isPause = (e: unknown): boolean => (e as Error)?.name === 'AbortError' && !(e instanceof CollectError);

/** A response whose redirect was not followed: the next hop, if the platform lets us see it. */
function nextHop(response: Response, from: string): string | null | undefined {
  if (response.type !== 'opaqueredirect' && (response.status < 300 || response.status > 399)) return undefined;
  const location = response.headers.get('location');
  return location ? new URL(location, from).href : null;
}

async function request(
  url: string,
  origin: string,
  fetchPage: typeof fetch,
  signal: AbortSignal,
  maxRedirects: number,
): Promise<Response> {
  let current = url;
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      // Cookies stay out: a report is public, and the user's session on the portal is theirs.
      response = await fetchPage(current, { credentials: 'omit', redirect: 'manual', signal });
    } catch (e) {
      const name = (e as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') throw e;
      throw new CollectError({ code: 'network', detail: String((e as Error)?.message ?? e) });
    }
    const next = nextHop(response, current);
    if (next === undefined) {
      if (response.url && new URL(response.url).origin !== origin) {
        throw new CollectError({ code: 'redirected', origin: new URL(response.url).origin });
      }
      return response;
    }
    // A browser hides where an opaque redirect leads: not followed, since it might be elsewhere.
    if (next === null) throw new CollectError({ code: 'redirect-hidden' });
    if (new URL(next).origin !== origin) throw new CollectError({ code: 'redirected', origin: new URL(next).origin });
    if (hop >= maxRedirects) throw new CollectError({ code: 'redirected', origin });
    current = next;
  }
}

/** The body, read as a stream and given up as soon as it passes the limit. */
async function body(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new CollectError({ code: 'too-large', bytes: declared, limit: maxBytes });
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new CollectError({ code: 'too-large', bytes: size, limit: maxBytes });
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** What was fetched: the bytes, and the type the server said. */
export interface Fetched {
  bytes: Uint8Array;
  mime: string | undefined;
}

/**
 * Fetch one file of `origin`. `accept`: the types taken (others fail as not-a-page before the body
 * is read); `pause` aborts without failing (isPause tells); a time-out, an oversized body, a redirect
 * elsewhere or an error page each fail with their problem.
 */
export async function fetchFile(
  url: string,
  origin: string,
  fetchPage: typeof fetch = fetch,
  options: { pause?: AbortSignal; limits?: Partial<FetchLimits>; accept?: RegExp } = {},
): Promise<Fetched> {
  if (new URL(url).origin !== origin) throw new CollectError({ code: 'off-site', origin });
  const limits = { ...LIMITS, ...options.limits };
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = options.pause ? AbortSignal.any([timeout, options.pause]) : timeout;
  try {
    const response = await request(url, origin, fetchPage, signal, limits.maxRedirects);
    if (!response.ok) throw new CollectError({ code: 'http', status: response.status });
    const mime = response.headers.get('content-type') ?? undefined;
    if (mime && options.accept && !options.accept.test(mime)) {
      throw new CollectError({ code: 'not-a-page', mime: mime.split(';')[0] });
    }
    const max = mime && FILE_TYPES.test(mime) ? limits.maxFileBytes : limits.maxBytes;
    return { bytes: await body(response, max), mime };
  } catch (e) {
    if (timeout.aborted && !options.pause?.aborted) {
      throw new CollectError({ code: 'timeout', seconds: Math.round(limits.timeoutMs / 1000) });
    }
    throw e;
  }
}
