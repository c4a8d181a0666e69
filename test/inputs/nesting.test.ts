// The nesting guard: a page nested past MAX_NESTING is refused before parsing; a real page, and a long
// shallow one, are not, most of them told so by their count of tags alone.
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingDepth, tooDeep } from '../../lib/inputs/nesting';
import { fixture } from '../helpers';

const divs = (n: number) => `<html><body>${'<div>'.repeat(n)}平潭${'</div>'.repeat(n)}</body></html>`;

describe('the nesting guard', () => {
  it.each(['pingtan-2021.html', 'shuyang-fgj-2023.html'])('lets %s through, as deep as it is', (name) => {
    expect(tooDeep(fixture(name))).toBeNull();
    // What the scan would have said: table cells and paragraphs do not count.
    expect(nestingDepth(fixture(name))).toBe(name === 'pingtan-2021.html' ? 20 : 10);
  });

  it('refuses markup one level deeper than the limit, with its depth', () => {
    expect(tooDeep(divs(MAX_NESTING))).toBeNull();
    expect(tooDeep(divs(MAX_NESTING + 1))).toBe(MAX_NESTING + 1);
  });

  it('lets a long page of many tags but little depth through', () => {
    const rows = '<tr><td>1</td><td>2</td></tr>'.repeat(MAX_NESTING);
    expect(tooDeep(`<html><body><table>${rows}</table></body></html>`)).toBeNull();
  });
});
