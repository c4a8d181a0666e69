// The tags and note fields, as the save form (with the tags used last to pick from) and the library's
// detail both show them.
import type { Strings } from '@/lib/i18n';
import { splitTags } from '@/lib/base/verdicts';

interface Props {
  s: Strings;
  tags: string;
  note: string;
  onTags: (text: string) => void;
  onNote: (text: string) => void;
  /** Tags offered as buttons, each added to what is typed. */
  recent?: string[];
  rows?: number;
}

export function TagsNote({ s, tags, note, onTags, onNote, recent = [], rows = 2 }: Props) {
  // A tag picked is added to what is typed, once.
  const pick = (tag: string) => onTags(splitTags(tags).includes(tag) ? tags : [...splitTags(tags), tag].join('，'));
  return (
    <>
      <label>
        {s.tags}
        <input
          type="text"
          name="tags"
          value={tags}
          placeholder={s.tagsHint}
          onInput={(e) => onTags(e.currentTarget.value)}
        />
      </label>
      {recent.length > 0 && (
        <p class="recent-tags" aria-label={s.recentTags}>
          {recent.map((t) => (
            <button type="button" class="tag" key={t} onClick={() => pick(t)}>
              {t}
            </button>
          ))}
        </p>
      )}
      <label>
        {s.note}
        <textarea name="note" rows={rows} value={note} onInput={(e) => onNote(e.currentTarget.value)} />
      </label>
    </>
  );
}
