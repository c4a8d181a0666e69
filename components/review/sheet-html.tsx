// The review sheets of some reports as one self-contained HTML file (the evidence pack's copy): the
// same component the review page prints, rendered to a string (every text escaped) with its
// stylesheet inline and a policy that lets nothing load or run.
import { renderToString } from 'preact-render-to-string';
import type { Strings } from '@/lib/i18n';
import type { SavedReport } from '@/lib/model';
import { ReviewSheet } from './ReviewSheet';
import css from './sheet.css?raw';

const escape = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function sheetHtml(reports: SavedReport[], s: Strings, lang: string, zh: boolean, now: number): string {
  const body = renderToString(
    <>
      {reports.map((r) => (
        <ReviewSheet key={r.id} r={r} s={s} lang={lang} zh={zh} now={now} />
      ))}
    </>,
  );
  const title = `${s.brand} · ${s.reviewSheet} · ${reports.map((r) => r.title ?? r.body ?? '').join('；')}`;
  return [
    '<!doctype html>',
    `<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escape(title)}</title><style>${css}</style></head>`,
    `<body>${body}</body></html>`,
  ].join('\n');
}
