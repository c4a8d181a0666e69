// The probe decides from the title and head first, then h1–h3, then *title* elements (by selector on a page
// of ordinary size, the first 200 walked on a long one): the same answers as a full read on every real page,
// and a long page is never scanned whole.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayBeReport } from '../../lib/page/probe';
import { fixture, REPORTS } from '../helpers';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
/** The page as the browser has it: its HTML's size in the navigation's timing, which picks how the *title*
 * elements are looked for (all by selector up to 200 kB, else the first 200 elements walked). */
const sized = (html: string, bytes = Buffer.byteLength(html)) => {
  const d = doc(html);
  const navigation = [{ decodedBodySize: bytes }];
  const performance = { getEntriesByType: (type: string) => (type === 'navigation' ? navigation : []) };
  Object.defineProperty(d, 'defaultView', { value: { performance } });
  return d;
};
const REPORT = '平潭综合实验区2024年度政府信息公开工作年度报告';

describe('the probe', () => {
  it.each(REPORTS)('%s: says yes, at its size and as a long page', (name) => {
    expect(pageMayBeReport(sized(fixture(`${name}.html`)))).toBe(true);
    expect(pageMayBeReport(doc(fixture(`${name}.html`)))).toBe(true);
  });

  it.each(['pingtan-gzl-work-report-2022.html', 'pingtan-report-list.html', 'pingtan-gaj-2017-notice.html'])(
    '%s, no annual report: says no, at its size and as a long page',
    (name) => {
      expect(pageMayBeReport(sized(fixture(name)))).toBe(false);
      expect(pageMayBeReport(doc(fixture(name)))).toBe(false);
    },
  );

  it.each([
    ['the title', `<html><head><title>${REPORT}_平潭</title></head><body></body></html>`],
    [
      'the head meta',
      `<html><head><title>平潭</title><meta name="ArticleTitle" content="${REPORT}"></head><body></body></html>`,
    ],
    ['a heading', `<html><head><title>平潭</title></head><body><h2>${REPORT}</h2></body></html>`],
    [
      'a title class',
      `<html><head><title>平潭</title></head><body><div class="article-title">${REPORT}</div></body></html>`,
    ],
    ['a title id', `<html><head><title>平潭</title></head><body><p id="docTitle">${REPORT}</p></body></html>`],
  ])('finds the report by %s', (_, html) => {
    expect(pageMayBeReport(doc(html))).toBe(true);
  });

  it('on a long page (or one of unknown size) scans the first 200 elements of the body, in document order', () => {
    // The body, a wrapper and its spans, then the title after the wrapper: element 200, then 201.
    const page = (spans: number) =>
      `<html><head><title>平潭</title></head><body><div>${'<span>新闻</span>'.repeat(spans)}</div>` +
      `<div class="title">${REPORT}</div></body></html>`;
    expect(pageMayBeReport(doc(page(197)))).toBe(true);
    expect(pageMayBeReport(doc(page(198)))).toBe(false);
    const first =
      `<html><head><title>平潭</title></head><body><div class="title">${REPORT}</div>` +
      `${'<p>x</p>'.repeat(600)}</body></html>`;
    expect(pageMayBeReport(doc(first))).toBe(true);
  });

  it('looks at every title class of a page under 200 kB, the first 200 elements of a longer one', () => {
    const page =
      `<html><head><title>平潭</title></head><body><div>${'<span>新闻</span>'.repeat(400)}</div>` +
      `<div class="title">${REPORT}</div></body></html>`;
    expect(pageMayBeReport(sized(page))).toBe(true);
    expect(pageMayBeReport(sized(page, 200_001))).toBe(false);
    // A size the browser does not give (0) is taken as a long page.
    expect(pageMayBeReport(sized(page, 0))).toBe(false);
    // Up to 30 short title texts by selector, in document order.
    const many =
      `<html><head><title>平潭</title></head><body>${'<p class="item-title">新闻</p>'.repeat(30)}` +
      `<div class="title">${REPORT}</div></body></html>`;
    expect(pageMayBeReport(sized(many))).toBe(false);
    expect(pageMayBeReport(sized(many.replace('<p class="item-title">新闻</p>', '')))).toBe(true);
  });

  it('touches no element of a page of ordinary size that is no report: the real report list', () => {
    /** The page with what the probe asks of the document written down: its selectors, and its head, body
     * and root element (each the first element a script world would touch). */
    const watched = (d: Document) => {
      const asked: string[] = [];
      const [all, one] = [d.querySelectorAll.bind(d), d.querySelector.bind(d)];
      Object.assign(d, {
        querySelectorAll: (q: string) => (asked.push(q), all(q)),
        querySelector: (q: string) => (asked.push(q), one(q)),
      });
      // The title as the browser gives it, without a script touching the head (linkedom reads it from there).
      const title = d.title;
      Object.defineProperty(d, 'title', { get: () => title });
      // Each read before any is watched (linkedom finds the body through the head).
      const elements = { head: d.head, body: d.body, documentElement: d.documentElement };
      for (const [name, element] of Object.entries(elements))
        Object.defineProperty(d, name, { get: () => (asked.push(name), element) });
      return asked;
    };
    const small = sized(fixture('pingtan-report-list.html'));
    const asked = watched(small);
    expect(pageMayBeReport(small)).toBe(false);
    expect(asked).toEqual(['meta[name="ArticleTitle"]', 'h1', 'h2', 'h3', '[class*="title" i], [id*="title" i]']);
    // As a long page: the meta in the head, then the first elements of the body walked.
    const long = doc(fixture('pingtan-report-list.html'));
    const walked = watched(long);
    expect(pageMayBeReport(long)).toBe(false);
    expect(walked).toEqual(['head', 'h1', 'h2', 'h3', 'body']);
  });

  it('does not take a long container whose class mentions title for a heading', () => {
    const long = `<div class="title-area">${REPORT}${'。'.repeat(100)}</div>`;
    expect(pageMayBeReport(doc(`<html><head><title>平潭</title></head><body>${long}</body></html>`))).toBe(false);
  });
});
