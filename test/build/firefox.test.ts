// The Firefox build: wxt build -b firefox, then Mozilla's own linter over it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => execFileSync('npx', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('Firefox', () => {
  it('builds, and web-ext lint finds no error', () => {
    run(['wxt', 'build', '-b', 'firefox']);
    const manifest = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8'));
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    // The background fetches a listing page's reports: Firefox wants the content script's hosts named.
    expect(manifest.permissions).toEqual(['contextMenus', 'scripting', 'activeTab', '*://*.gov.cn/*']);
    expect(manifest.content_scripts[0].matches).toEqual(['*://*.gov.cn/*']);
    const lint = JSON.parse(run(['web-ext', 'lint', '-s', '.output/firefox-mv2', '--output', 'json']));
    expect(lint.errors).toEqual([]);
    // The one warning is Preact's own innerHTML path (dangerouslySetInnerHTML, never used by us), in
    // whichever chunk the bundler put Preact; none in the content script or the background.
    expect(lint.warnings).toHaveLength(1);
    const [w] = lint.warnings as { code: string; file: string }[];
    expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
    expect(w.file).toMatch(/^chunks\//);
    expect(readFileSync(`.output/firefox-mv2/${w.file}`, 'utf8')).toContain('dangerouslySetInnerHTML');
  }, 120_000);
});
