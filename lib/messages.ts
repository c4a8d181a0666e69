// The typed protocol between the content script, the background and the extension pages.
// Messages are plain JSON; each direction has its own union, and each message type its reply.
import { browser } from 'wxt/browser';
import type { CellId, CollectJob, ReportJson, ReportLink, SaveOutcome, SavePayload } from './model';

/** Detection cost of the last attempt on a page, milliseconds: the title probe, then (only when
 * the probe says yes) the full read and check. */
export interface Timing {
  probeMs: number;
  readMs: number | null;
}

/** What the content script knows of its page once read. */
export interface PageState {
  report: ReportJson;
  /** The cells that have an element on the page to scroll to (not those read from text). */
  marked: CellId[];
}

/** A page as a list of reports to collect. */
export interface ListingPage {
  url: string;
  title: string;
  links: ReportLink[];
}

/** To the content script of one tab (from the popup or the background). */
export type ToContent =
  | { type: 'get-state' }
  | { type: 'get-timing' }
  | { type: 'get-payload' }
  /** The page's address and title, and the reports it links to (none on a report page). */
  | { type: 'get-links' }
  | { type: 'reveal'; cells: CellId[] }
  | { type: 'clear' }
  /** Say on the page how a save went, in the page's language. */
  | { type: 'notify'; outcome: SaveOutcome | null };

export interface ContentReplies {
  'get-state': PageState | null;
  'get-timing': Timing | null;
  'get-payload': SavePayload | null;
  'get-links': ListingPage;
  reveal: number;
  clear: true;
  notify: true;
}

export interface SiteRequest {
  /** 'https://example.org' */
  origin: string;
  /** The tab to read at once, once enabled. */
  tabId?: number;
}

/** To the background (from the content script or the extension pages). */
export type ToBackground =
  /** A report was read on the sender's tab: its badge shows the error count. */
  | { type: 'page-read'; errors: number }
  /** tell: say on the page what happened (the shortcut and the context menu have no popup). */
  | { type: 'save-tab'; tabId: number; update: boolean; tell?: boolean }
  | { type: 'find-saved'; url: string; body: string | null; year: number | null }
  | ({ type: 'enable-site' } & SiteRequest)
  | ({ type: 'disable-site' } & SiteRequest)
  /** Collect every report a listing page links to; the page's running or paused collection if any. */
  | { type: 'collect-start'; source: string; title: string; links: ReportLink[] }
  /** The newest collection of a listing page. */
  | { type: 'collect-status'; source: string }
  | { type: 'collect-change'; id: number; action: 'pause' | 'resume' | 'retry' };

export interface BackgroundReplies {
  'page-read': true;
  /** null: the tab holds no report (any more). */
  'save-tab': SaveOutcome | null;
  'find-saved': { id: number; savedAt: number; reason: 'url' | 'body-year' } | null;
  'enable-site': true;
  'disable-site': true;
  'collect-start': CollectJob;
  'collect-status': CollectJob | null;
  'collect-change': CollectJob | null;
}

export function sendToContent<M extends ToContent>(tabId: number, message: M): Promise<ContentReplies[M['type']]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ContentReplies[M['type']]>;
}

export function sendToBackground<M extends ToBackground>(message: M): Promise<BackgroundReplies[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundReplies[M['type']]>;
}
