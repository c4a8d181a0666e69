// STRUCTURE in the words: subsection numbers printed blank (（）) or skipped (（三） after （一）).
// Numbering restarts at （一） under each section.
import type { Finding } from '../model';
import { finding, type Rule } from './rule';

const CN = '一二三四五六七八九十';
const MARK = /^\s*[(（]\s*([一二三四五六七八九十]{0,3})\s*[)）]/;

function numberOf(s: string): number {
  if (s.length === 1) return CN.indexOf(s) + 1;
  if (s.startsWith('十')) return 10 + (s.length > 1 ? CN.indexOf(s[1]) + 1 : 0);
  if (s.endsWith('十')) return (CN.indexOf(s[0]) + 1) * 10;
  return (CN.indexOf(s[0]) + 1) * 10 + CN.indexOf(s[2]) + 1;
}

export const sections: Rule = {
  id: 'STRUCTURE',
  run: (report) => {
    const out: Finding[] = [];
    let prev = 0;
    for (const line of report.text.split('\n')) {
      const m = MARK.exec(line);
      if (!m) continue;
      const quote = line.trim().slice(0, 24);
      if (m[1] === '') {
        out.push(finding('STRUCTURE', 'warning', `小节编号为空：「${quote}…」，按顺序应为（${CN[prev] ?? prev + 1}）`, { scope: 'sections', computed: prev + 1 }));
        prev++;
        continue;
      }
      const n = numberOf(m[1]);
      if (n !== 1 && n !== prev + 1 && n > prev) {
        const message = `小节编号跳号：「${quote}…」前一节为（${CN[prev - 1] ?? prev}），缺少（${CN[prev] ?? prev + 1}）`;
        out.push(finding('STRUCTURE', 'warning', message, { scope: 'sections', reported: n, computed: prev + 1 }));
      }
      prev = n;
    }
    return out;
  },
};
