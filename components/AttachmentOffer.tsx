// The files a page offers its report in, each with 读取附件: the viewer opens on it in a new tab.
// On a notice whose report is only an attachment it is the popup's main offer; on a report page that
// also offers a file (a 全真版 PDF), a line under the report.
import { browser } from 'wxt/browser';
import type { Attachment } from '@/lib/model';
import type { Strings } from '@/lib/i18n';
import { viewerPath } from '@/lib/view/viewer-url';

interface Props {
  files: Attachment[];
  /** The page that offers them. */
  from: string;
  s: Strings;
  /** The page is a report itself: the files come as well. */
  also?: boolean;
}

export function AttachmentOffer({ files, from, s, also }: Props) {
  const open = (file: Attachment) =>
    void browser.tabs.create({ url: browser.runtime.getURL(viewerPath({ src: file.url, from }) as '/viewer.html') });
  const kind = (file: Attachment) => file.kind ?? s.fileOfUnknownKind;
  return (
    <section class={also ? 'attachments also' : 'attachments'}>
      <p class={also ? 'note' : 'offer'}>{(also ? s.alsoAttachment : s.attachmentOffer)(kind(files[0]))}</p>
      <ul>
        {files.map((file) => (
          <li key={file.url}>
            <button
              type="button"
              class={also ? 'secondary' : 'primary'}
              aria-label={`${s.readAttachment}：${file.text || file.url}`}
              onClick={() => open(file)}
            >
              {s.readAttachment}
            </button>{' '}
            <span class="file" title={file.url}>
              {file.text || file.url} <small>({kind(file)})</small>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
