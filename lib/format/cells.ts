// Cell ids the checks name: typed over the format's row and column keys, so that a misspelt
// cell ('t3.granted.naturel') fails the type check instead of silently switching a relation off.
import type { TableKey } from '../model';
import type { T2Col, T2Row } from './t2';
import type { T3Col, T3Row } from './t3';
import type { T4Block, T4Col } from './t4';

export type KnownCell = `t2.${T2Row}.${T2Col}` | `t3.${T3Row}.${T3Col}` | `t4.${T4Block}.${T4Col}`;

/** The id of (row, col) of a table, made once: the checks name the same few hundred cells on every
 * report, and a string made once keeps its hash for the lookups of the cells' map. */
function ids(table: string): (row: string, col: string) => string {
  const made = new Map<string, Map<string, string>>();
  return (row, col) => {
    let of = made.get(row);
    if (!of) made.set(row, (of = new Map()));
    let id = of.get(col);
    if (id === undefined) of.set(col, (id = `${table}.${row}.${col}`));
    return id;
  };
}
const t2Id = ids('t2');
const t3Id = ids('t3');
const t4Id = ids('t4');
const ID_OF = { t2: t2Id, t3: t3Id, t4: t4Id };

/** The id of a cell the reader records: the same string as the checks name it by, so that its hash is
 * worked out once for all the reports read, not once a report. */
export const cellId = (table: TableKey, row: string, col: string): string => ID_OF[table](row, col);

export const t2Cell = (row: T2Row, col: T2Col) => t2Id(row, col) as KnownCell;
export const t3Cell = (row: T3Row, col: T3Col) => t3Id(row, col) as KnownCell;
export const t4Cell = (block: T4Block, col: T4Col) => t4Id(block, col) as KnownCell;
