// The registry of input kinds, tried in order; the first that accepts an input reads it. The
// command line, the collector and the library's re-check read through here; the content script
// reads its live page through ./dom (a document, not bytes, and no cheerio in the page).
// Adding an input kind: one module (see kind.ts) and one line here, before `text`.
import { doc } from './doc';
import { docx } from './docx';
import { html } from './html';
import type { InputFile, InputKind, Readings } from './kind';
import { pdf } from './pdf';
import { text } from './text';
import { unread } from './unread';

export const INPUT_KINDS: InputKind[] = [pdf, docx, doc, unread, html, text];

const HEAD_BYTES = 1024;

/** The input's first characters, enough to sniff markup (Latin-1 for bytes; a BOM dropped). */
function firstChars(file: InputFile): string {
  const head =
    file.text?.slice(0, HEAD_BYTES) ??
    new TextDecoder('latin1').decode((file.bytes ?? new Uint8Array()).subarray(0, HEAD_BYTES));
  return head.replace(/^(\uFEFF|ï»¿)/, '');
}

export function kindOf(file: InputFile): InputKind {
  const head = firstChars(file);
  return INPUT_KINDS.find((k) => k.accepts(file, head)) ?? text;
}

export async function readInput(file: InputFile): Promise<Readings> {
  return kindOf(file).read(file);
}
