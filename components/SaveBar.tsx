// Save in one click, and say what happened: saved, kept as a new version (the page changed since it
// was saved), already saved (same address, or same body and year) with an offer to update it, or why it
// failed. Tags and a note may go with it, folded away so that they are never in the way of one click;
// the tag field offers the tags used last. The popup saves its tab; the viewer its file.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { splitTags } from '@/lib/base/verdicts';
import { TagsNote } from './TagsNote';
import { sendToBackground } from '@/lib/messages';
import type { Annotations, ReportJson, SaveOutcome, Verdict } from '@/lib/model';
import type { Strings } from '@/lib/i18n';
import { fmtTime } from '@/lib/view/format';

/** 'changed': saved before, and the page says something else now (saving keeps a new version). */
type State = { status: 'idle' | 'saving' } | SaveOutcome | { status: 'changed'; id: number; savedAt: number };

/** The library in a new tab, on this report's detail. */
const openInLibrary = (id: number) =>
  void browser.tabs.create({ url: browser.runtime.getURL(`/library.html?id=${id}`) });

interface Props {
  report: ReportJson;
  s: Strings;
  lang: string;
  /** Saves (or, with update, replaces the saved copy) with the tags and note given; null when there is
   * nothing to save any more. */
  onSave: (update: boolean, annotations?: Annotations) => Promise<SaveOutcome | null>;
  /** Told the saved report's verdicts when this report is found saved. */
  onFound?: (verdicts: Verdict[]) => void;
}

export function SaveBar({ report, s, lang, onSave, onFound }: Props) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const [notesAdded, setNotesAdded] = useState(false);
  useEffect(() => {
    sendToBackground({ type: 'find-saved', report })
      .then((found) => {
        if (!found) return;
        const { changed, verdicts, ...dup } = found;
        onFound?.(verdicts);
        const next: State = changed
          ? { status: 'changed', id: dup.id, savedAt: dup.savedAt }
          : { status: 'duplicate', ...dup };
        setState((prev) => (prev.status === 'idle' ? next : prev));
      })
      .catch(() => undefined);
  }, [report]);
  const loadRecent = () =>
    void sendToBackground({ type: 'recent-tags' })
      .then(setRecent)
      .catch(() => undefined);
  const save = async (update: boolean) => {
    setState({ status: 'saving' });
    const given = { tags: splitTags(tags), note: note.trim() };
    const annotations = given.tags.length || given.note ? given : undefined;
    try {
      const outcome = await onSave(update, annotations);
      setState(outcome ?? { status: 'failed', problem: { code: 'no-tab' } });
      setNotesAdded(outcome?.status === 'duplicate' && annotations !== undefined);
    } catch {
      setState({ status: 'failed', problem: { code: 'disconnected' } });
    }
  };
  const time = 'savedAt' in state ? fmtTime(state.savedAt, lang) : '';
  const open = ['idle', 'saving', 'failed', 'changed'].includes(state.status);
  return (
    <section class="save" aria-live="polite">
      {state.status === 'changed' && <p class="dup">{s.savedDiffers(time)}</p>}
      {open && (
        <button type="button" class="primary" disabled={state.status === 'saving'} onClick={() => save(false)}>
          {state.status === 'saving' ? s.saving : state.status === 'changed' ? s.saveVersion : s.save}
        </button>
      )}
      {(open || state.status === 'duplicate') && (
        <details class="annotate" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && loadRecent()}>
          <summary>{s.addNotes}</summary>
          <TagsNote s={s} tags={tags} note={note} onTags={setTags} onNote={setNote} recent={recent} />
          {/* Saved already: the tags and note go onto the saved report. */}
          {state.status === 'duplicate' && (
            <button type="button" class="secondary" data-action="add-notes" onClick={() => save(false)}>
              {s.saveNotes}
            </button>
          )}
        </details>
      )}
      {state.status === 'saved' && <p class="ok">{s.saved(time)}</p>}
      {state.status === 'updated' && <p class="ok">{s.updated(time)}</p>}
      {state.status === 'version' && <p class="ok">{s.savedVersion(state.version, time)}</p>}
      {state.status === 'duplicate' && (
        <p class="dup">
          {(state.reason === 'url' ? s.duplicateUrl : s.duplicateBodyYear)(time)}{' '}
          <button type="button" class="secondary" onClick={() => save(true)}>
            {s.update}
          </button>
        </p>
      )}
      {notesAdded && <p class="ok">{s.notesSaved}</p>}
      {state.status === 'failed' && <p class="fail">{s.saveFailed(s.problem(state.problem))}</p>}
      {'id' in state && (
        <button type="button" class="link" data-action="view-in-library" onClick={() => openInLibrary(state.id)}>
          {s.viewInLibrary}
        </button>
      )}
    </section>
  );
}
