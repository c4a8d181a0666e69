// The typed protocol between the content script, the background and the extension pages.
// Messages are plain JSON; each direction has its own union, each message type its reply, and each
// receiving context one handler map whose replies the compiler checks against the protocol. The
// background also knows who may send each message: a web page can send none of them.
import { browser } from 'wxt/browser';
import type { Pager } from './view/list-pages';
import type {
  Annotations,
  Attachment,
  AttachmentKind,
  CellId,
  Deleted,
  CollectJob,
  Finding,
  Gathered,
  Options,
  ImportResult,
  ReportJson,
  ReportLink,
  Revisited,
  SaveOutcome,
  SavedReport,
  SavePayload,
  SavedText,
  Verdict,
} from './model';

/** What the content script is to show, from the user's options: the chip or not, and in which language
 * (null: the page's). */
export interface PageSettings {
  chip: boolean;
  lang: string | null;
}

/** What a page shows when the background cannot say: the chip, in the page's language. */
export const PAGE_DEFAULTS: PageSettings = { chip: true, lang: null };

/** A finding as much as a verdict needs to know it by. */
export type FindingRef = Pick<Finding, 'rule' | 'scope' | 'cells' | 'reported' | 'computed' | 'severity'>;

/** Detection cost of the last attempt on a page, milliseconds: the title probe, then (only when
 * the probe says yes) the full read and check. */
export interface Timing {
  probeMs: number;
  /** On a page the probe said no to: the content script's whole look (the probe and the look for the page's
   * files), in ms. */
  passMs?: number | null;
  /** The probe said the page may be a report: the reader is (being) injected. */
  mayBeReport?: boolean;
  /** The reader's injection, from asking the background until it has run in the page (the message, the
   * script's compilation and its loading), in ms; null before. */
  injectMs?: number | null;
  /** Of that, the reader's modules loading in the page (their code run at loading), in ms. */
  loadMs?: number;
  readMs: number | null;
  /** Full reads of this page so far (the first, and those after it changed). */
  reads?: number;
}

/** What the content script knows of its page once read. */
export interface PageState {
  report: ReportJson;
  /** The cells that have an element on the page to scroll to (not those read from text); none once
   * the user cleared the page's marks. */
  marked: CellId[];
  /** The user took the marks off the page (清除页面标记). */
  cleared?: boolean;
  /** Files the report page also offers (a 全真版 PDF). */
  attachments?: Attachment[];
}

/** A page as a list of reports to collect. */
export interface ListingPage {
  url: string;
  title: string;
  links: ReportLink[];
  /** Report links beyond the most that one collection takes. */
  more: number;
  /** The files the page offers its report in (a notice whose report is an attachment). */
  attachments: Attachment[];
  /** The other pages of the list, and whether a script draws a pager without addresses. */
  pager: Pager;
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
  /** A report was read on the sender's tab: its badge shows the count of errors still open (those a
   * verdict in the library dismissed set aside). */
  | { type: 'page-read'; findings: FindingRef[] }
  /** The probe says the page may be a report: inject the reader into it. */
  | { type: 'load-reader' }
  /** The sender's page is no report but offers its report as files: its badge says so. */
  | { type: 'page-files'; kinds: (AttachmentKind | null)[] }
  /** The sender's page lists reports to collect: its badge says how many. */
  | { type: 'page-list'; count: number }
  /** The page's chip asks to read one of the files it offers: the viewer opens on it. */
  | { type: 'open-attachment'; url: string }
  /** Save a report read from a file (the viewer), with the file as taken. */
  | { type: 'save-file'; payload: SavePayload; update: boolean; annotations?: Annotations }
  /** tell: say on the page what happened (the shortcut and the context menu have no popup). */
  | { type: 'save-tab'; tabId: number; update: boolean; tell?: boolean; annotations?: Annotations }
  /** The saved report this one would duplicate, and whether the report says something else now. */
  | { type: 'find-saved'; report: ReportJson }
  /** The tags in use, the most recent first. */
  | { type: 'recent-tags' }
  /** The user's options; set some of them (the options page). */
  | { type: 'get-options' }
  | { type: 'set-options'; options: Partial<Options> }
  /** The sites enabled beyond government portals. */
  | { type: 'list-sites' }
  | ({ type: 'enable-site' } & SiteRequest)
  | ({ type: 'disable-site' } & SiteRequest)
  /** Collect every report a listing page links to; the page's running or paused collection if any. */
  | { type: 'collect-start'; source: string; title: string; links: ReportLink[] }
  /** Read the other pages of a list (its pager's addresses, followed on) for all its reports. */
  | { type: 'list-gather'; source: string; links: ReportLink[]; pages: string[] }
  /** Which of these addresses are saved in the library already. */
  | { type: 'saved-among'; urls: string[] }
  /** The newest collection of a listing page. */
  | { type: 'collect-status'; source: string }
  | { type: 'collect-change'; id: number; action: 'pause' | 'resume' | 'retry' }
  /** The library page's writes: the background is the library's one writer. */
  | { type: 'library-delete'; id: number }
  | { type: 'library-restore'; deleted: Deleted }
  | { type: 'library-import'; text: string }
  | { type: 'library-recheck'; ids: number[] }
  /** Fetch a saved report's address again; keep a new version if it changed. */
  | { type: 'library-revisit'; id: number }
  /** Tags, a note or verdicts set on a saved report. */
  | { type: 'library-annotate'; id: number; annotations: Annotations }
  /** Own sentences the library page read from saved pages, to keep (REUSE reads them next time). */
  | { type: 'library-texts'; texts: SavedText[] };

export interface BackgroundReplies {
  /** The indices of the findings sent that a verdict of the saved report dismisses, and the options. */
  'page-read': { dismissed: number[]; settings: PageSettings };
  /** Once the reader runs in the sender's page. */
  'load-reader': true;
  'page-files': PageSettings;
  'page-list': true;
  /** false: not a file of the sender's site; nothing opened. */
  'open-attachment': boolean;
  'save-file': SaveOutcome;
  /** null: the tab holds no report (any more). */
  'save-tab': SaveOutcome | null;
  /** changed: the saved report says something else; verdicts: the saved report's, to show on the page's. */
  'find-saved': {
    id: number;
    savedAt: number;
    reason: 'url' | 'body-year';
    changed: boolean;
    verdicts: Verdict[];
  } | null;
  'recent-tags': string[];
  'get-options': Options;
  'set-options': Options;
  'list-sites': string[];
  'enable-site': true;
  'disable-site': true;
  'collect-start': CollectJob;
  'collect-status': CollectJob | null;
  'list-gather': Gathered;
  'saved-among': string[];
  'collect-change': CollectJob | null;
  /** What was deleted, for undo; null when it was already gone. */
  'library-delete': Deleted | null;
  'library-restore': SaveOutcome;
  'library-import': ImportResult;
  'library-recheck': RecheckSummary[];
  /** null: the report is gone. */
  'library-revisit': Revisited | null;
  /** The report as now saved; null when it is gone. */
  'library-annotate': SavedReport | null;
  /** How many were kept. */
  'library-texts': number;
}

/** One report read again: its counts before and after, and whether anything changed. */
export interface RecheckSummary {
  id: number;
  body: string | null;
  year: number | null;
  before: { errors: number; warnings: number };
  after: { errors: number; warnings: number };
  changed: boolean;
}

/** Who sent a message to the background: its own content script in a tab, or an extension page. */
export type Sender = { from: 'content'; tabId: number; url?: string } | { from: 'extension' };

/** Who may send each message. Everything that writes or acts on a tab comes from an extension
 * page (the popup, the library); the content script only reports what it read. */
export const SENDERS: Record<ToBackground['type'], Sender['from']> = {
  'page-read': 'content',
  'load-reader': 'content',
  'page-files': 'content',
  'page-list': 'content',
  'open-attachment': 'content',
  'save-file': 'extension',
  'save-tab': 'extension',
  'find-saved': 'extension',
  'recent-tags': 'extension',
  'get-options': 'extension',
  'set-options': 'extension',
  'list-sites': 'extension',
  'enable-site': 'extension',
  'disable-site': 'extension',
  'collect-start': 'extension',
  'collect-status': 'extension',
  'list-gather': 'extension',
  'saved-among': 'extension',
  'collect-change': 'extension',
  'library-delete': 'extension',
  'library-restore': 'extension',
  'library-import': 'extension',
  'library-recheck': 'extension',
  'library-annotate': 'extension',
  'library-revisit': 'extension',
  'library-texts': 'extension',
};

/** One handler per message type, each returning that type's reply. */
export type Handlers<M extends { type: string }, R extends Record<M['type'], unknown>, C> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, context: C) => R[K] | Promise<R[K]>;
};

/** The handler for a message of any type, called with it. */
export function dispatch<M extends { type: string }, R extends Record<M['type'], unknown>, C>(
  handlers: Handlers<M, R, C>,
  message: M,
  context: C,
): Promise<R[M['type']]> {
  const handler = handlers[message.type as M['type']] as (m: M, c: C) => R[M['type']] | Promise<R[M['type']]>;
  return Promise.resolve(handler(message, context));
}

/**
 * Who sent a message, judged from what the browser says of the sender (not from the message), or
 * null when it is not this extension, or not allowed to send that message. `extensionBase` is
 * the extension's own origin URL, `chrome-extension://ID/`.
 */
export function senderOf(
  message: unknown,
  sender: { id?: string; url?: string; tab?: { id?: number } },
  self: { id: string; extensionBase: string },
): Sender | null {
  const type = (message as { type?: unknown })?.type;
  if (sender.id !== self.id || typeof type !== 'string' || !Object.hasOwn(SENDERS, type)) return null;
  const from: Sender = sender.url?.startsWith(self.extensionBase)
    ? { from: 'extension' }
    : sender.tab?.id !== undefined
      ? { from: 'content', tabId: sender.tab.id, ...(sender.url ? { url: sender.url } : {}) }
      : { from: 'extension' };
  return SENDERS[type as ToBackground['type']] === from.from ? from : null;
}

export function sendToContent<M extends ToContent>(tabId: number, message: M): Promise<ContentReplies[M['type']]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ContentReplies[M['type']]>;
}

export function sendToBackground<M extends ToBackground>(message: M): Promise<BackgroundReplies[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundReplies[M['type']]>;
}

/** The language an extension page speaks: the user's choice in the options, else the browser's. */
export async function uiLanguage(): Promise<string> {
  const lang = await sendToBackground({ type: 'get-options' }).then(
    (o) => o.lang,
    () => 'auto' as const,
  );
  return lang === 'auto' ? browser.i18n.getUILanguage() : lang;
}
