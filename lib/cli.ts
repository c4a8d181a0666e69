// Command line over the same functions as the extension:
//   npm run --silent cli -- check FILE... [--json] [--lang zh|en]
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeReadings, toJson } from './analyze';
import { readInput } from './inputs';
import { installEngines } from './inputs/engines';
import { nodeEngines } from './inputs/node-engines';
import { InputError } from './inputs/kind';
import { strings, type Strings } from './i18n';
import type { Problem, Report, ReportJson } from './model';
import { summarize } from './render/summary';

/** No report file comes near this; a larger one (or a device such as /dev/zero) is not read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

class Refused extends Error {
  constructor(readonly why: (s: Strings) => string) {
    super('refused');
  }
}

/** Read one file into a report, through the input kind that recognises it, with what the reader
 * noticed of the file itself (bytes it could not decode). */
export async function readFile(path: string): Promise<{ report: Report<unknown>; notes: Problem[] }> {
  installEngines(nodeEngines);
  const stat = statSync(path);
  if (stat.isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
  if (!stat.isFile()) throw new Refused((s) => s.cliNotAFile);
  if (stat.size > MAX_FILE_BYTES) throw new Refused((s) => s.cliTooLarge(stat.size, MAX_FILE_BYTES));
  const readings = await readInput({ name: path, bytes: readFileSync(path) });
  return { report: analyzeReadings(readings), notes: readings.notes ?? [] };
}

export const checkFile = async (path: string): Promise<Report<unknown>> => (await readFile(path)).report;

function whyNot(e: unknown, s: Strings): string {
  if (e instanceof Refused) return e.why(s);
  if (e instanceof InputError) return s.problem(e.problem);
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return s.cliNoFile;
  if (code === 'EISDIR') return s.cliIsDirectory;
  if (code === 'EACCES') return s.cliNoAccess;
  return String((e as Error).message);
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
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
  // With --json each result is written as soon as it is read (an array for several files), so that a
  // file that brings the process down does not take the results before it along.
  const many = files.length > 1;
  let written = 0;
  const write = (json: ReportJson) => {
    const text = JSON.stringify(json, null, 2);
    out(many ? `${written === 0 ? '[\n' : ',\n'}${text}` : `${text}\n`);
    written++;
  };
  let failed = 0;
  for (const file of files) {
    let report: Report;
    try {
      const read = await readFile(file);
      report = read.report;
      for (const note of read.notes) err(s.cliNote(file, s.problem(note)) + '\n');
    } catch (e) {
      failed++;
      err(s.cliCannotRead(file, whyNot(e, s)) + '\n');
      continue;
    }
    const json = toJson(report, file);
    if (values.json) write(json);
    else out(summarize({ ...report, places: json.places }, file, s) + '\n');
  }
  if (values.json && many && written > 0) out('\n]\n');
  return failed > 0 ? 1 : 0;
}

/** Run as a program (node, npm run cli, or npx nianbao-lens through a linked bin), not imported. */
function isMain(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = await main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
