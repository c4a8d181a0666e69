// An HTML file, a fetched page or a stored one, read with cheerio (Node, and the background,
// where a service worker has no DOMParser).
import { docFromHtml } from './cheerio-tree';
import { withTextFallback } from './fallback';
import { InputError, type InputKind, type Readings } from './kind';
import { MAX_NESTING, tooDeep } from './nesting';
import { textOf } from './text-of';

const EXTENSION = /\.(x?html?|shtml)$/i;
const MARKUP = /^\s*(<!--|<!doctype|<html|<head|<body|<meta|<div|<table)/i;

export const html: InputKind = {
  id: 'html',
  sniffs: (head) => MARKUP.test(head),
  accepts: (file) => EXTENSION.test(file.name ?? '') || /^(text\/html|application\/xhtml)/i.test(file.mime ?? ''),
  read: (file) => {
    const { text, replaced } = textOf(file);
    return readMarkup(text, file.url, replaced);
  },
};

/** A page's HTML read (`replaced`: the bytes that could not be decoded into it, said in a note). */
export function readMarkup(html: string, url: string | undefined, replaced: number): Readings {
  const depth = tooDeep(html);
  if (depth !== null) throw new InputError({ code: 'too-deep', depth, limit: MAX_NESTING });
  const doc = docFromHtml(html);
  const readings = withTextFallback(url ? { ...doc, url } : doc);
  return replaced > 0 ? { ...readings, notes: [{ code: 'bad-bytes', count: replaced }] } : readings;
}
