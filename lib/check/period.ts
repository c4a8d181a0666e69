// PERIOD: the years a report names must agree: title year, 统计期限, the signature date (a report
// for year N is signed after N ends) and the publication date.
import type { Finding } from '../model';
import { periodYearOf, signedOf } from '../read/meta';
import { defineRule } from './rule';

export const period = defineRule({
  id: 'PERIOD',
  title: {
    zh: '年度：标题、统计期限、落款日期的年份不一致',
    en: 'Period: the years of title, period and signature disagree',
  },
  severity: 'warning',
  run: (report, rule) => {
    const warn = (message: string, scope: string, reported: number, computed: number) =>
      rule.finding(message, { scope, reported, computed });
    const year = report.meta.year;
    if (year === null) return [];
    const out: Finding[] = [];
    const stats = periodYearOf(report.text);
    if (stats !== null && stats !== year)
      out.push(warn(`标题为${year}年度报告，但统计期限写的是${stats}年`, 'statistics', stats, year));
    const signed = signedOf(report.text);
    if (signed && signed < `${year + 1}-01-01`) {
      out.push(
        warn(
          `${year}年度报告的落款日期为${signed}，早于${year}年结束；应为${year + 1}年`,
          'signed',
          Number(signed.slice(0, 4)),
          year + 1,
        ),
      );
    }
    const published = report.meta.published;
    if (published && published < `${year + 1}-01-01`) {
      out.push(
        warn(
          `${year}年度报告的发布日期为${published}，早于${year}年结束`,
          'published',
          Number(published.slice(0, 4)),
          year + 1,
        ),
      );
    }
    return out;
  },
});
