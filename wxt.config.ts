import { defineConfig } from 'wxt';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { GOV_SITES } from './lib/base/address';

// Narrow permissions: the content script runs on government portals; any other site only once the
// user enables it from the popup (an optional host permission for that one site, revocable).
// contextMenus and commands save from the page; scripting runs the reader on enabled sites;
// activeTab lets the popup see which site it was opened on.
const SITES = ['http://*/*', 'https://*/*'];
// Collecting a listing page fetches its reports from the background, and the background injects the
// reader into a portal's page once the content script's small probe says it may be a report: both need
// the portals named as host permissions (MV3 host_permissions, Firefox's MV2 permissions), which asks
// the user for nothing more than the content script running there already does.

/** The predefined CMaps of Chinese PDFs' non-embedded fonts (Adobe-GB1 and -CNS1, UniGB-UCS2-H …),
 * which pdf.js loads by address to decode their text: copied from pdfjs-dist into the package. */
const CMAPS = resolve('node_modules/pdfjs-dist/cmaps');
const CHINESE_CMAP = /^(Adobe-(GB1|CNS1)|GB|UniGB|CNS|UniCNS|B5|ETen|HK|ETHK)/;

/** word-extractor's OLE reader requires Node's stream module for one Readable: in the extension's pages it
 * gets the project's own (lib/inputs/stream-shim.ts); nothing else is resolved differently. */
const STREAM_SHIM = {
  name: 'word-extractor-stream',
  enforce: 'pre' as const,
  resolveId: (source: string, importer?: string) =>
    source === 'stream' && importer?.includes('word-extractor') ? resolve('lib/inputs/stream-shim.ts') : null,
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [STREAM_SHIM] }),
  hooks: {
    'build:publicAssets': (_, files) => {
      for (const name of readdirSync(CMAPS).filter((f) => CHINESE_CMAP.test(f))) {
        files.push({ absoluteSrc: resolve(CMAPS, name), relativeDest: `pdfjs/cmaps/${name}` });
      }
    },
  },
  // The sources archive the Firefox add-ons site asks for: what builds the package, not test output.
  zip: { excludeSources: ['test-results/**', 'docs/screenshots/**', '.output/**', 'dist/**'] },
  manifest: ({ manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // offscreen (Chromium): the document where the background reads PDF and Word files.
    permissions: ['contextMenus', 'scripting', 'activeTab', ...(manifestVersion === 2 ? [GOV_SITES] : ['offscreen'])],
    // MV3 names optional hosts apart; Firefox's MV2 lists them with the optional permissions.
    ...(manifestVersion === 3
      ? { host_permissions: [GOV_SITES], optional_host_permissions: SITES }
      : { optional_permissions: SITES }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'save-report': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSave__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nianbao-lens@nianbao.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
