import { readFileSync } from 'node:fs';
import { docFromPdf } from './lib/inputs/pdf-layout';
import { pdfPages } from './lib/inputs/pdf-pages';
import { nodeEngines } from './lib/inputs/node-engines';
const { pages } = await pdfPages(await nodeEngines.pdf!(), new Uint8Array(readFileSync(process.argv[2])));
const { doc } = docFromPdf(pages);
doc.tables.forEach((t, i) => {
  console.log(`--- table ${i} p${t.node.page} rows ${t.rows.length}`);
  for (const r of t.rows) console.log(r.cells.map((c) => `${c.text}${c.rowSpan > 1 || c.colSpan > 1 ? `[${c.rowSpan}x${c.colSpan}]` : ''}`).join(' | '));
});
if (process.argv[3]) console.log(doc.text);
