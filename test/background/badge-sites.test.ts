// The badge and the per-site switch, as pure decisions.
import { describe, expect, it } from 'vitest';
import { badgeFor, fileBadge, listBadge } from '../../lib/background/badge';
import { alwaysOn, patternOf } from '../../lib/background/sites';
import { siteOf } from '../../lib/base/address';
import { analyzeFixture, analyzeHtml, analyzeSeed, fixture, withCell } from '../helpers';

const errors = (findings: { severity: string }[]) => findings.filter((f) => f.severity === 'error').length;

describe('badge', () => {
  it('shows the error count on red: seed 002 has 2 (T3-BALANCE commercial and other_org)', () => {
    expect(badgeFor(errors(analyzeSeed('002_e67d0018f5985882').findings))).toEqual({ text: '2', color: '#d93025' });
  });
  it('shows a neutral mark on a report read with warnings but no errors (shuyang-fgj-2023)', () => {
    const findings = analyzeFixture('shuyang-fgj-2023.html').findings;
    expect(findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(badgeFor(errors(findings))).toEqual({ text: '✓', color: '#5f6368' });
  });
  it('counts one error for one changed total (pingtan-2024)', () => {
    const html = withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', '18');
    expect(badgeFor(errors(analyzeHtml(html).findings)).text).toBe('1');
  });
  it('caps what does not fit', () => expect(badgeFor(1234).text).toBe('999+'));
  it('marks a page whose report is a file, and a list of reports with their count', () => {
    expect(fileBadge()).toEqual({ text: '附', color: '#1a73e8' });
    expect(listBadge(10)).toEqual({ text: '▤10', color: '#137333' });
    expect(listBadge(300).text).toBe('▤99+');
  });
});

describe('sites', () => {
  it('knows a web site by its origin, and nothing else', () => {
    expect(siteOf('https://www.example.org/a/b.html?x#y')).toBe('https://www.example.org');
    expect(siteOf('http://127.0.0.1:8080/r.html')).toBe('http://127.0.0.1:8080');
    expect(siteOf('chrome://extensions/')).toBeNull();
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
  it('treats every *.gov.cn host as always on, and only those', () => {
    expect(alwaysOn('https://www.pingtan.gov.cn/zwgk/x.htm')).toBe(true);
    expect(alwaysOn('http://gov.cn/')).toBe(true);
    expect(alwaysOn('https://www.pingtan.gov.cn.example.com/')).toBe(false);
    expect(alwaysOn('https://notgov.cn/')).toBe(false);
  });
  it('asks for exactly one site', () => expect(patternOf('https://www.example.org')).toBe('https://www.example.org/*'));
});
