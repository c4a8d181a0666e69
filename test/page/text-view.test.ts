// An RTF report shown in the viewer as its text: lines of cells become table rows, other lines paragraphs,
// and every cell the reader found (a span of the text) becomes the element that shows its words. The real
// RTF made from pingtan-2024 (test/fixtures/attachments/README.md); words set as text, never as markup.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeReadings } from '../../lib/analyze';
import { readInput } from '../../lib/inputs';
import { isElement } from '../../lib/page/element';
import { showText, textCells } from '../../lib/page/text-view';

const rtf = readFileSync(fileURLToPath(new URL('../fixtures/attachments/pingtan-2024.rtf.doc', import.meta.url)));
const article = () => parseHTML('<html><body><article></article></body></html>').document.querySelector('article')!;

describe('a report read as text, shown as elements', () => {
  it("puts every cell of pingtan-2024's RTF on the element that shows its figure", async () => {
    const readings = await readInput({ name: 'pingtan-2024.rtf.doc', bytes: rtf });
    const report = analyzeReadings(readings);
    const into = article() as unknown as HTMLElement;
    const shown = textCells(report, showText(readings.doc.text, into));
    const cells = [...shown.cells.values()];
    expect(cells.length).toBe(report.cells.size);
    expect(cells.every((c) => isElement(c.node))).toBe(true);
    // Each element shows the words the reader read there.
    expect(cells.every((c) => (c.node as Element).textContent === c.text)).toBe(true);
    const total = shown.cells.get('t3.new.total')!.node as Element;
    expect([total.localName, total.textContent, total.parentElement!.firstElementChild!.textContent]).toEqual([
      'td',
      '218',
      '一、本年新收政府信息公开申请数量',
    ]);
    expect(into.querySelectorAll('table').length).toBe(3);
    expect(into.querySelector('p')!.textContent).toMatch(/^本报告根据《中华人民共和国政府信息公开条例》/);
  });

  it('sets the words as text: markup in a file stays words', () => {
    const into = article() as unknown as HTMLElement;
    const at = showText('<img src=x onerror="alert(1)"> | 5 | \n<b>x</b>', into);
    expect(into.querySelector('img, b')).toBeNull();
    expect([...at.values()].map((e) => e.textContent)).toEqual(['<img src=x onerror="alert(1)">', '5', '<b>x</b>']);
  });
});
