// Version 3 stored a collection failure as one finished bilingual sentence ("服务器返回 HTTP 404 ·
// the server answered HTTP 404"). Version 4 stores the problem's code and parameters, worded where
// it is shown; this reads the old sentences back into codes (the schema v4 migration).
import type { Problem } from '../model';

const PATTERNS: [RegExp, (m: RegExpExecArray) => Problem][] = [
  [/^不在同一网站，未抓取 · not on (.+)$/, (m) => ({ code: 'off-site', origin: m[1] })],
  [/^无法连接 · network error: (.*)$/s, (m) => ({ code: 'network', detail: m[1] })],
  [/^服务器返回 HTTP (\d+)/, (m) => ({ code: 'http', status: Number(m[1]) })],
  [/^跳转到其他网站，未读取 · redirected to (.+)$/, (m) => ({ code: 'redirected', origin: m[1] })],
  [/^此页面未识别为年度报告/, () => ({ code: 'not-report' })],
  [/^读取失败 · could not read: (.*)$/s, (m) => ({ code: 'read-failed', detail: m[1] })],
  [/^存储空间已满/, () => ({ code: 'storage-full' })],
  [/^未能保存：(.*)$/s, (m) => ({ code: 'storage', detail: m[1] })],
];

export function problemFromLegacy(message: string): Problem {
  for (const [re, to] of PATTERNS) {
    const m = re.exec(message);
    if (m) return to(m);
  }
  return { code: 'legacy', text: message };
}
