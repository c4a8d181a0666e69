// Every finding of the reports listed as rows to filter and count: CROSS-YEAR ones included, the
// severity and the rule in the UI's language, the cells by id and in words, and the verdict given.
import type { Finding, SavedReport, Severity } from '../model';
import { cellIdName } from '../format/names';
import { verdictOf } from '../base/verdicts';
import { verdictCells } from './cells';
import { BOM, csvLine } from './csv';
import { isZh, strings } from '../i18n';
import { ruleTitle } from '../check';

export const FINDINGS_HEADER = [
  '报告编号 report_id',
  '机关 body',
  '年度 year',
  '格式 format',
  '标题 title',
  '来源 source_url',
  '规则 rule',
  '规则名称 rule_title',
  '严重程度 severity',
  '说明 message',
  '范围 scope',
  '报告值 reported',
  '计算值 computed',
  '差 difference',
  '单元格 cells',
  '单元格名称 cell_names',
  '判定 verdict',
  '排除理由 reason',
  '判定说明 verdict_note',
  '判定时间 verdict_at',
];

export interface FindingWords {
  severity: (s: Severity) => string;
  rule: (id: string) => string;
}

/** A finding's severity and rule in the words of a language (the UI's, or the command line's --lang). */
export const findingWords = (lang: string): FindingWords => ({
  severity: (v) => strings(lang)[v],
  rule: (id) => ruleTitle(id, isZh(lang)),
});

export function findingRows(
  reports: SavedReport[],
  cross: Map<number, Finding[]>,
  words: FindingWords,
): (string | number | null)[][] {
  return reports.flatMap((r) =>
    [...r.report.findings, ...(cross.get(r.id!) ?? [])].map((f) => [
      r.id ?? null,
      r.body,
      r.year,
      r.format,
      r.title,
      r.url,
      f.rule,
      words.rule(f.rule),
      words.severity(f.severity),
      f.message,
      f.scope,
      f.reported,
      f.computed,
      f.difference,
      f.cells.join(' '),
      f.cells.map(cellIdName).join('；'),
      ...verdictCells(verdictOf(f, r.verdicts)),
    ]),
  );
}

/** The findings CSV in parts: its header, then `batch` reports' findings at a time (see csvParts). */
export function* findingsParts(
  reports: SavedReport[],
  cross: Map<number, Finding[]>,
  words: FindingWords,
  batch = 100,
): Generator<string> {
  yield BOM + csvLine(FINDINGS_HEADER);
  for (let i = 0; i < reports.length; i += batch)
    yield findingRows(reports.slice(i, i + batch), cross, words)
      .map(csvLine)
      .join('');
}
