// The rule registry, walked: every rule has its titles in both languages, a line in the README's
// rule table, and fires on a real page (a fixture or seed, or one with a number changed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAIR_RULES, RULES, TEXT_PAIR_RULES, ruleTitle } from '../../lib/check';
import { reuse } from '../../lib/check/reuse';
import { contextOf } from '../../lib/check/rule';
import { crossYear } from '../../lib/library/cross-year';
import { toJson } from '../../lib/analyze';
import type { Finding } from '../../lib/model';
import { analyzeFixture, analyzeHtml, analyzeSeed, COPY_2026, fixture, withCell } from '../helpers';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const seed = (name: string) => analyzeSeed(name).findings;
const page = (name: string, id: string, text: string) => analyzeHtml(withCell(fixture(name), id, text)).findings;
const json = (name: string) => toJson(analyzeFixture(name), name);

/** For each rule, a real page on which it fires. A rule added without one fails here. */
const FIRES: Record<string, () => Finding[]> = {
  'T3-BALANCE': () => page('pingtan-2021.html', 't3.carried_forward.natural', '2'),
  'T3-RESULTS': () => page('pingtan-2019.html', 't3.granted.natural', '8'),
  'T3-ROW': () => page('pingtan-2024.html', 't3.new.total', '219'),
  'T4-SUM': () => page('pingtan-2024.html', 't4.suit_after_review.total', '18'),
  VALUE: () => page('pingtan-2021.html', 't3.granted.natural', '若干'),
  BLANK: () => analyzeFixture('shuyang-fgj-2023.html').findings,
  'T2-PUBLISHED': () => seed('004_d92904f95ce501ba'),
  STRUCTURE: () => seed('001_c2cef3dbede2db47'),
  INTEGRITY: () => seed('002_e67d0018f5985882'),
  'TEXT-SUM': () => seed('000_179aec6b059d2134'),
  'TEXT-TABLE': () => seed('002_e67d0018f5985882'),
  PERIOD: () => seed('003_7302e5d13d14c9bc'),
  DEADLINE: () => analyzeFixture('pingtan-czj-2009.html').findings,
  'CROSS-YEAR': () => crossYear({ prev: json('pingtan-2024.html'), next: json('pingtan-2025.html') }).next,
  REUSE: () => {
    const year = (html: string) => {
      const { text, meta } = analyzeHtml(html);
      return { text, year: meta.year! };
    };
    return reuse.run({ prev: year(fixture('pingtan-2025.html')), next: year(COPY_2026()) }, contextOf(reuse));
  },
};

describe('the rule registry', () => {
  const all = [...RULES, ...PAIR_RULES, ...TEXT_PAIR_RULES];

  it('declares each id once', () => {
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(Object.keys(FIRES).sort()).toEqual(all.map((r) => r.id).sort());
  });

  it.each(all.map((r) => [r.id, r] as const))('%s: both titles, a README line, fires on a real page', (id, rule) => {
    expect(rule.title.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.title.en).toMatch(/^[A-Z][\x20-\x7e]+$/);
    expect(ruleTitle(id, true)).toBe(rule.title.zh);
    expect(ruleTitle(id, false)).toBe(rule.title.en);
    expect(README).toContain(`| \`${id}\` | ${rule.severity} | ${rule.title.zh} | ${rule.title.en} |`);
    const fired = FIRES[id]().filter((f) => f.rule === id);
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.some((f) => f.severity === rule.severity)).toBe(true);
  });

  it('names an unknown rule by its id', () => {
    expect(ruleTitle('NO-SUCH-RULE', true)).toBe('NO-SUCH-RULE');
  });
});
