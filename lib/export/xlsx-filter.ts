// An autofilter on each sheet's header row, as a write-excel-file "feature" (the writer has none of
// its own): `<autoFilter ref="A1:T9"/>` after the sheet's data, and the hidden `_xlnm._FilterDatabase`
// name that Excel and LibreOffice keep for it in the workbook.

/** The part of a sheet's options this feature reads: the range its filter covers, if any. */
interface Filtered {
  sheet?: string;
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

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** `A1:T9` as an absolute reference on a sheet: 'Sheet name'!$A$1:$T$9 (quotes in the name doubled). */
const absolute = (sheet: string, range: string) =>
  `'${sheet.replace(/'/g, "''")}'!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;

export const autoFilter = {
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transform: (xml: string, options: Filtered) =>
          options.filterRange && !xml.includes('<autoFilter')
            ? xml.replace('</sheetData>', `</sheetData><autoFilter ref="${options.filterRange}"/>`)
            : xml,
      },
      'xl/workbook.xml': {
        transform: (xml: string, sheets: Filtered[]) => {
          const names = sheets.flatMap((s, i) =>
            s.filterRange && s.sheet
              ? [
                  `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
                    `${escapeXml(absolute(s.sheet, s.filterRange))}</definedName>`,
                ]
              : [],
          );
          if (!names.length) return xml;
          const block = `<definedNames>${names.join('')}</definedNames>`;
          if (xml.includes('<definedNames/>')) return xml.replace('<definedNames/>', block);
          if (xml.includes('<definedNames>')) return xml.replace('<definedNames>', `<definedNames>${names.join('')}`);
          return xml.replace('</sheets>', `</sheets>${block}`);
        },
      },
    },
  },
};

/** What every XLSX this project writes passes to the writer. */
export const XLSX_OPTIONS = { features: [autoFilter] };
