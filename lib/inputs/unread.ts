// Files recognised but not read yet: OFD (the fixed-layout format some portals offer beside the
// HTML as 全真版) and Kingsoft WPS. Said plainly, rather than read as text and found "not a report".
import { InputError, type InputKind } from './kind';

const KINDS: [RegExp, string][] = [
  [/\.ofd$/i, 'OFD'],
  [/\.wps$/i, 'WPS'],
];
/** An OFD is a ZIP whose first entry is its OFD.xml. */
const OFD_ZIP = (head: string) => head.startsWith('PK\x03\x04') && head.includes('OFD.xml');
const kindName = (name: string, mime: string) =>
  KINDS.find(([re]) => re.test(name))?.[1] ?? (/ofd/i.test(mime) ? 'OFD' : null);

export const unread: InputKind = {
  id: 'unread',
  sniffs: OFD_ZIP,
  accepts: (file) => kindName(file.name ?? '', file.mime ?? '') !== null,
  read: (file) => {
    throw new InputError({ code: 'unsupported-kind', kind: kindName(file.name ?? '', file.mime ?? '') ?? 'OFD' });
  },
};
