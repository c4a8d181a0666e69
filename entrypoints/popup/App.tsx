// The popup: what the content script read on the current tab, the findings, Save, and the way to
// the library. It asks the tab; it never reads the page itself.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttachmentOffer } from '@/components/AttachmentOffer';
import { CollectBar } from '@/components/CollectBar';
import { FindingList } from '@/components/FindingList';
import { Identity } from '@/components/Identity';
import { KeyFigures } from '@/components/KeyFigures';
import { QuickActions } from '@/components/QuickActions';
import { SaveBar } from '@/components/SaveBar';
import { SiteSwitch } from '@/components/SiteSwitch';
import { alwaysOn } from '@/lib/background/sites';
import { siteOf } from '@/lib/base/address';
import { isZh, strings } from '@/lib/i18n';
import { sendToBackground, sendToContent, type PageState } from '@/lib/messages';
import type { CellId, Verdict } from '@/lib/model';
import { keyFigures } from '@/lib/view/key-figures';
import { MANY } from '@/lib/view/finding-groups';

/** The tab the popup speaks for: ?tab=ID when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (param) return browser.tabs.get(param).then((t) => ({ id: t.id!, url: t.url }));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

export function App({ lang }: { lang: string }) {
  const s = strings(lang);
  const zh = isZh(lang);
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  /** undefined: still asking; null: the page is not a report; 'absent': no content script there. */
  const [state, setState] = useState<PageState | null | 'absent' | undefined>(undefined);
  /** The verdicts of this report as saved in the library, shown on its findings. */
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);

  const load = useCallback(async () => {
    const t = await targetTab();
    setTab(t);
    if (!t) return setState('absent');
    setState(await sendToContent(t.id, { type: 'get-state' }).catch(() => 'absent' as const));
  }, []);
  useEffect(() => void load(), [load]);

  const reveal = (cells: CellId[]) =>
    tab && void sendToContent(tab.id, { type: 'reveal', cells }).catch(() => undefined);
  const clear = () =>
    tab &&
    void sendToContent(tab.id, { type: 'clear' })
      .then(() => setState((old) => (old && old !== 'absent' ? { ...old, marked: [], cleared: true } : old)))
      .catch(() => undefined);
  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  const site = siteOf(tab?.url);

  if (state === undefined) return <main class="popup" aria-busy="true" />;
  const report = state && state !== 'absent' ? state : null;
  const marked = report ? new Set(report.marked) : null;
  return (
    <main class="popup">
      <nav class="top">
        <span class="brand">{s.brand}</span>
        {report && report.report.findings.length > MANY && (
          <a class="jump" href="#key-figures">
            {s.jumpToFigures}
          </a>
        )}
        <button type="button" class="link" onClick={openLibrary}>
          {s.library}
        </button>
        <button type="button" class="link" data-action="options" onClick={() => void browser.runtime.openOptionsPage()}>
          {s.options}
        </button>
      </nav>
      {report ? (
        <>
          <Identity report={report.report} s={s} verdicts={verdicts} />
          <SaveBar
            report={report.report}
            s={s}
            lang={lang}
            onSave={(update, annotations) =>
              sendToBackground({ type: 'save-tab', tabId: tab!.id, update, annotations })
            }
            onFound={setVerdicts}
          />
          {report.attachments && <AttachmentOffer files={report.attachments} from={report.report.source} s={s} also />}
          <FindingList
            findings={report.report.findings}
            s={s}
            zh={zh}
            marked={marked}
            onReveal={reveal}
            verdicts={verdicts}
          />
          <KeyFigures groups={keyFigures(report.report)} s={s} marked={marked} onReveal={reveal} />
          <QuickActions report={report.report} s={s} />
          <footer>
            {report.cleared ? (
              <p class="note" role="status">
                {s.marksCleared}
              </p>
            ) : (
              <button type="button" class="link" onClick={clear}>
                {s.clear}
              </button>
            )}
          </footer>
        </>
      ) : state === 'absent' || !tab ? (
        <p class="empty">{s.noAccess}</p>
      ) : (
        <CollectBar tabId={tab.id} s={s} />
      )}
      {tab && site && !alwaysOn(tab.url) && <SiteSwitch site={site} tabId={tab.id} s={s} onChange={load} />}
    </main>
  );
}
