import { defineConfig } from 'wxt';

// Narrow permissions: the content script runs on government portals only; other sites come later
// through optional host permissions granted per site.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '年报透镜 Nianbao Lens',
    description: '读取并核对政府信息公开工作年度报告 · Reads and checks government information disclosure annual reports',
  },
});
