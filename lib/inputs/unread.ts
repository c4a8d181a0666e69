// Files recognised but not read yet: OFD (the fixed-layout format some portals offer beside the
// HTML as 全真版) and Kingsoft WPS. Said plainly, rather than read as text and found "not a report".
import { InputError, type InputKind } from './kind';

const KINDS: [RegExp, string][] = [
  [/\.ofd$/i, 'OFD'],
  [/\.wps$/i, 'WPS'],
];
const kindName = (name: string, mime: string, head: string) =>
  KINDS.find(([re]) => re.test(name))?.[1] ?? (/ofd/i.test(mime) || head.includes('OFD.xml') ? 'OFD' : null);

export const unread: InputKind = {
  id: 'unread',
  accepts: (file, head) => kindName(file.name ?? '', file.mime ?? '', head) !== null,
  read: (file) => {
    throw new InputError({ code: 'unsupported-kind', kind: kindName(file.name ?? '', file.mime ?? '', '') ?? 'OFD' });
  },
};
