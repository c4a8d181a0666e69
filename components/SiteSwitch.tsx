// On a site that is not a government portal: run the reader there too, with the user's permission
// for that one site (asked here, in the click), or stop running there.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { patternOf } from '@/lib/background/sites';
import { sendToBackground } from '@/lib/messages';
import type { Strings } from '@/lib/i18n';

export function SiteSwitch({
  site,
  tabId,
  s,
  onChange,
}: {
  site: string;
  tabId: number;
  s: Strings;
  onChange: () => void;
}) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    browser.permissions.contains({ origins: [patternOf(site)] }).then(setGranted, () => setGranted(false));
  }, [site]);
  const enable = async () => {
    // Must be called straight from the click: browsers ask only in a user gesture.
    const ok = await browser.permissions.request({ origins: [patternOf(site)] });
    if (!ok) return setNote(s.permissionDenied);
    await sendToBackground({ type: 'enable-site', origin: site, tabId });
    setGranted(true);
    setNote(s.siteEnabled(site));
    onChange();
  };
  const disable = async () => {
    await sendToBackground({ type: 'disable-site', origin: site });
    setGranted(false);
    setNote(s.siteDisabled(site));
    onChange();
  };
  if (granted === null) return null;
  return (
    <section class="site">
      <button type="button" class="secondary" onClick={granted ? disable : enable}>
        {granted ? s.disableSite : s.enableSite}
      </button>
      {note && <p class="note">{note}</p>}
    </section>
  );
}
