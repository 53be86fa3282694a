// The setting both Chromium scripts share (bench.mjs, profile.mjs): the corpus pages served
// beside the package, cross-origin isolated (for fine timers), headless Chromium that reaches
// nothing but that server, and bench/index.html loaded and ready.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../test/server.mjs';

const www = fileURLToPath(new URL('..', import.meta.url));

/** The corpus pages to run: `dir`, or the scrapinghub pages of ../shared. */
export function corpusPages(dir) {
  const pagesDir = dir ?? fileURLToPath(new URL('../../../shared/corpus/scrapinghub/pages/', import.meta.url));
  return { pagesDir, pages: readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort() };
}

/** Opens bench/index.html in headless Chromium; `close()` ends the browser and the server. */
export async function openBenchPage(pagesDir) {
  const server = await startServer({ www, fixtures: www, mounts: { '/corpus/': pagesDir }, isolated: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext();
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${server.url}/bench/index.html`);
  await page.waitForFunction(() => window.benchReady);
  return {
    context,
    page,
    corpusUrl: (name) => `${server.url}/corpus/${name}`,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
