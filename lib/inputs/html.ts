// An HTML file, a fetched page or a stored one, read with cheerio (Node, and the background,
// where a service worker has no DOMParser).
import { docFromHtml } from './cheerio-tree';
import { withTextFallback } from './fallback';
import { InputError, type InputKind } from './kind';
import { MAX_NESTING, tooDeep } from './nesting';
import { textOf } from './text-of';

const EXTENSION = /\.(x?html?|shtml)$/i;
const MARKUP = /^\s*(<!--|<!doctype|<html|<head|<body|<meta|<div|<table)/i;

export const html: InputKind = {
  id: 'html',
  accepts: (file, head) =>
    EXTENSION.test(file.name ?? '') || /^(text\/html|application\/xhtml)/i.test(file.mime ?? '') || MARKUP.test(head),
  read: (file) => {
    const { text: html, replaced } = textOf(file);
    const depth = tooDeep(html);
    if (depth !== null) throw new InputError({ code: 'too-deep', depth, limit: MAX_NESTING });
    const doc = docFromHtml(html);
    const readings = withTextFallback(file.url ? { ...doc, url: file.url } : doc);
    return replaced > 0 ? { ...readings, notes: [{ code: 'bad-bytes', count: replaced }] } : readings;
  },
};
