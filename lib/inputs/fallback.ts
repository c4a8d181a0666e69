// A page whose report tables are not <table>s is read again from its visible text, the tables
// recovered from the words; its cells then point into the text.
import type { SourceDoc } from '../model';
import { flatTables } from './flat';
import type { Readings } from './kind';

export function withTextFallback<N>(doc: SourceDoc<N>): Readings<N> {
  return { doc, fromText: () => ({ ...doc, tables: flatTables(doc.text) }) };
}
