// What a saved report must be, checked value by value: a record from a backup (hostile input) is
// validated completely before anything is written, and the library lists only records that pass,
// so one broken record can neither blank the list nor reach an export as something else.
import * as v from 'valibot';
import type { SavedReport, SavedReportWithHtml, SavedText } from '../model';
import { SEVERITIES } from '../base/severity';
import { ATTACHMENT_KINDS } from '../base/attachment-kinds';

const text = v.string();
const maybeText = v.nullable(v.string());
/** Finite numbers only: JSON's 1e309 reads as Infinity. */
const num = v.pipe(v.number(), v.finite());
const maybeNum = v.nullable(num);
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const year = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2200)));
const format = v.nullable(v.picklist(['2019', '2021', 'pre2019']));
/** A page address the library may link to: http or https, nothing that runs. */
const address = v.pipe(
  v.string(),
  v.maxLength(4096),
  v.check((s) => /^https?:\/\/[^\s]+$/i.test(s) && URL.canParse(s), 'not an http(s) address'),
);
const table = v.nullable(v.record(v.string(), v.record(v.string(), maybeNum)));

const FindingSchema = v.object({
  rule: text,
  severity: v.picklist(SEVERITIES),
  message: text,
  scope: maybeText,
  reported: maybeNum,
  computed: maybeNum,
  difference: maybeNum,
  cells: v.array(text),
});

const ReportJsonSchema = v.object({
  source: text,
  kind: v.picklist(['report', 'not-report']),
  format,
  meta: v.object({ title: maybeText, body: maybeText, year, published: maybeText }),
  t2: table,
  t3: table,
  t4: table,
  figures: v.array(
    v.object({
      key: maybeText,
      label: text,
      value: num,
      unit: maybeText,
      source: v.picklist(['table', 'text']),
    }),
  ),
  findings: v.array(FindingSchema),
  places: v.optional(
    v.record(
      v.string(),
      v.object({ page: v.pipe(v.number(), v.integer(), v.minValue(1)), x: num, y: num, w: num, h: num }),
    ),
  ),
});

/** What the list shows and filters on, checked alike in a backup and in the library. */
const listed = { title: maybeText, body: maybeText, year, format, errors: count, warnings: count };

const hash = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
/** Milliseconds since 1970, within what a Date can hold. */
const savedAt = v.pipe(num, v.minValue(0), v.maxValue(8.64e15));

const fields = {
  url: address,
  ...listed,
  savedAt,
  hash,
  report: ReportJsonSchema,
};

/** The file a report was read from: a name, a type, and its bytes in base64 (a 30 MB file at most). */
const FileSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(1024)),
  mime: v.pipe(v.string(), v.maxLength(256)),
  base64: v.pipe(v.string(), v.maxLength(41 * 1024 * 1024), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});

const VerdictSchema = v.object({
  key: v.pipe(v.string(), v.maxLength(4096)),
  rule: text,
  reported: maybeNum,
  computed: maybeNum,
  verdict: v.picklist(['confirmed', 'dismissed']),
  reason: v.optional(v.picklist(['format', 'reader', 'explained', 'other'])),
  text: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
  at: savedAt,
});

/** The user's annotations, as a backup carries them. */
const annotations = {
  tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(20))),
  note: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
  verdicts: v.optional(v.pipe(v.array(VerdictSchema), v.maxLength(10_000))),
  earlier: v.optional(v.array(v.object({ savedAt, hash }))),
};

/** An earlier version of a report, as a backup carries it. */
const VersionSchema = v.object({
  url: address,
  savedAt,
  hash,
  report: ReportJsonSchema,
  html: v.pipe(v.string(), v.maxLength(64 * 1024 * 1024)),
  file: v.optional(FileSchema),
  kind: v.optional(v.picklist(ATTACHMENT_KINDS)),
  from: v.optional(v.nullable(address)),
});

/** A record of a backup: its id is kept only when it is a positive safe integer (a key the
 * database's generator can go on from), else the import gives it a new one; a version-1 backup
 * has no body key. */
export const BackupReportSchema = v.object({
  ...fields,
  id: v.optional(v.unknown()),
  bodyKey: v.optional(maybeText),
  html: v.pipe(v.string(), v.maxLength(64 * 1024 * 1024)),
  kind: v.optional(v.picklist(ATTACHMENT_KINDS)),
  from: v.optional(v.nullable(address)),
  file: v.optional(FileSchema),
  ...annotations,
  history: v.optional(v.array(VersionSchema)),
});

/** What the list, its filters and CROSS-YEAR touch, checked shallowly: enough that one broken
 * record cannot blank the list, and cheap for thousands (a backup is checked in depth on import). */
const ListedSchema = v.looseObject({
  url: v.string(),
  ...listed,
  bodyKey: maybeText,
  savedAt: num,
  report: v.looseObject({
    meta: v.looseObject({ title: maybeText, body: maybeText, year }),
    t2: v.nullable(v.record(v.string(), v.unknown())),
    t3: v.nullable(v.record(v.string(), v.unknown())),
    t4: v.nullable(v.record(v.string(), v.unknown())),
    figures: v.array(v.unknown()),
    findings: v.array(v.looseObject({ rule: text, severity: v.picklist(SEVERITIES), cells: v.array(text) })),
  }),
});

export const isSavedReport = (r: unknown): r is SavedReport => v.is(ListedSchema, r);

/** A report's own sentences as the library page sends them to be kept: bounded, under a usable id. */
const SavedTextSchema = v.object({
  id: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  hash,
  own: v.pipe(v.string(), v.maxLength(1_000_000)),
});

export const isSavedText = (t: unknown): t is SavedText => v.is(SavedTextSchema, t);

/** The record, with an id only where the id is usable, or null when anything in it is wrong. */
export function backupReport(r: unknown): (Omit<SavedReportWithHtml, 'bodyKey'> & { bodyKey?: string | null }) | null {
  const parsed = v.safeParse(BackupReportSchema, r);
  if (!parsed.success) return null;
  const { id, ...rest } = parsed.output;
  return Number.isSafeInteger(id) && (id as number) >= 1 ? { ...rest, id: id as number } : rest;
}
