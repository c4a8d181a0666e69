// The registry of input kinds: the first whose signature the input's first bytes carry reads it, else the
// first that takes its name or type (portals name files as they please: a .doc may be RTF or a web page). The
// command line, the collector and the library's re-check read through here; the content script
// reads its live page through ./dom (a document, not bytes, and no cheerio in the page).
// Adding an input kind: one module (see kind.ts) and one line here, before `text`.
import { doc } from './doc';
import { docx } from './docx';
import { html } from './html';
import type { InputFile, InputKind, Readings } from './kind';
import { mht } from './mht';
import { pdf } from './pdf';
import { rtf } from './rtf';
import { text } from './text';
import { unread } from './unread';
import { wordml } from './wordml';

export const INPUT_KINDS: InputKind[] = [pdf, docx, doc, unread, mht, rtf, wordml, html, text];

/** Enough for a DOCX's first word/ entry name, which may follow its _rels/ and docProps/. */
const HEAD_BYTES = 4096;

/** The input's first characters, enough to sniff markup (Latin-1 for bytes; a BOM dropped). */
function firstChars(file: InputFile): string {
  const head =
    file.text?.slice(0, HEAD_BYTES) ??
    new TextDecoder('latin1').decode((file.bytes ?? new Uint8Array()).subarray(0, HEAD_BYTES));
  return head.replace(/^(\uFEFF|ï»¿)/, '');
}

/** The kind the input's first bytes say, else the one its name or type says, else text. */
export function kindOf(file: InputFile): InputKind {
  const head = firstChars(file);
  return INPUT_KINDS.find((k) => k.sniffs?.(head)) ?? INPUT_KINDS.find((k) => k.accepts(file)) ?? text;
}

export async function readInput(file: InputFile): Promise<Readings> {
  return kindOf(file).read(file);
}
