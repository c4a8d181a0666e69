// The input registry: each kind recognised by name, MIME type or first bytes, and every caller
// (command line, collector, re-check) reading a real report the same way through it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReadings, toJson } from '../../lib/analyze';
import { INPUT_KINDS, kindOf, readInput } from '../../lib/inputs';
import { checkFile } from '../../lib/cli';
import { fixture, fixturePath, seedText } from '../helpers';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('the input registry', () => {
  it('lists the documents by their first bytes, then html, then the plain-text catch-all', async () => {
    expect(INPUT_KINDS.map((k) => k.id)).toEqual([
      'pdf',
      'docx',
      'doc',
      'unread',
      'mht',
      'rtf',
      'wordml',
      'html',
      'text',
    ]);
  });

  it.each([
    ['by extension', { name: 'report.html', bytes: bytes('plain words') }, 'html'],
    ['by a .shtml address', { name: 'https://www.pingtan.gov.cn/a/b.shtml', bytes: bytes('x') }, 'html'],
    ['by MIME type', { mime: 'text/html; charset=gbk', bytes: bytes('x') }, 'html'],
    ['by first bytes after a BOM', { name: 'saved', bytes: bytes('\uFEFF  <!DOCTYPE html><html></html>') }, 'html'],
    ['by first characters of text', { name: 'notes', text: '<table><tr><td>1</td></tr></table>' }, 'html'],
    ['a seed report', { name: '002.txt', bytes: bytes(seedText('002_e67d0018f5985882')) }, 'text'],
    ['words before any markup', { name: 'README', bytes: bytes('年报 <b>not markup first</b>') }, 'text'],
  ])('%s: %s', (_, file, id) => {
    expect(kindOf(file).id).toBe(id);
  });

  it('reads a real page the same from bytes, from text and from its file (pingtan-2025: t3 total 154)', async () => {
    const path = fixturePath('pingtan-2025.html');
    const fromBytes = toJson(analyzeReadings(await readInput({ name: path, bytes: readFileSync(path) })), 'x');
    const fromText = toJson(
      analyzeReadings(await readInput({ mime: 'text/html', text: fixture('pingtan-2025.html') })),
      'x',
    );
    expect(fromBytes.t3?.new.total).toBe(154);
    expect(fromText).toEqual(fromBytes);
    expect(toJson(await checkFile(path), 'x')).toEqual(fromBytes);
  });

  it('falls back to the visible text when a page has no report <table> (seed 002 as paragraphs)', async () => {
    const paragraphs = seedText('002_e67d0018f5985882')
      .split('\n')
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('');
    const readings = await readInput({
      name: 'anshan.html',
      text: `<html><head><title>鞍山市政府2019年度政府信息公开工作报告</title></head><body>${paragraphs}</body></html>`,
    });
    expect(readings.doc.tables).toEqual([]);
    const report = analyzeReadings(readings);
    expect(report.t3?.new.total).toBe(148);
  });

  it('stamps the address it was read from, for the check of its origin', async () => {
    const readings = await readInput({
      mime: 'text/html',
      text: fixture('pingtan-2021.html'),
      url: 'https://mirror.example.com/r.html',
    });
    expect(readings.doc.url).toBe('https://mirror.example.com/r.html');
    expect(analyzeReadings(readings).findings.map((f) => f.rule)).toContain('INTEGRITY');
  });
});
