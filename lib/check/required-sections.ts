// STRUCTURE: the six sections the 2019 and 2021 formats require, each a heading line "一、…"
// with its words (wording varies: 存在的主要问题及整改措施, 因政府信息公开工作被申请行政复议…).
import { finding, type Rule } from './rule';

const REQUIRED: [string, RegExp][] = [
  ['一、总体情况', /总体情况|总体公开情况|概述/],
  ['二、主动公开政府信息情况', /主动公开/],
  ['三、收到和处理政府信息公开申请情况', /收到和处理|依申请|申请情况/],
  ['四、政府信息公开行政复议、行政诉讼情况', /复议|诉讼/],
  ['五、存在的主要问题及改进情况', /问题/],
  ['六、其他需要报告的事项', /其他|其它/],
];
const HEADING = /^\s*([一二三四五六])\s*[、.．]\s*(.{0,40})/;

export const requiredSections: Rule = {
  id: 'STRUCTURE',
  run: (report) => {
    if (report.format !== '2019' && report.format !== '2021') return [];
    const headings = report.text.split('\n').map((line) => HEADING.exec(line)).filter((m) => m !== null);
    const missing = REQUIRED.filter(([, words], i) => !headings.some((m) => m[1] === '一二三四五六'[i] && words.test(m[2])));
    if (missing.length === 0) return [];
    return [finding('STRUCTURE', 'warning', `缺少格式要求的章节：${missing.map(([name]) => name).join('、')}`, { scope: 'sections' })];
  },
};
