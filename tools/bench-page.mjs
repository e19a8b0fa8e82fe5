#!/usr/bin/env node
// bench-page.mjs — the benchmark programs in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core, as tests/browser does), on the
// benchmark page (web/bench/): each runner on a fresh runtime per run, load
// and run timed separately in the page, outputs checked.
//   node tools/bench-page.mjs <runs> <runner,...> <name:size> ...
// Prints one JSON object: { "<name>": { "<runner>": { load, run } | "FAIL" } }
// with median milliseconds of <runs> runs.
import { launch } from '../tests/browser/lib/browser.mjs';

const [runsArg, runnersArg, ...entries] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
const runners = runnersArg.split(',');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const b = await launch();
const result = {};
try {
  const page = await b.newPage();
  page.setDefaultTimeout(600000);
  await page.goto(`${b.url}web/bench/`);
  await page.waitForFunction(() => typeof window.benchRun === 'function');
  for (const entry of entries) {
    const [name, size = ''] = entry.split(':');
    result[name] = {};
    for (const runner of runners) {
      const loads = [], times = [];
      let failed = null;
      for (let i = 0; i < runs && !failed; i++) {
        // a fresh page per run: nothing of the previous runtime stays warm
        await page.reload();
        await page.waitForFunction(() => typeof window.benchRun === 'function');
        const r = await page.evaluate(([rn, n, s]) => window.benchRun(rn, n, s).catch((e) => ({ error: String(e) })), [runner, name, size]);
        if (r.error || !r.ok) failed = r.error ?? `output differs (exit ${r.code})`;
        else { loads.push(r.load); times.push(r.run); }
      }
      if (failed) console.error(`bench-page: ${name} on ${runner}: ${failed}`);
      result[name][runner] = failed ? 'FAIL' : { load: median(loads), run: median(times) };
    }
  }
} finally {
  await b.close();
}
console.log(JSON.stringify(result));
