// Command line over the same functions as the extension:
//   npm run --silent cli -- check FILE|DIR... [--recursive] [--jobs N] [--out FILE.csv|.xlsx|.jsonl] [--json]
//   [--lang zh|en]
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
import { expandPaths } from './cli/walk';
import { asSaved, openSink, outKind } from './cli/outputs';
import { runPool, serveIfWorker, type FileResult } from './cli/pool';
import { availableParallelism } from 'node:os';
import { workerData } from 'node:worker_threads';
import { ownText } from './check/reuse';

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

/** One file read, in the language asked: its report as JSON and as the summary, or why not. */
async function readOne(path: string, s: Strings, words = false): Promise<FileResult> {
  try {
    const { report, notes } = await readFile(path);
    const json = toJson(report, path);
    const summary = summarize({ ...report, places: json.places }, path, s);
    const own = words && report.kind === 'report' ? { own: ownText(report.text) } : {};
    return { json, summary, notes: notes.map((n) => s.cliNote(path, s.problem(n))), ...own };
  } catch (e) {
    return { notes: [], error: s.cliCannotRead(path, whyNot(e, s)) };
  }
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        lang: { type: 'string', default: 'zh' },
        recursive: { type: 'boolean', short: 'r' },
        jobs: { type: 'string', short: 'j' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch {
    err(strings('zh').cliUsage + '\n');
    return 2;
  }
  const { values, positionals } = parsed;
  const s = strings(values.lang === 'en' ? 'en' : 'zh');
  if (values.help) {
    out(s.cliUsage + '\n');
    return 0;
  }
  const [command, ...paths] = positionals;
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  const kind = values.out ? outKind(values.out) : null;
  if (
    command !== 'check' ||
    paths.length === 0 ||
    (values.lang !== 'zh' && values.lang !== 'en') ||
    !Number.isSafeInteger(jobs) ||
    jobs < 1 ||
    (values.out !== undefined && kind === null)
  ) {
    err(s.cliUsage + '\n');
    return 2;
  }
  const files = expandPaths(paths, values.recursive ?? false);
  // With --json each result is written as soon as it is read (an array for several files), so that a
  // file that brings the process down does not take the results before it along.
  const many = files.length > 1;
  let written = 0;
  const write = (json: ReportJson) => {
    const text = JSON.stringify(json, null, 2);
    out(many ? `${written === 0 ? '[\n' : ',\n'}${text}` : `${text}\n`);
    written++;
  };
  const sink = values.out && kind ? openSink(values.out, kind) : null;
  // The workbook lists REUSE, which needs each report's own sentences.
  const words = kind === 'xlsx';
  const now = Date.now();
  // A progress line for a person watching a long run; nothing in a log.
  const progress = many && process.stderr.isTTY ? (n: number) => err(`\r${s.cliProgress(n, files.length)}`) : null;
  let failed = 0;
  let read = 0;
  const done = async (index: number, r: FileResult) => {
    if (progress) err('\r\x1b[K');
    for (const note of r.notes) err(note + '\n');
    if (r.error || !r.json) {
      failed++;
      err((r.error ?? '') + '\n');
    } else if (sink) {
      if (r.json.kind === 'report') await sink.add(asSaved(r.json, files[index], ++read, now), r.own);
    } else if (values.json) write(r.json);
    else out(r.summary + '\n');
    progress?.(index + 1);
  };
  // Workers run the bundled program (dist/cli.mjs); run from its sources (tsx, the tests' own process)
  // the files are read in this thread.
  if (jobs > 1 && files.length > 1 && import.meta.url.endsWith('.mjs')) {
    await runPool(files, jobs, new URL(import.meta.url), { lang: values.lang, words }, done);
  } else {
    for (const [i, file] of files.entries()) await done(i, await readOne(file, s, words));
  }
  if (progress) err('\r\x1b[K');
  if (values.json && many && written > 0) out('\n]\n');
  if (sink) {
    await sink.close();
    err(s.cliWrote(values.out!, read, files.length - failed - read, failed) + '\n');
  }
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

// A worker of runPool reads files; the program itself runs main.
const { lang, words } = (workerData as { lang?: string; words?: boolean } | null) ?? {};
if (serveIfWorker((path) => readOne(path, strings(lang === 'en' ? 'en' : 'zh'), words))) {
  // Reading for the main thread.
} else if (isMain()) {
  process.exitCode = await main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
