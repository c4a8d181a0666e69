// npm start: the extension is built by the npm script; this serves the bundled demo report on
// 127.0.0.1 under its real host name and opens Chromium with the extension on it. Without a
// display (a server, CI) it takes screenshots of the page and the popup instead, and says where.
import { fileURLToPath } from 'node:url';
import { startExtension, tabIdOf } from './browser';
import { serveDir } from './serve';

const DEMO = 'shuyang-fgj-2023.html';
const HOST = 'www.shuyang.gov.cn';

const { server, port } = await serveDir(fileURLToPath(new URL('../test/fixtures/real/', import.meta.url)));
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const ext = await startExtension({ headless });
const page = ext.context.pages()[0] ?? (await ext.context.newPage());
const url = `http://${HOST}:${port}/${DEMO}`;
await page.goto(url);
console.log(`年报透镜 demo: ${url} (served from test/fixtures/real/${DEMO})`);
if (headless) {
  const marked = await page.waitForSelector('[data-nianbao-rule]', { timeout: 15000 });
  // The highlights are what there is to see; bring the first into view.
  await marked.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: '.output/demo.png' });
  // The popup, as the toolbar button would open it for this tab.
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${await tabIdOf(ext, page)}`);
  await popup.waitForSelector('.identity');
  await popup.screenshot({ path: '.output/demo-popup.png', fullPage: true });
  console.log('没有显示器：已截图 No display: screenshots saved to .output/demo.png and .output/demo-popup.png');
  await ext.context.close();
  server.close();
} else {
  console.log(
    '点击工具栏中的年报透镜按钮查看核对结果；关闭浏览器即可退出。Click the toolbar button for the findings; close the browser to quit.',
  );
  ext.context.on('close', () => server.close());
}
