// Command line over the same functions as the extension:
//   npm run --silent cli -- check FILE... [--json] [--lang zh|en]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeReadings, toJson } from './analyze';
import { readInput } from './inputs';
import { strings, type Strings } from './i18n';
import type { Report, ReportJson } from './model';
import { summarize } from './render/summary';

/** Read one file into a report, through the input kind that recognises it. */
export function checkFile(path: string): Report<unknown> {
  return analyzeReadings(readInput({ name: path, bytes: readFileSync(path) }));
}

function whyNot(e: unknown, s: Strings): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return s.cliNoFile;
  if (code === 'EISDIR') return s.cliIsDirectory;
  if (code === 'EACCES') return s.cliNoAccess;
  return String((e as Error).message);
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, lang: { type: 'string', default: 'zh' } },
    });
  } catch {
    err(strings('zh').cliUsage + '\n');
    return 2;
  }
  const { values, positionals } = parsed;
  const s = strings(values.lang === 'en' ? 'en' : 'zh');
  const [command, ...files] = positionals;
  if (command !== 'check' || files.length === 0 || (values.lang !== 'zh' && values.lang !== 'en')) {
    err(s.cliUsage + '\n');
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
      err(s.cliCannotRead(file, whyNot(e, s)) + '\n');
      continue;
    }
    if (values.json) results.push(toJson(report, file));
    else out(summarize(report, file, s) + '\n');
  }
  if (values.json && results.length > 0) {
    out(JSON.stringify(files.length === 1 ? results[0] : results, null, 2) + '\n');
  }
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
