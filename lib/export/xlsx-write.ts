// The workbook file itself: sheets of strings and numbers as Office Open XML, zipped as it is written.
// Our own writer rather than a library's: it streams each sheet's XML through the platform's compressor a
// block of rows at a time (no string of the whole sheet), and writes the features the exports need
// (frozen header, column widths, an autofilter) directly. Read back by read-excel-file in
// the tests and opened in LibreOffice.
import { ZipWriter, type Compress } from './zip-deflate';
import type { Cell } from './cells';

export interface SheetSpec {
  sheet: string;
  data: Cell[][];
  /** The header row frozen, so that it stays in view. */
  stickyRowsCount?: number;
  /** Each column as wide as its content (in characters), within bounds. */
  columns?: { width: number }[];
  /** The range under the header row's filter buttons (with the hidden name Excel and LibreOffice keep for it). */
  filterRange?: string;
}

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The range of a table of `rows` × `cols` from A1, or undefined for an empty one. */
export const rangeOf = (rows: number, cols: number): string | undefined =>
  rows > 0 && cols > 0 ? `A1:${columnLetters(cols - 1)}${rows}` : undefined;

/** Rows per block of XML handed to the compressor. */
const BLOCK = 500;

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Characters XML 1.0 cannot hold (dropped), the markup characters, and text that Excel would read as its
 * own `_xHHHH_` escape (its underscore escaped as `_x005F_`). */
const UNFIT = '&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff';
const NEEDS_ESCAPE = new RegExp(`[${UNFIT}]|_x[0-9A-Fa-f]{4}_`);
const ESCAPES = new RegExp(`[${UNFIT}]|_(?=x[0-9A-Fa-f]{4}_)`, 'g');
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', _: '_x005F_' };

export const escapeXml = (s: string): string => (NEEDS_ESCAPE.test(s) ? s.replace(ESCAPES, (c) => ENTITY[c] ?? '') : s);

/** A sheet's name as Excel allows it: at most 31 characters, none of []:*?/\, no quote at either end,
 * unique in the book (case aside). */
function sheetNames(sheets: string[]): string[] {
  const used = new Set<string>();
  return sheets.map((sheet, i) => {
    const base = sheet.replace(/[[\]:*?/\\]|^'|'$/g, '_').slice(0, 31) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** `A1:T9` as an absolute reference on a sheet: 'Sheet name'!$A$1:$T$9 (quotes in the name doubled). */
const absolute = (sheet: string, range: string) =>
  `'${sheet.replace(/'/g, "''")}'!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;

/** The strings of the book, each written once and referred to by its index. */
class SharedStrings {
  private index = new Map<string, number>();
  private list: string[] = [];
  count = 0;
  of(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }
  *xml(): Generator<string> {
    yield `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.list.length}">`;
    for (let i = 0; i < this.list.length; i += BLOCK * 10) {
      let out = '';
      for (const s of this.list.slice(i, i + BLOCK * 10)) out += `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`;
      yield out;
    }
    yield '</sst>';
  }
}

function* sheetXml(spec: SheetSpec, first: boolean, strings: SharedStrings): Generator<string> {
  let head = `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"`;
  head += first ? ' tabSelected="1"' : '';
  const frozen = spec.stickyRowsCount ?? 0;
  head += frozen
    ? `><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft"/></sheetView></sheetViews>`
    : '/></sheetViews>';
  head += '<sheetFormatPr defaultRowHeight="15"/>';
  const col = (width: number, i: number) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
  if (spec.columns?.length) head += `<cols>${spec.columns.map((c, i) => col(c.width, i)).join('')}</cols>`;
  yield `${head}<sheetData>`;
  // Each column's opening of a cell (<c r="AB), made once: a sheet of table 3 has 175,000 cells at a
  // thousand reports.
  const opens: string[] = [];
  const data = spec.data;
  for (let start = 0; start < data.length; start += BLOCK) {
    let out = '';
    for (let r = start; r < Math.min(data.length, start + BLOCK); r++) {
      const row = data[r];
      const n = String(r + 1);
      out += `<row r="${n}">`;
      for (let c = 0; c < row.length; c++) {
        const v: Cell = row[c];
        if (v === null || v === undefined || v === '') continue;
        const open = (opens[c] ??= `<c r="${columnLetters(c)}`) + n;
        out += typeof v === 'number' ? `${open}"><v>${v}</v></c>` : `${open}" t="s"><v>${strings.of(v)}</v></c>`;
      }
      out += '</row>';
    }
    yield out;
  }
  yield `</sheetData>${spec.filterRange ? `<autoFilter ref="${spec.filterRange}"/>` : ''}</worksheet>`;
}

function workbookXml(sheets: { filterRange?: string }[], names: string[]): string {
  const list = names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const filters = sheets.flatMap((s, i) =>
    s.filterRange
      ? [
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
            `${escapeXml(absolute(names[i], s.filterRange))}</definedName>`,
        ]
      : [],
  );
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
    `<sheets>${list.join('')}</sheets>${filters.length ? `<definedNames>${filters.join('')}</definedNames>` : ''}` +
    '</workbook>'
  );
}

function relsXml(sheets: number): string {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  let out = `${HEAD}<Relationships xmlns="${PKG_REL}">`;
  for (let i = 1; i <= sheets; i++) out += rel(`rId${i}`, 'worksheet', `worksheets/sheet${i}.xml`);
  out += rel(`rId${sheets + 1}`, 'sharedStrings', 'sharedStrings.xml');
  out += rel(`rId${sheets + 2}`, 'styles', 'styles.xml');
  return `${out}</Relationships>`;
}

function contentTypesXml(sheets: number): string {
  let out =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`;
  for (let i = 1; i <= sheets; i++)
    out += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CT}.worksheet+xml"/>`;
  return `${out}</Types>`;
}

const ROOT_RELS =
  `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" ` +
  `Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** A workbook written a sheet at a time, in any order (each sheet given its place in the book): the
 * sheets that are ready are compressed while the rest are still being worked out. */
export class XlsxWriter {
  private zip: ZipWriter;
  private strings = new SharedStrings();
  private placed: { name: string; filterRange?: string }[] = [];

  /** `compress`: where the parts are deflated (here, unless a deflate worker is given). */
  constructor(
    private count: number,
    compress?: Compress,
  ) {
    this.zip = new ZipWriter(compress);
  }

  sheet(at: number, spec: SheetSpec): Promise<void> {
    this.placed[at] = { name: spec.sheet, filterRange: spec.filterRange };
    return this.zip.add(`xl/worksheets/sheet${at + 1}.xml`, sheetXml(spec, at === 0, this.strings));
  }

  /** The file, once every sheet is given (a book with a sheet missing is refused: Excel would refuse it). */
  async end(): Promise<Uint8Array[]> {
    const specs = Array.from({ length: this.count }, (_, i) => this.placed[i]);
    const missing = specs.findIndex((s) => !s);
    if (missing >= 0) throw new Error(`sheet ${missing + 1} of ${this.count} was not written`);
    const names = sheetNames(specs.map((p) => p.name));
    void this.zip.add('[Content_Types].xml', [contentTypesXml(this.count)]);
    void this.zip.add('_rels/.rels', [ROOT_RELS]);
    void this.zip.add('xl/workbook.xml', [workbookXml(specs, names)]);
    void this.zip.add('xl/_rels/workbook.xml.rels', [relsXml(this.count)]);
    void this.zip.add('xl/styles.xml', [STYLES]);
    // The strings last: the sheets have named them all by then (entries are written in turn).
    void this.zip.add('xl/sharedStrings.xml', this.strings.xml());
    return this.zip.end();
  }
}

/** The workbook of these sheets as the chunks of its zip file, in order (a Blob's or a Buffer's parts). */
export async function xlsxChunks(sheets: SheetSpec[]): Promise<Uint8Array[]> {
  const book = new XlsxWriter(sheets.length);
  sheets.forEach((spec, i) => void book.sheet(i, spec));
  return book.end();
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook as a Blob, for a download. */
export const xlsxBlob = async (sheets: SheetSpec[]): Promise<Blob> =>
  new Blob((await xlsxChunks(sheets)) as BlobPart[], { type: XLSX_TYPE });
