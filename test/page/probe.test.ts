// The probe decides from the title and head first, then h1–h3, then a bounded scan for *title*
// classes: the same answers as a full read on every real page, and a long page is never scanned whole.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayBeReport } from '../../lib/page/probe';
import { fixture, REPORTS } from '../helpers';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const REPORT = '平潭综合实验区2024年度政府信息公开工作年度报告';

describe('the probe', () => {
  it.each(REPORTS)('%s: says yes', (name) => {
    expect(pageMayBeReport(doc(fixture(`${name}.html`)))).toBe(true);
  });

  it('says no on the real pages that are no annual report', () => {
    expect(pageMayBeReport(doc(fixture('pingtan-gzl-work-report-2022.html')))).toBe(false);
  });

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

  it('scans only the first 200 elements of the body, in document order, for a title class', () => {
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

  it('does not take a long container whose class mentions title for a heading', () => {
    const long = `<div class="title-area">${REPORT}${'。'.repeat(100)}</div>`;
    expect(pageMayBeReport(doc(`<html><head><title>平潭</title></head><body>${long}</body></html>`))).toBe(false);
  });
});
