import { defineConfig } from 'wxt';

// Narrow permissions: the content script runs on government portals; any other site only once the
// user enables it from the popup (an optional host permission for that one site, revocable).
// contextMenus and commands save from the page; scripting runs the reader on enabled sites;
// activeTab lets the popup see which site it was opened on.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['contextMenus', 'scripting', 'activeTab'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'save-report': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSave__' },
    },
    browser_specific_settings: { gecko: { id: 'nianbao-lens@nianbao.example', strict_min_version: '115.0' } },
  },
});
