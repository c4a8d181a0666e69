// The same body under the names its reports give it: 平潭综合实验区管委会 and 平潭综合实验区管理委员会,
// full-width and half-width, spaces, a note in brackets. Reports are linked across years by this key.
import { formatChars } from './format-chars';

const ALIASES: [RegExp, string][] = [
  [/管委会$/, '管理委员会'],
  [/政府办$/, '政府办公室'],
  [/人民政府$/, '政府'],
  [/市政府$/, '市'],
];

const SPACE_AND_FORMAT = formatChars('\\s');

export function bodyKey(name: string | null): string | null {
  if (!name) return null;
  let key = name
    .normalize('NFKC')
    // Invisible format characters (zero-width spaces and joiners, direction overrides) would split
    // one body into several and defeat duplicates and CROSS-YEAR.
    .replace(SPACE_AND_FORMAT, '')
    .replace(/[(（][^()（）]*[)）]$/, '');
  for (const [re, to] of ALIASES) key = key.replace(re, to);
  return key || null;
}
