// INTEGRITY: words that have no place in a government report (gambling, betting, adult spam that
// hijacked pages inject, such as 即时比分 where 辽宁省人民政府 should stand), and a report served
// from a host that is not a government portal. The word list is short and specific on purpose: a
// false alarm here accuses a government of publishing spam.
import type { Finding } from '../model';
import { hostOf, isGovHost } from '../base/address';
import { defineRule } from './rule';

const SPAM = [
  '即时比分',
  '比分直播',
  '足球比分',
  '博彩',
  '赌场',
  '百家乐',
  '六合彩',
  '时时彩',
  '北京赛车',
  '真人娱乐',
  '娱乐城',
  '新葡京',
  '皇冠体育',
  '开元棋牌',
  '体育投注',
  '投注平台',
  '彩票平台',
  '网上赌',
  '色情',
  '约炮',
  '裸聊',
  '一夜情',
];
const CONTEXT = 12;

export const integrity = defineRule({
  id: 'INTEGRITY',
  title: {
    zh: '完整性：页面含有不属于政府报告的内容或来源',
    en: 'Integrity: content or origin foreign to a government report',
  },
  severity: 'warning',
  run: (report, rule) => {
    const out: Finding[] = [];
    // Each word searched for on its own: the engine's search for one string is quick (7 µs over a 3 KB text for
    // all 22 words, where one expression of them all took 15).
    for (const word of SPAM) {
      const at: number[] = [];
      for (let i = report.text.indexOf(word); i >= 0; i = report.text.indexOf(word, i + word.length)) at.push(i);
      if (at.length === 0) continue;
      const quote = (i: number) =>
        `…${report.text.slice(Math.max(0, i - CONTEXT), i + word.length + CONTEXT).replace(/\s+/g, ' ')}…`;
      const message = `页面含有与政府报告无关的文字「${word}」（${at.length}处），疑似被篡改或注入：${at.slice(0, 2).map(quote).join('；')}`;
      out.push(rule.finding(message, { scope: word, reported: at.length }));
    }
    const host = hostOf(report.url);
    if (host && !isGovHost(host)) {
      const message = `这份政府信息公开年报不是从政府网站（.gov.cn）取得的，而是来自 ${host}：请到发布机关的门户网站核对原文`;
      out.push(rule.finding(message, { scope: 'host' }));
    }
    return out;
  },
});
