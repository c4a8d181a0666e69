// Save in one click, and say what happened: saved, already saved (same address, or same body and
// year) with an offer to update it, or why it failed. The popup saves its tab; the viewer its file.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/messages';
import type { ReportJson, SaveOutcome } from '@/lib/model';
import type { Strings } from '@/lib/i18n';
import { fmtTime } from '@/lib/view/format';

type State = { status: 'idle' | 'saving' } | SaveOutcome;

/** The library in a new tab, on this report's detail. */
const openInLibrary = (id: number) =>
  void browser.tabs.create({ url: browser.runtime.getURL(`/library.html?id=${id}`) });

interface Props {
  report: ReportJson;
  s: Strings;
  lang: string;
  /** Saves (or, with update, replaces the saved copy); null when there is nothing to save any more. */
  onSave: (update: boolean) => Promise<SaveOutcome | null>;
}

export function SaveBar({ report, s, lang, onSave }: Props) {
  const [state, setState] = useState<State>({ status: 'idle' });
  useEffect(() => {
    const { url, meta } = { url: report.source, meta: report.meta };
    sendToBackground({ type: 'find-saved', url, body: meta.body, year: meta.year })
      .then((found) => found && setState((prev) => (prev.status === 'idle' ? { status: 'duplicate', ...found } : prev)))
      .catch(() => undefined);
  }, [report]);
  const save = async (update: boolean) => {
    setState({ status: 'saving' });
    try {
      setState((await onSave(update)) ?? { status: 'failed', problem: { code: 'no-tab' } });
    } catch {
      setState({ status: 'failed', problem: { code: 'disconnected' } });
    }
  };
  const time = 'savedAt' in state ? fmtTime(state.savedAt, lang) : '';
  return (
    <section class="save" aria-live="polite">
      {(state.status === 'idle' || state.status === 'saving' || state.status === 'failed') && (
        <button type="button" class="primary" disabled={state.status === 'saving'} onClick={() => save(false)}>
          {state.status === 'saving' ? s.saving : s.save}
        </button>
      )}
      {state.status === 'saved' && <p class="ok">{s.saved(time)}</p>}
      {state.status === 'updated' && <p class="ok">{s.updated(time)}</p>}
      {state.status === 'duplicate' && (
        <p class="dup">
          {(state.reason === 'url' ? s.duplicateUrl : s.duplicateBodyYear)(time)}{' '}
          <button type="button" class="secondary" onClick={() => save(true)}>
            {s.update}
          </button>
        </p>
      )}
      {state.status === 'failed' && <p class="fail">{s.saveFailed(s.problem(state.problem))}</p>}
      {'id' in state && (
        <button type="button" class="link" data-action="view-in-library" onClick={() => openInLibrary(state.id)}>
          {s.viewInLibrary}
        </button>
      )}
    </section>
  );
}
