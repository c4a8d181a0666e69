// The options page: the collector's pause and page limit, local publication deadlines by body-name
// prefix, the page chip, the language, and the sites enabled beyond government portals (each can be
// disabled, its permission given back). Read from and written by the background.
import { useEffect, useState } from 'preact/hooks';
import { cleanOptions } from '@/lib/base/options';
import { strings } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messages';
import type { Options as Values } from '@/lib/model';

export function Options({ lang }: { lang: string }) {
  const s = strings(lang);
  const [values, setValues] = useState<Values | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const loadSites = () => void sendToBackground({ type: 'list-sites' }).then(setSites, () => setSites([]));
  useEffect(() => {
    void sendToBackground({ type: 'get-options' }).then(setValues, () => setValues(cleanOptions({})));
    loadSites();
  }, []);
  if (!values) return null;
  const set = (patch: Partial<Values>) => {
    setValues({ ...values, ...patch });
    setNote('');
  };
  const setDeadline = (i: number, patch: Partial<Values['deadlines'][number]>) =>
    set({ deadlines: values.deadlines.map((d, k) => (k === i ? { ...d, ...patch } : d)) });
  const save = async (e: Event) => {
    e.preventDefault();
    setValues(await sendToBackground({ type: 'set-options', options: values }));
    setNote(s.optSaved);
  };
  const revoke = async (site: string) => {
    await sendToBackground({ type: 'disable-site', origin: site });
    loadSites();
    setNote(s.optRevoked(site));
  };
  return (
    <main class="options">
      <h1>
        {s.brand} · {s.optionsTitle}
      </h1>
      <form onSubmit={save}>
        <fieldset>
          <legend>{s.optCollecting}</legend>
          <label>
            {s.optDelay}
            <input
              type="number"
              name="delay"
              min={0.5}
              max={60}
              step={0.5}
              value={values.delaySeconds}
              onInput={(e) => set({ delaySeconds: Number(e.currentTarget.value) })}
            />
          </label>
          <label>
            {s.optMaxPages}
            <input
              type="number"
              name="max-pages"
              min={1}
              max={200}
              value={values.maxListPages}
              onInput={(e) => set({ maxListPages: Number(e.currentTarget.value) })}
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>{s.optDeadlines}</legend>
          <p class="note">{s.optDeadlinesHint}</p>
          <table>
            <tbody>
              {values.deadlines.map((d, i) => (
                <tr key={i} data-deadline={i}>
                  <td>
                    <input
                      type="text"
                      aria-label={s.optPrefix}
                      placeholder={s.optPrefix}
                      value={d.prefix}
                      onInput={(e) => setDeadline(i, { prefix: e.currentTarget.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={s.optMonthDay}
                      placeholder="01-31"
                      pattern="\d\d-\d\d"
                      value={d.monthDay}
                      onInput={(e) => setDeadline(i, { monthDay: e.currentTarget.value })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      class="link"
                      onClick={() => set({ deadlines: values.deadlines.filter((_, k) => k !== i) })}
                    >
                      {s.optRemove}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            class="secondary"
            data-action="add-deadline"
            onClick={() => set({ deadlines: [...values.deadlines, { prefix: '', monthDay: '01-31' }] })}
          >
            {s.optAddDeadline}
          </button>
        </fieldset>
        <fieldset>
          <legend>{s.optShown}</legend>
          <label>
            <input
              type="checkbox"
              name="chip"
              checked={values.chip}
              onChange={(e) => set({ chip: e.currentTarget.checked })}
            />{' '}
            {s.optChip}
          </label>
          <label>
            {s.optLanguage}
            <select
              name="lang"
              value={values.lang}
              onChange={(e) => set({ lang: e.currentTarget.value as Values['lang'] })}
            >
              <option value="auto">{s.optLangAuto}</option>
              <option value="zh-CN">中文</option>
              <option value="en">English</option>
            </select>
          </label>
        </fieldset>
        <p>
          <button type="submit" class="primary" data-action="save-options">
            {s.optSave}
          </button>{' '}
          {note && <span role="status">{note}</span>}
        </p>
      </form>
      <section aria-label={s.optSites}>
        <h2>{s.optSites}</h2>
        {sites.length === 0 ? (
          <p class="note">{s.optNoSites}</p>
        ) : (
          <ul>
            {sites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" class="secondary" data-site={site} onClick={() => void revoke(site)}>
                  {s.optRevoke}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
