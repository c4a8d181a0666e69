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
    expect(manifest.content_scripts[0].matches).toEqual(['*://*.gov.cn/*']);
    const lint = JSON.parse(run(['web-ext', 'lint', '-s', '.output/firefox-mv2', '--output', 'json']));
    expect(lint.errors).toEqual([]);
    // The one warning is Preact's own innerHTML path (dangerouslySetInnerHTML), which we never use.
    expect(lint.warnings.map((w: { code: string; file: string }) => `${w.code} ${w.file.replace(/-[\w-]+\.js$/, '.js')}`)).toEqual(['UNSAFE_VAR_ASSIGNMENT chunks/jsxRuntime.module.js']);
  }, 120_000);
});
