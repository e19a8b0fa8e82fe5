// browser.mjs — shared set-up for the browser tests: the repository's static
// server on a free 127.0.0.1 port and Debian's Chromium driven by
// playwright-core (never a downloaded browser; see TOOLCHAIN.md).

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../tools/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null. */
export function missingPrerequisite() {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  for (const f of ['build/wasm/cilantro.wasm', 'build/corlib/mscorlib.dll', 'build/web/hello.exe']) {
    if (!existsSync(path.join(ROOT, f))) return `${f} is not built (make all)`;
  }
  return null;
}

/**
 * Starts the server (on the repository, or on `root`) and a headless Chromium. Returns { url, browser,
 * newPage(), close() }; every page's console errors and page errors are
 * collected in page.errors for the tests to check.
 */
export async function launch({ root = ROOT } = {}) {
  const { chromium } = await import('playwright-core');
  const server = await startServer({ root, port: 0 });
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cilantro-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (e) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    url: server.url,
    context,
    async newPage() {
      const page = await context.newPage();
      page.setDefaultTimeout(8000);
      page.errors = [];
      page.logs = [];
      page.on('pageerror', (e) => page.errors.push(String(e)));
      page.on('console', (m) => page.logs.push(`${m.type()}: ${m.text()}`));
      return page;
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loads url in page and waits for the program's exit (the page's
 * body[data-exit-code]); returns the paths the page requested meanwhile. */
export async function visit(page, url) {
  const requested = [];
  const listener = (r) => requested.push(new URL(r.url()).pathname);
  page.on('request', listener);
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.exitCode !== undefined, null, { timeout: 20000 });
  page.off('request', listener);
  return requested;
}
