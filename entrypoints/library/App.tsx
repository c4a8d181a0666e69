// The library page: wiring only. It reads the library (Dexie, the extension's IndexedDB); every
// write (delete, undo, import, re-check) is a request to the background, the one writer
// (lib/library/client.ts). The views are components/library/.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReportDetail } from '@/components/library/ReportDetail';
import { progress } from '@/components/library/Progress';
import { ReportList, type ExportKind, type Sort } from '@/components/library/ReportList';
import { Scorecard } from '@/components/library/Scorecard';
import { Compare } from '@/components/library/Compare';
import { compareCsv, compareSheet } from '@/lib/export/compare';
import { pngOf, svgText } from '@/components/library/chart-image';
import { scorecardCsv } from '@/lib/export/scorecard';
import { scorecards } from '@/lib/view/scorecard';
import { closestPeer, reuseOf, reuseShares } from '@/lib/check/reuse';
import { rollupOf } from '@/lib/view/rollup';
import { isZh, strings } from '@/lib/i18n';
import { sheetHtml } from '@/components/review/sheet-html';
import { evidencePack } from '@/lib/export/evidence';
import {
  annotateReport,
  deleteReport,
  exportFile,
  importBackupText,
  keepTexts,
  recheckAll,
  restoreReport,
  revisitAll,
  scorecardXlsxBlob,
  warmExports,
} from '@/lib/library/client';
import type { Across } from '@/lib/library/export-file';
import { xlsxBlob } from '@/lib/export/xlsx-write';
import { mergeFindings, textPairFindings, textsNeeded } from '@/lib/library/reuse';
import { previousYears, type YearPair } from '@/lib/base/years';
import { SavedTexts } from '@/lib/library/texts';
import { mapInParts } from '@/lib/base/pause';
import { crossYearFindingsInParts } from '@/lib/library/cross-year';
import { bodySeries, facets, filterReports, NO_FILTERS, sortReports, type Filters } from '@/lib/library/query';
import type {
  Annotations,
  Deleted,
  FigureKey,
  Finding,
  LocalDeadline,
  Problem,
  RateKey,
  Revisited,
  SavedReport,
} from '@/lib/model';
import { readOptions } from '@/lib/library/settings';
import type { LibraryDb } from '@/lib/store/db';
import { storageProblem } from '@/lib/store/save';
import { versionsOf } from '@/lib/store/versions';
import { listReports } from '@/lib/store/list';
import { download, stamp } from '@/components/download';

type Note = { text: string; tone: 'ok' | 'fail'; lines?: string[] };

/** Reports paired with their year before whose REUSE is worked out between two pauses (a few ms each). */
const PAIRS_PART = 500;
/** Other bodies' reports of a year that a report is compared with for REUSE, at most. */
const PEERS = 200;

export function App({ db, lang }: { db: LibraryDb; lang: string }) {
  const s = strings(lang);
  const [reports, setReports] = useState<SavedReport[] | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'savedAt', desc: true });
  // library.html?id=N (the popup's 在报告库中查看) opens that report's detail.
  const [selected, setSelected] = useState<number | null>(() => {
    const id = Number(new URLSearchParams(location.search).get('id'));
    return Number.isSafeInteger(id) && id > 0 ? id : null;
  });
  const [note, setNote] = useState<Note | null>(null);
  // The scorecard shown: of the reports listed, or of those a list page's collection saved (their ids);
  // library.html?view=scorecard&source=… (the popup's link after a collection) opens on the latter.
  const [scoring, setScoring] = useState<'listed' | number[] | null>(() => {
    const params = new URLSearchParams(location.search);
    return params.get('view') !== 'scorecard' ? null : params.get('source') ? [] : 'listed';
  });
  useEffect(() => {
    const source = new URLSearchParams(location.search).get('source');
    if (scoring === null || !source) return;
    void db.jobs
      .where('source')
      .equals(source)
      .last()
      .then((job) => setScoring(job?.items.flatMap((i) => (i.reportId ? [i.reportId] : [])) ?? []));
  }, [db]);
  const [undo, setUndo] = useState<Deleted | null>(null);
  /** The saved pages' words as REUSE reads them, each page read once. */
  const savedTexts = useMemo(() => new SavedTexts(db, (t) => keepTexts(t).catch(() => undefined)), [db]);
  /** The long task under way (a re-check, an export), which 取消 stops. */
  const [task, setTask] = useState<AbortController | null>(null);
  const begin = () => {
    const controller = new AbortController();
    setTask(controller);
    return controller.signal;
  };

  const failed = (problem: Problem) => setNote({ text: s.problem(problem), tone: 'fail' });
  const fail = (e: unknown) => failed(storageProblem(e));
  const [broken, setBroken] = useState(0);
  // Only records that are whole are listed: one broken record must not blank the library.
  const load = () =>
    listReports(db).then(({ whole, broken }) => {
      setBroken(broken);
      setReports(whole);
      // A library with reports may be exported: its workers are loaded while the page is idle.
      if (whole.length) warmExports();
    }, fail);
  useEffect(() => void load(), [db]);

  const all = reports ?? [];
  // CROSS-YEAR across the library, worked out in parts once the list is drawn (its counts follow).
  const [counted, setCounted] = useState<Map<number, Finding[]> | null>(null);
  useEffect(() => {
    setCounted(null);
    const stop = new AbortController();
    void crossYearFindingsInParts(all, stop.signal).then((found) => found && !stop.signal.aborted && setCounted(found));
    return () => stop.abort();
  }, [reports]);
  const cross = counted ?? new Map<number, Finding[]>();
  const shown = useMemo(() => sortReports(filterReports(all, filters), sort.key, sort.desc), [reports, filters, sort]);
  const facetsOf = useMemo(() => facets(all), [reports]);

  const remove = async (r: SavedReport) => {
    try {
      setUndo(await deleteReport(r.id!));
      setSelected(null);
    } catch (e) {
      fail(e);
    }
    await load();
  };
  const restore = async () => {
    if (!undo) return;
    try {
      const outcome = await restoreReport(undo);
      if (outcome.status === 'failed') failed(outcome.problem);
      setUndo(null);
    } catch (e) {
      fail(e);
    }
    await load();
  };
  /** A long task over the reports (re-check, revisit): its progress, 取消, its result or failure
   * in the note bar, and the list read again. */
  const run = async (work: (stop: AbortSignal) => Promise<{ text: string; lines: string[] }>) => {
    const stop = begin();
    try {
      const { text, lines } = await work(stop);
      setNote({ text: stop.aborted ? `${s.cancelled} ${text}` : text, tone: 'ok', lines });
    } catch (e) {
      fail(e);
    }
    progress.set('');
    setTask(null);
    await load();
  };
  const recheck = () =>
    run(async (stop) => {
      const ids = all.map((r) => r.id!);
      const results = await recheckAll(ids, (done) => progress.set(s.rechecking(done, ids.length)), stop);
      const changed = results.filter((r) => r.changed);
      const lines = changed.map((r) =>
        s.recheckChange({
          body: r.body ?? s.unknownBody,
          year: r.year ?? '',
          e0: r.before.errors,
          e1: r.after.errors,
          w0: r.before.warnings,
          w1: r.after.warnings,
        }),
      );
      return { text: s.rechecked(results.length, changed.length), lines };
    });
  const revisit = () =>
    run(async (stop) => {
      const ids = shown.map((r) => r.id!);
      const name = (id: number) => {
        const r = all.find((x) => x.id === id);
        return `${r?.body ?? s.unknownBody} ${r?.year ?? ''}`.trim();
      };
      const results = await revisitAll(ids, (done) => progress.set(s.revisiting(done, ids.length)), stop);
      const lines = results.flatMap((r) =>
        r.status === 'changed'
          ? [s.revisitChanged(name(r.id), r.version)]
          : r.status === 'failed'
            ? [s.revisitFailed(name(r.id), s.problem(r.problem))]
            : [],
      );
      const count = (status: Revisited['status']) => results.filter((r) => r.status === status).length;
      return { text: s.revisited(results.length, count('changed'), count('failed')), lines };
    });
  /** The texts REUSE needs for these pairs (each report's and its year before's), read with progress. */
  const textsFor = (pairs: YearPair<SavedReport>[], stop?: AbortSignal) =>
    savedTexts.read(textsNeeded(pairs), (done, total) => progress.set(s.readingTexts(done, total)), stop);
  const exportAs = async (kind: ExportKind) => {
    const name =
      kind === 'findings'
        ? `nianbao-lens-findings-${stamp()}.csv`
        : `nianbao-lens-${kind === 'json' ? 'backup-' : ''}${stamp()}.${kind}`;
    const told = (done: number) => progress.set(s.exporting(done, shown.length));
    const stop = begin();
    try {
      // The findings exports list REUSE beside CROSS-YEAR (the saved pages' text read first), and the
      // workbook the REUSE shares too; the long CSV and the backup need neither. Worked out while the
      // worker begins the file.
      const across = async (): Promise<Across | null> => {
        if (kind !== 'findings' && kind !== 'xlsx') return { cross: new Map(), reuse: new Map(), lang };
        // Each report listed with its year before, paired once (an index of the library) for all that follows.
        const years = previousYears(shown, all);
        const texts = await textsFor(years, stop);
        // An export asked for before the list's counts are made does not leave CROSS-YEAR out.
        const crossYear = counted ?? (await crossYearFindingsInParts(all, stop)) ?? new Map<number, Finding[]>();
        const found = await mapInParts(years, PAIRS_PART, (part) => textPairFindings(part, texts), stop);
        const reuse =
          kind === 'xlsx' ? await mapInParts(years, PAIRS_PART, (part) => reuseShares(part, texts), stop) : null;
        return stop.aborted ? null : { cross: mergeFindings(crossYear, found), reuse: reuse ?? new Map(), lang };
      };
      const blob = await exportFile(kind, shown, across, db, told, stop);
      if (blob && !stop.aborted) download(name, blob);
      else setNote({ text: s.cancelled, tone: 'ok' });
    } catch (e) {
      fail(e);
    } finally {
      progress.set('');
      setTask(null);
    }
  };
  const annotate = async (r: SavedReport, a: Annotations) => {
    try {
      if (!(await annotateReport(r.id!, a))) failed({ code: 'storage', detail: s.sheetMissing });
    } catch (e) {
      fail(e);
    }
    await load();
  };
  /** The evidence pack of these reports, downloaded. */
  const evidence = async (chosen: SavedReport[]) => {
    try {
      const sheets = (rs: SavedReport[]) => sheetHtml(rs, s, lang, isZh(lang), Date.now());
      const tool = `${s.brand} ${browser.runtime.getManifest().version}`;
      const { zip, manifest } = await evidencePack(db, chosen, sheets, { tool });
      download(
        `nianbao-lens-evidence-${stamp()}.zip`,
        new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      );
      setNote({ text: s.evidenceMade(chosen.length, manifest.files.length), tone: 'ok' });
    } catch (e) {
      fail(e);
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setNote(null);
    const result = await importBackupText(await file.text());
    if (result.ok) setNote({ text: s.imported(result), tone: 'ok' });
    else failed(result.problem);
    await load();
  };

  const noteBar = note && (
    <div class={`note-bar ${note.tone}`} role="status">
      <p>{note.text}</p>
      {note.lines && note.lines.length > 0 && (
        <ul>
          {note.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </div>
  );
  // The local deadlines the user set in the options, for the scorecard.
  const [deadlines, setDeadlines] = useState<LocalDeadline[]>([]);
  useEffect(
    () =>
      void readOptions(db).then(
        (o) => setDeadlines(o.deadlines),
        () => undefined,
      ),
    [db, scoring],
  );
  const scoringReports = useMemo(
    () => (scoring === null ? [] : scoring === 'listed' ? shown : all.filter((r) => scoring.includes(r.id!))),
    [scoring, reports, shown],
  );
  // The texts of the saved pages scored, read once the scorecard is shown: its REUSE column.
  const [texts, setTexts] = useState<Map<number, string>>(new Map());
  useEffect(() => {
    if (!scoringReports.length) return;
    void savedTexts.read(scoringReports).then(setTexts, () => undefined);
  }, [scoringReports]);
  const scored = useMemo(() => scorecards(scoringReports, deadlines, texts), [scoringReports, deadlines, texts]);
  /** REUSE of a report against its body's report of the year before, and against the other bodies'
   * reports of its year (at most PEERS of them): their own sentences, kept or read from their pages. */
  const reuseWithOthers = async (r: SavedReport) => {
    if (r.year === null) return null;
    // The year before as the exports and the compare view pair it (the one saved last where a year has two).
    const [pair] = previousYears([r], all);
    const before = pair?.before;
    const peers = all.filter((x) => x.year === r.year && x.bodyKey !== r.bodyKey).slice(0, PEERS);
    const texts = await savedTexts.read([r, ...(before ? [before] : []), ...peers]);
    const mine = texts.get(r.id!);
    if (!mine) return null;
    const previous = before && texts.get(before.id!);
    const withPeers = peers.flatMap((p) => (texts.has(p.id!) ? [{ body: p.body ?? '', text: texts.get(p.id!)! }] : []));
    const peer = closestPeer(mine, withPeers);
    return {
      previous: previous ? { year: before!.year!, reuse: reuseOf(previous, mine) } : null,
      peer: peer ? { body: peer.peer.body, reuse: peer.reuse } : null,
      findings: textPairFindings(pair ? [pair] : [], texts).get(r.id!) ?? ([] as Finding[]),
    };
  };
  const exportScorecard = async (kind: 'csv' | 'xlsx') => {
    const blob =
      kind === 'csv'
        ? new Blob([scorecardCsv(scored)], { type: 'text/csv;charset=utf-8' })
        : await scorecardXlsxBlob(scored);
    download(`nianbao-lens-scorecard-${stamp()}.${kind}`, blob);
  };
  const [comparing, setComparing] = useState(false);
  // The compare view's REUSE column: the reports' texts read once it opens (null until then).
  const [reuse, setReuse] = useState<Map<number, number> | null>(null);
  useEffect(() => {
    if (!comparing) return;
    const stop = new AbortController();
    setReuse(null);
    const pairs = previousYears(shown, all);
    void textsFor(pairs, stop.signal)
      .then((read) => mapInParts(pairs, PAIRS_PART, (part) => reuseShares(part, read), stop.signal))
      .then(
        (shares) => !stop.signal.aborted && setReuse(shares),
        () => setReuse(new Map()),
      );
    return () => {
      stop.abort();
      progress.set('');
    };
  }, [comparing, shown]);
  useEffect(() => void (reuse && progress.set('')), [reuse]);
  const current = all.find((r) => r.id === selected);
  if (comparing && !current) {
    return (
      <Compare
        reports={shown}
        reuse={reuse}
        s={s}
        onBack={() => setComparing(false)}
        onOpen={setSelected}
        onExportChart={(svg, kind) =>
          void (
            kind === 'svg' ? Promise.resolve(new Blob([svgText(svg)], { type: 'image/svg+xml' })) : pngOf(svg)
          ).then((blob) => download(`nianbao-lens-chart-${stamp()}.${kind}`, blob), fail)
        }
        onExport={(rows, columns, kind) => {
          const names = (c: (typeof columns)[number]) =>
            c === 'reuse' ? s.colReuse : c in s.rateNames ? s.rateNames[c as RateKey] : s.figureNames[c as FigureKey];
          const file = `nianbao-lens-compare-${stamp()}.${kind}`;
          if (kind === 'csv')
            download(file, new Blob([compareCsv(rows, columns, names)], { type: 'text/csv;charset=utf-8' }));
          else void xlsxBlob([compareSheet(rows, columns, names)]).then((blob) => download(file, blob), fail);
        }}
      />
    );
  }
  if (scoring !== null && !current) {
    return (
      <Scorecard
        cards={scored}
        s={s}
        onBack={() => {
          setScoring(null);
          history.replaceState(null, '', location.pathname);
        }}
        onExport={(kind) => void exportScorecard(kind)}
        onOpen={setSelected}
      />
    );
  }
  if (current) {
    return (
      <ReportDetail
        report={current}
        cross={cross.get(current.id!) ?? []}
        series={current.bodyKey ? bodySeries(all, current.bodyKey) : []}
        s={s}
        lang={lang}
        zh={isZh(lang)}
        onBack={() => {
          setSelected(null);
          setNote(null);
        }}
        onDelete={remove}
        onAnnotate={annotate}
        onEvidence={(r) => void evidence([r])}
        pageOf={async (r) => (await db.pages.get(r.id!))?.html ?? ''}
        versionsOf={(r) => versionsOf(db, r.id!)}
        reuseOf={reuseWithOthers}
        rollup={rollupOf(current, all)}
      >
        {noteBar}
      </ReportDetail>
    );
  }
  return (
    <main class="library">
      <h1>
        {s.brand} · {s.libraryTitle}{' '}
        <button type="button" class="link options-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {s.options}
        </button>
      </h1>
      {noteBar}
      {broken > 0 && (
        <p class="note-bar fail" role="status">
          {s.brokenRecords(broken)}
        </p>
      )}
      {undo && (
        <div class="note-bar ok" role="status">
          {s.deleted(`${undo.report.body ?? ''} ${undo.report.year ?? ''}`)}{' '}
          <button type="button" class="secondary" data-action="undo" onClick={restore}>
            {s.undo}
          </button>
        </div>
      )}
      {reports && (
        <ReportList
          s={s}
          lang={lang}
          total={all.length}
          shown={shown}
          facets={facetsOf}
          filters={filters}
          sort={sort}
          crossCount={(id) => cross.get(id)?.length ?? 0}
          counting={counted === null}
          busy={task !== null}
          onCancel={task ? () => task.abort() : undefined}
          onFilters={(patch) => setFilters({ ...filters, ...patch })}
          onSort={setSort}
          onOpen={setSelected}
          onExport={(kind) => void exportAs(kind)}
          onImport={(file) => void importFile(file)}
          onRecheck={() => void recheck()}
          onEvidence={() => void evidence(shown)}
          onRevisit={() => void revisit()}
          onScorecard={() => setScoring('listed')}
          onCompare={() => setComparing(true)}
        />
      )}
    </main>
  );
}
