// Command line over the same functions as the extension:
//   npm run --silent cli -- check FILE... [--json]
import { readFileSync } from 'node:fs';
import { analyzeReadings, toJson } from './analyze';
import { readInput } from './inputs';
import type { Report, ReportJson } from './model';
import { summarize } from './render/summary';

const USAGE = `用法 Usage: npm run --silent cli -- check FILE... [--json]
  读取 HTML 或文本文件中的政府信息公开工作年度报告并核对。
  Reads annual reports from HTML or text files and checks them.
  --json  每个文件输出一个 JSON 对象（多个文件时为 JSON 数组）`;

/** Read one file into a report, through the input kind that recognises it. */
export function checkFile(path: string): Report<unknown> {
  return analyzeReadings(readInput({ name: path, bytes: readFileSync(path) }));
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  if (command !== 'check' || files.length === 0 || files.some((f) => f.startsWith('--'))) {
    err(USAGE + '\n');
    return 2;
  }
  const results: ReportJson[] = [];
  let failed = 0;
  for (const file of files) {
    let report: Report;
    try {
      report = checkFile(file);
    } catch (e) {
      failed++;
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : code === 'EACCES' ? '没有读取权限' : String((e as Error).message);
      err(`无法读取 ${file}：${why}\n`);
      continue;
    }
    if (json) results.push(toJson(report, file));
    else out(summarize(report, file) + '\n');
  }
  if (json && results.length > 0) out(JSON.stringify(files.length === 1 ? results[0] : results, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
