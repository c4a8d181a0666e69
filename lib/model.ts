// The types every part of Nianbao Lens shares: the neutral table tree the adapters produce,
// the report model the reader fills, and the findings the checks return.

/** One cell of a source table, whatever it came from (DOM, cheerio, text). */
export interface SourceCell<N = unknown> {
  /** Visible text with white space collapsed; text of nested tables excluded. */
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Back-reference to the node the cell came from, so findings can point at it. */
  node: N;
}

export interface SourceRow<N = unknown> {
  cells: SourceCell<N>[];
  /** Index of the row group (thead/tbody/tfoot) the row belongs to; rowspan="0" ends there. */
  group: number;
}

export interface SourceTable<N = unknown> {
  rows: SourceRow<N>[];
  node: N;
}

/** A page or file reduced to what the reader needs. */
export interface SourceDoc<N = unknown> {
  /** The document title (<title>) and the article title where the page names one. */
  titles: string[];
  /** Text of h1–h3 headings, cheap to read for detection. */
  headings: string[];
  /** name → content of <meta> tags (PubDate, ArticleTitle …). */
  meta: Record<string, string>;
  /** Visible text of the page, paragraphs separated by newlines. */
  text: string;
  /** Every table of the page, nested ones as tables of their own, in document order. */
  tables: SourceTable<N>[];
  /** Where the page was served from: the live location, or what a saved page says of itself. */
  url?: string;
}

export type Format = '2019' | '2021' | 'pre2019';
export type Severity = 'error' | 'warning' | 'info';
export type TableKey = 't2' | 't3' | 't4';

/** ROW → COL → value; null where the page leaves the cell blank (a blank is not a zero). */
export type TableValues = Record<string, Record<string, number | null>>;

/**
 * Identity of one figure: "t3.withheld.internal.natural", "t4.review.total", "t2.fees.amount".
 * Row keys may contain dots; the table key is always first and the column key always last.
 */
export type CellId = string;

/** What the reader saw in one cell that belongs to the report. */
export interface CellRecord<N = unknown> {
  id: CellId;
  table: TableKey;
  row: string;
  col: string;
  /** Chinese label of the row, as printed (for messages and exports). */
  label: string;
  text: string;
  value: number | null;
  blank: boolean;
  /** The text is not a number where one belongs: kept null, never guessed. */
  invalid: boolean;
  unit: string | null;
  node: N;
}

export interface Figure {
  key: string | null;
  label: string;
  value: number;
  unit: string | null;
  source: 'table' | 'text';
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** Column key (T3-BALANCE, T3-RESULTS), row key (T3-ROW), block key (T4-SUM), table key (BLANK …). */
  scope: string | null;
  reported: number | null;
  computed: number | null;
  difference: number | null;
  cells: CellId[];
}

export interface Meta {
  title: string | null;
  body: string | null;
  year: number | null;
  published: string | null;
}

/** What a report is, read: the fields of the JSON contract besides its source. */
interface ReportFields {
  kind: 'report' | 'not-report';
  format: Format | null;
  meta: Meta;
  t2: TableValues | null;
  t3: TableValues | null;
  t4: TableValues | null;
  figures: Figure[];
  findings: Finding[];
}

/** A report as the reader holds it: its fields, and the bridges back to the page it came from. */
export interface Report<N = unknown> extends ReportFields {
  /** Every cell read into t2/t3/t4, by id: the bridge from findings back to the page. */
  cells: Map<CellId, CellRecord<N>>;
  /** Problems of shape met while mapping (a row with too few cells …), turned into STRUCTURE findings. */
  structure: string[];
  /** The visible text the report was read from, NFKC-folded, for the checks that read the words. */
  text: string;
  url: string | null;
}

/** Where a cell stands in a fixed-layout file: its page (from 1) and box in points from the page's
 * top-left corner. */
export interface Place {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The stable JSON form of a report (see README: the JSON contract). */
export interface ReportJson extends ReportFields {
  source: string;
  /** For a report read from a PDF: where each cell its findings name is printed. */
  places?: Record<CellId, Place>;
}

/** A report as the library keeps it: Dexie table `reports` (lib/store/db.ts has its versions). */
export interface SavedReport {
  id?: number;
  /** Address of the page it was saved from, without its #fragment. */
  url: string;
  title: string | null;
  body: string | null;
  /** The body's name normalised (lib/library/body.ts), linking its reports across years. Since v2. */
  bodyKey: string | null;
  year: number | null;
  format: Format | null;
  errors: number;
  warnings: number;
  /** Milliseconds since 1970, when saved or last updated. */
  savedAt: number;
  /** SHA-256 (hex) of the saved HTML, or of the file's bytes: the same article saved twice has the same hash. */
  hash: string;
  report: ReportJson;
  /** The kind of file the report was read from (its bytes in table `files`); absent for a web page. Since v5. */
  kind?: AttachmentKind;
  /** The page that linked the file, where known. Since v5. */
  from?: string | null;
  /** The user's tags, trimmed and without repeats (indexed: the library filters by them). Since v6. */
  tags?: string[];
  /** The user's note on the report. Since v6. */
  note?: string;
  /** The user's verdicts on its findings (lib/base/verdicts.ts matches them to findings). Since v6. */
  verdicts?: Verdict[];
  /** The earlier versions of this report, oldest first: when each was taken and its SHA-256 (their
   * content in table `versions`). A report with any was changed after it was first saved. Since v6. */
  earlier?: VersionStamp[];
}

/** Why a finding was dismissed: the format itself allows it, the reader misread the page, the report
 * explains it, or the reviewer's own words. */
export type DismissReason = 'format' | 'reader' | 'explained' | 'other';

/** A reviewer's decision on one finding, kept across re-checks while the finding stays the same. */
export interface Verdict {
  /** The finding it is on: its rule, scope and cells (`findingKey`). */
  key: string;
  rule: string;
  /** The figures it was given on: the same finding with other figures is to be looked at again. */
  reported: number | null;
  computed: number | null;
  verdict: 'confirmed' | 'dismissed';
  reason?: DismissReason;
  /** The reviewer's words. */
  text?: string;
  /** Milliseconds since 1970, when given. */
  at: number;
}

export interface VersionStamp {
  savedAt: number;
  hash: string;
}

/** An earlier version of a saved report, as it was taken: Dexie table `versions`. Since v6. */
export interface SavedVersion extends VersionStamp {
  id?: number;
  reportId: number;
  url: string;
  report: ReportJson;
  /** The page's HTML; empty for a file. */
  html: string;
  file?: Omit<SavedFile, 'id'>;
  kind?: AttachmentKind;
  from?: string | null;
}

/** What the user adds to a report: at save time, or in the library. */
export interface Annotations {
  tags?: string[];
  note?: string;
  verdicts?: Verdict[];
}

/** The report's own HTML (the article with the page's title and meta), to read again later.
 * Kept apart from the report (Dexie table `pages`, same id) so that listing the library stays light. */
export interface SavedPage {
  id: number;
  html: string;
}

/** A report's own sentences, one per line (lib/check/reuse.ts ownText), for the version of its page or
 * file whose SHA-256 is `hash`: what REUSE reads, kept so that comparing a library reads no page again.
 * Dexie table `texts`, same id. Since v8. */
export interface SavedText {
  id: number;
  hash: string;
  own: string;
}

/** The file a report was read from (a PDF, a Word document), its bytes exactly as taken, in base64 so
 * that messages, undo and backups carry it as they are. Dexie table `files`, same id. Since v5. */
export interface SavedFile {
  id: number;
  name: string;
  mime: string;
  base64: string;
}

/** What a delete took away, for undo: the report, and its page or its file. */
export interface Deleted {
  report: SavedReport;
  page: SavedPage | undefined;
  file?: SavedFile;
  versions?: SavedVersion[];
}

/** An earlier version as a backup carries it: without the ids the library gives it. */
export type BackupVersion = Omit<SavedVersion, 'id' | 'reportId'>;

/** A saved report with its HTML (and its file, and its earlier versions), as backups carry it. */
export type SavedReportWithHtml = SavedReport & {
  html: string;
  file?: Omit<SavedFile, 'id'>;
  history?: BackupVersion[];
};

/** What a page (or the viewer of an attachment) hands over to be saved. */
export interface SavePayload {
  url: string;
  /** The article's HTML; empty for a file. */
  html: string;
  report: ReportJson;
  file?: Omit<SavedFile, 'id'> & { kind: AttachmentKind; from: string | null };
  /** The report's text as read (page, PDF or Word), of which the library keeps the report's own
   * sentences for REUSE (table `texts`); without it the library reads them from the page when asked. */
  text?: string;
}

/** Something that went wrong, as a code and its parameters: records and messages carry these, and the
 * words (lib/i18n.ts `problem`) are chosen where they are shown, in the UI's language. */
export type Problem =
  | { code: 'storage-full' }
  | { code: 'storage'; detail: string }
  /** No storage to write in this window (a private window in Firefox). */
  | { code: 'storage-unavailable' }
  | { code: 'off-site'; origin: string }
  | { code: 'network'; detail: string }
  | { code: 'http'; status: number }
  | { code: 'redirected'; origin: string }
  /** A redirect whose destination the browser hides (an opaque redirect): not followed. */
  | { code: 'redirect-hidden' }
  | { code: 'not-report' }
  | { code: 'read-failed'; detail: string }
  | { code: 'not-json' }
  | { code: 'not-backup' }
  | { code: 'backup-newer'; version: number; mine: number }
  | { code: 'backup-incomplete'; index: number }
  | { code: 'timeout'; seconds: number }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-a-page'; mime: string }
  /** The background stopped twice while this item was being fetched: not tried again by itself. */
  | { code: 'interrupted' }
  | { code: 'too-deep'; depth: number; limit: number }
  /** Bytes that could not be decoded, read as U+FFFD: the page is read, but the user is told. */
  | { code: 'bad-bytes'; count: number }
  | { code: 'no-tab' }
  /** The popup lost its background mid-request (a worker stopped or the extension reloaded). */
  | { code: 'disconnected' }
  /** A sentence stored by an older version that no code matches: shown as it was. */
  | { code: 'legacy'; text: string }
  /** A PDF with no text layer: an image of the pages, nothing to read or check. */
  | { code: 'scanned' }
  /** A file that needs a password to open. */
  | { code: 'encrypted' }
  | { code: 'corrupt'; kind: string }
  | { code: 'too-many-pages'; pages: number; limit: number }
  /** A file kind that is recognised but not read (OFD, WPS; DOC where no reader is at hand). */
  | { code: 'unsupported-kind'; kind: string };

/** What became of one saved report whose address was fetched again (检查已保存报告是否有改动). */
export type Revisited =
  | { id: number; status: 'same' }
  | { id: number; status: 'changed'; version: number }
  | { id: number; status: 'failed'; problem: Problem };

/** What an import of a backup did, or why it did nothing. */
export type ImportResult =
  { ok: true; added: number; replaced: number; skipped: number } | { ok: false; problem: Problem };

export type SaveOutcome =
  | { status: 'saved' | 'updated'; id: number; savedAt: number }
  /** The page changed since it was saved: kept as version `version` (from 2) of report `id`. */
  | { status: 'version'; id: number; savedAt: number; version: number }
  | { status: 'duplicate'; id: number; savedAt: number; reason: 'url' | 'body-year' }
  | { status: 'failed'; problem: Problem };

/** A link on a listing page whose text names an annual report. */
/** The kinds of file a report is published in, as its link or its bytes say. */
export type AttachmentKind = 'PDF' | 'DOCX' | 'DOC' | 'WPS' | 'OFD';

/** A file a page offers its report in. kind null: a download address whose type only the server says. */
export interface Attachment {
  url: string;
  kind: AttachmentKind | null;
  /** The link's words, as the page shows them. */
  text: string;
}

/** A local deadline: reports of bodies whose name starts with `prefix` are due by this month and day
 * of the following year ('01-31'). */
export interface LocalDeadline {
  prefix: string;
  monthDay: string;
}

/** The user's options (the options page; Dexie table `settings`, since v7). */
export interface Options {
  /** The pause between two requests of a collection, a list's pages or a revisit. */
  delaySeconds: number;
  /** The most pages of one list read. */
  maxListPages: number;
  deadlines: LocalDeadline[];
  /** The chip on report pages. */
  chip: boolean;
  /** The language of everything the extension shows; auto: the browser's. */
  lang: 'auto' | 'zh-CN' | 'en';
}

/** The key figures the compare view shows of a report (lib/view/compare.ts reads them). */
export type FigureKey =
  | 'new'
  | 'carried_over'
  | 'handled'
  | 'granted'
  | 'partial'
  | 'withheld'
  | 'unable'
  | 'declined'
  | 'other'
  | 'carried_forward'
  | 'reviews'
  | 'reviews_corrected'
  | 'reviews_pending'
  | 'suits'
  | 'suits_corrected'
  | 'suits_pending'
  | 'fees';

/** The rates the compare view computes. */
export type RateKey = 'open_rate' | 'withheld_rate' | 'unable_rate' | 'declined_rate' | 'review_fix' | 'suit_fix';

/** A link as a listing page shows it. */
export interface ListAnchor {
  href: string;
  /** Its words, white space folded. */
  text: string;
  /** Its title attribute, where portals keep the whole of a title cut short in the list. */
  title: string;
}

/** What a listing page is read as, by the live page or from fetched HTML. */
export interface ListSource {
  anchors: ListAnchor[];
  /** The text of its inline scripts, where a portal system writes its page count. */
  scripts: string[];
  /** Pager containers a script fills, empty as served (an avalon `ms-controller="…pagebar"`). */
  shells: number;
  /** Its <base href>, if any. */
  base: string | null;
}

export interface ReportLink {
  url: string;
  title: string;
}

/** Every report of a list that runs over pages, as its pages were read. */
export interface Gathered {
  /** The reports of every page, each once, in the order of the pages. */
  links: ReportLink[];
  /** Pages read, the first included. */
  pages: number;
  failed: { url: string; problem: Problem }[];
  /** Pages left unread beyond the most one list is read to. */
  skipped: number;
  /** A page read drew its pager by script: the list may have pages no address leads to. */
  scripted: boolean;
}

/** One report of a collection: waiting, saved (or already in the library), or failed and why. */
export interface CollectItem extends ReportLink {
  status: 'pending' | 'saved' | 'duplicate' | 'failed';
  /** Why it failed (worded where it is shown). Since v4; v3 stored a bilingual `message`. */
  problem?: Problem;
  /** The saved report's id (saved or duplicate). */
  reportId?: number;
  /** How many times its fetch was started: a background that dies while fetching it (a page that
   * exhausts it) retries it once, then fails it, so that no page can make a crash loop. */
  attempts?: number;
}

/** How far a collection is. */
export interface Progress {
  total: number;
  /** Items no longer pending: saved, already in the library, or failed. */
  done: number;
  saved: number;
  duplicate: number;
  failed: number;
}

/** Collecting every report a listing page links to, kept in the library (Dexie table `jobs`, since
 * v3) so that it goes on, and can be paused and resumed, whether or not the popup is open. */
export interface CollectJob {
  id?: number;
  /** Address of the listing page, without its #fragment. */
  source: string;
  /** The listing page's title. */
  title: string;
  /** Only addresses on this origin are fetched. */
  origin: string;
  state: 'running' | 'paused' | 'done';
  createdAt: number;
  items: CollectItem[];
}
