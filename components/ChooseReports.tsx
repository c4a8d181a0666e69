// Choosing which reports of a list to collect, as a reference manager's "select items" dialog: every
// report found with a checkbox, its title and year, those already in the library marked (and left
// unchecked), all or none at a click.
import type { Strings } from '@/lib/i18n';
import type { ReportLink } from '@/lib/model';

interface Props {
  links: ReportLink[];
  saved: Set<string>;
  chosen: Set<string>;
  onChange: (chosen: Set<string>) => void;
  s: Strings;
}

const yearOf = (title: string) => /((?:19|20)\d\d)\s*年/.exec(title)?.[1] ?? '';

export function ChooseReports({ links, saved, chosen, onChange, s }: Props) {
  const toggle = (url: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(url);
    else next.delete(url);
    onChange(next);
  };
  return (
    <fieldset class="choose">
      <legend>
        {s.chooseReports(chosen.size, links.length)}{' '}
        <button
          type="button"
          class="link"
          data-action="choose-all"
          onClick={() => onChange(new Set(links.map((l) => l.url)))}
        >
          {s.chooseAll}
        </button>{' '}
        <button type="button" class="link" data-action="choose-none" onClick={() => onChange(new Set())}>
          {s.chooseNone}
        </button>
      </legend>
      <ul>
        {links.map((l) => (
          <li key={l.url} class={saved.has(l.url) ? 'saved' : undefined}>
            <label>
              <input
                type="checkbox"
                value={l.url}
                checked={chosen.has(l.url)}
                onChange={(e) => toggle(l.url, e.currentTarget.checked)}
              />{' '}
              <span class="year">{yearOf(l.title)}</span> {l.title}
              {saved.has(l.url) && <span class="in-library"> · {s.inLibrary}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
