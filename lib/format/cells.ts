// Cell ids the checks name: typed over the format's row and column keys, so that a misspelt
// cell ('t3.granted.naturel') fails the type check instead of silently switching a relation off.
import type { T2Col, T2Row } from './t2';
import type { T3Col, T3Row } from './t3';
import type { T4Block, T4Col } from './t4';

export type KnownCell = `t2.${T2Row}.${T2Col}` | `t3.${T3Row}.${T3Col}` | `t4.${T4Block}.${T4Col}`;

export const t2Cell = (row: T2Row, col: T2Col): KnownCell => `t2.${row}.${col}`;
export const t3Cell = (row: T3Row, col: T3Col): KnownCell => `t3.${row}.${col}`;
export const t4Cell = (block: T4Block, col: T4Col): KnownCell => `t4.${block}.${col}`;
