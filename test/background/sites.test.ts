// Enabling and disabling a site: the registered content script, the read of the open tab, and the
// permission given back. The browser is WXT's fake, with the scripting calls it lacks recorded.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT, disableSite, enableSite, enabledSites } from '../../lib/background/sites';

type Script = { id: string; matches?: string[]; js?: string[]; runAt?: string };

let registered: Script[];
beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => registered) as never;
  fakeBrowser.scripting.registerContentScripts = vi.fn(
    async (scripts: Script[]) => void registered.push(...scripts),
  ) as never;
  fakeBrowser.scripting.unregisterContentScripts = vi.fn(
    async ({ ids }: { ids: string[] }) => void (registered = registered.filter((s) => !ids.includes(s.id))),
  ) as never;
  fakeBrowser.scripting.executeScript = vi.fn(async () => []) as never;
  fakeBrowser.permissions.remove = vi.fn(async () => true) as never;
});

describe('a site enabled from the popup', () => {
  it('gets the content script from now on, once, and the open tab is read at once', async () => {
    await enableSite('https://www.example.org', 7);
    await enableSite('https://www.example.org', 7);
    expect(registered).toEqual([
      {
        id: 'site:https://www.example.org',
        matches: ['https://www.example.org/*'],
        js: [CONTENT_SCRIPT],
        runAt: 'document_idle',
      },
    ]);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [CONTENT_SCRIPT] });
    expect(await enabledSites()).toEqual(['https://www.example.org']);
  });

  it('stops, and gives the permission back, when disabled', async () => {
    await enableSite('https://www.example.org');
    await enableSite('http://127.0.0.1:8080');
    await disableSite('https://www.example.org');
    expect(await enabledSites()).toEqual(['http://127.0.0.1:8080']);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://www.example.org/*'] });
  });
});
