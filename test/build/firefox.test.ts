// The packages `npm run zip` made before the tests ran (npm test runs it): the Chrome and Firefox
// zips and the sources archive, versioned from package.json, with icons and the privacy statement;
// Mozilla's own linter over the Firefox zip finds no error.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => execFileSync('npx', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const zip = (kind: string) => `.output/nianbao-lens-${version}-${kind}.zip`;
/** A zip's file names, stored as plain text in its directory: enough to say what it holds. */
const holds = (file: string, name: string) => readFileSync(file).includes(Buffer.from(name));

describe('the packages', () => {
  it('the Firefox package: manifest, icons, privacy statement, and addons-linter finds no error', () => {
    const manifest = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8'));
    expect(manifest.version).toBe(version);
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    // The background fetches a listing page's reports: Firefox wants the content script's hosts named.
    expect(manifest.permissions).toEqual(['contextMenus', 'scripting', 'activeTab', '*://*.gov.cn/*']);
    expect(manifest.content_scripts[0].matches).toEqual(['*://*.gov.cn/*']);
    expect(manifest.icons).toEqual({
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      96: 'icon/96.png',
      128: 'icon/128.png',
    });
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(readFileSync('.output/firefox-mv2/PRIVACY.md', 'utf8')).toContain('Nothing leaves your browser.');
    const lint = JSON.parse(run(['addons-linter', zip('firefox'), '--output', 'json']));
    expect(lint.metadata.version).toBe(version);
    expect(lint.errors).toEqual([]);
    // The warnings are the libraries' own code paths, none in the content script: Preact's innerHTML
    // (dangerouslySetInnerHTML, never used by us); pdf.js's Function test and font compiler (off:
    // isEvalSupported false, and the CSP forbids it) and its dynamic import of a worker we hand over;
    // the setImmediate polyfill that JSZip brings for mammoth.
    const warnings = lint.warnings as { code: string; file: string }[];
    expect(new Set(warnings.map((w) => w.code))).toEqual(new Set(['UNSAFE_VAR_ASSIGNMENT', 'DANGEROUS_EVAL']));
    for (const w of warnings) {
      expect(w.file).not.toMatch(/^content-scripts\//);
      const code = readFileSync(`.output/firefox-mv2/${w.file}`, 'utf8');
      expect(
        ['dangerouslySetInnerHTML', 'pdfjs', 'setImmediate'].some((mark) => code.includes(mark)),
        w.file,
      ).toBe(true);
    }
  }, 120_000);

  it('the Chrome package and the sources archive', () => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
    expect(manifest.version).toBe(version);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
    // The portals, where the content script runs and the reader is injected; no other host but by choice.
    // offscreen: the document where the background reads PDF and Word files (it holds no pdf.js).
    expect([manifest.permissions, manifest.host_permissions, manifest.optional_host_permissions]).toEqual([
      ['contextMenus', 'scripting', 'activeTab', 'offscreen'],
      ['*://*.gov.cn/*'],
      ['http://*/*', 'https://*/*'],
    ]);
    for (const kind of ['chrome', 'firefox', 'sources'])
      expect(readFileSync(zip(kind)).subarray(0, 2).toString()).toBe('PK');
    // Chromium's service worker holds no pdf.js (parsing it was most of its wake): files go to the offscreen
    // document, which Firefox, whose background holds pdf.js, does not have.
    expect(readFileSync('.output/chrome-mv3/background.js', 'utf8')).not.toContain('PDFWorker');
    expect(readFileSync('.output/firefox-mv2/background.js', 'utf8')).toContain('PDFWorker');
    expect([holds(zip('chrome'), 'offscreen.html'), holds(zip('firefox'), 'offscreen.html')]).toEqual([true, false]);
    for (const name of ['manifest.json', 'icon/128.png', 'PRIVACY.md', 'content-scripts/content.js', 'reader.js']) {
      expect(holds(zip('chrome'), name), name).toBe(true);
      expect(holds(zip('firefox'), name), name).toBe(true);
    }
    // What a reviewer needs to build it again, and no test output.
    for (const name of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'lib/analyze.ts',
      'entrypoints/content.ts',
    ]) {
      expect(holds(zip('sources'), name), name).toBe(true);
    }
    expect(holds(zip('sources'), 'test-results/')).toBe(false);
    expect(holds(zip('sources'), 'node_modules/')).toBe(false);
  });
});
