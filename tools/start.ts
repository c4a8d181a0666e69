// npm start: the extension is built by the npm script; this serves the bundled demo report on
// 127.0.0.1 under its real host name and opens Chromium with the extension on it. Without a
// display (a server, CI) it takes a screenshot instead and says where it is.
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './browser';
import { serveDir } from './serve';

const DEMO = 'shuyang-fgj-2023.html';
const HOST = 'www.shuyang.gov.cn';

const { server, port } = await serveDir(fileURLToPath(new URL('../test/fixtures/real/', import.meta.url)));
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const context = await launchWithExtension({ headless });
const page = context.pages()[0] ?? (await context.newPage());
const url = `http://${HOST}:${port}/${DEMO}`;
await page.goto(url);
console.log(`年报透镜 demo: ${url} (served from test/fixtures/real/${DEMO})`);
if (headless) {
  const marked = await page.waitForSelector('[data-nianbao-rule]', { timeout: 15000 });
  // The highlights are what there is to see; bring the first into view.
  await marked.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const shot = '.output/demo.png';
  await page.screenshot({ path: shot });
  console.log(`没有显示器：已截图 No display: screenshot saved to ${shot}`);
  await context.close();
  server.close();
} else {
  console.log('关闭浏览器即可退出 Close the browser to quit.');
  context.on('close', () => server.close());
}
