import type { Format } from '../model';

/** The format a report of this year is made in: the 2021 one from 2021 (国办公开办函〔2021〕30号), the
 * 2019 one for 2019 and 2020, prose before. */
export const formatOfYear = (year: number): Format => (year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'pre2019');
