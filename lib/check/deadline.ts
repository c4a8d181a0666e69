// DEADLINE: published after the legal deadline for the kind of body and the year.
// 2008 Regulations (国务院令第492号): by 31 March of the following year. 2019 Regulations
// (国务院令第711号, art. 49, in force 2019-05-15): departments by 31 January, the disclosure
// authority of a local government by 31 March. A body whose kind the name does not tell is not judged.
import { defineRule } from './rule';

const DEPARTMENT = /(?:局|委员会|委|办公室|办|中心|厅|署|院|所|队|站|管理处)$/;
const GOVERNMENT = /(?:人民政府|政府|市|县|区|旗|自治州|州|盟|镇|乡|街道|实验区|新区|开发区)$/;

/** Days from the due date to the publication date (negative: early). */
export const daysLate = (published: string, due: string): number =>
  Math.round((Date.parse(published) - Date.parse(due)) / 86_400_000);

export function deadlineFor(year: number, body: string, published: string): { date: string; rule: string } | null {
  const next = year + 1;
  if (next < 2019 || published < '2019-05-15') {
    return { date: `${next}-03-31`, rule: '《政府信息公开条例》（2008年，国务院令第492号）：次年3月31日前公布' };
  }
  if (DEPARTMENT.test(body))
    return {
      date: `${next}-01-31`,
      rule: '《政府信息公开条例》（2019年修订）第四十九条：县级以上人民政府部门于每年1月31日前公布',
    };
  if (GOVERNMENT.test(body))
    return {
      date: `${next}-03-31`,
      rule: '《政府信息公开条例》（2019年修订）第四十九条：地方人民政府的年度报告于每年3月31日前公布',
    };
  return null;
}

export const deadline = defineRule({
  id: 'DEADLINE',
  title: {
    zh: '发布期限：晚于法定期限发布',
    en: 'Deadline: published after the legal deadline',
  },
  severity: 'warning',
  run: (report, rule) => {
    const { year, body, published } = report.meta;
    if (year === null || !body || !published) return [];
    const due = deadlineFor(year, body, published);
    if (!due || published <= due.date) return [];
    const late = daysLate(published, due.date);
    const message = `${year}年度报告发布于${published}，晚于法定期限${due.date}（${late}天）。依据：${due.rule}`;
    return [rule.finding(message, { scope: due.date, reported: late, computed: 0 })];
  },
});
