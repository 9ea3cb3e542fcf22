// What a page's long tasks spend their time on, for issue 25's blocking time.
//
//   node src/test/lighthouse/long-tasks.mjs URL [LOADS] [MIN_MS]
//
// Loads URL LOADS times (5) in Debian's Chromium (CHROME_PATH, /usr/bin/chromium), each in a fresh
// browser context, unthrottled, at a phone's viewport; traces each load with the trace's own CPU
// profile, and prints for each load its main-thread tasks of MIN_MS (30) or more, then the JavaScript
// functions that took most self time in those tasks, per load. A forced style or layout counts as
// the self time of the function that forced it; then the same tasks' time by trace event (style,
// layout, parsing, JavaScript). Puppeteer comes from the Lighthouse install that
// LighthouseBenchmarkTest makes (target/lighthouse; LIGHTHOUSE_DIR to use another).
import {createRequire} from 'node:module';
import path from 'node:path';

const [url, loads = '5', minMs = '30'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node long-tasks.mjs URL [LOADS] [MIN_MS]');
  process.exit(2);
}
const require = createRequire(path.resolve(process.env.LIGHTHOUSE_DIR || 'target/lighthouse', 'package.json'));
const puppeteer = require('puppeteer-core');
const browser = await puppeteer.launch({executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true, args: ['--no-sandbox']});
const selfTime = new Map();
const eventTime = new Map();
try {
  for (let load = 0; load < +loads; load++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({width: 412, height: 823, isMobile: true, deviceScaleFactor: 1.75});
    await page.tracing.start({categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline',
      'disabled-by-default-v8.cpu_profiler']});
    await page.goto(url, {waitUntil: 'networkidle0'});
    await new Promise(resolve => setTimeout(resolve, 300));
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    await context.close();
    const thread = e => e.pid + ':' + e.tid;
    // The page's main thread: the one that parsed URL's HTML (not a browser page of its own).
    const parse = events.find(e => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
    if (!parse) {
      throw new Error('no HTML of ' + url + ' parsed in the trace');
    }
    const main = thread(parse);
    const start = parse.ts;
    const onMain = events.filter(e => thread(e) === main && e.ph === 'X');
    const tasks = onMain.filter(e => e.name === 'RunTask' && e.dur >= minMs * 1000).sort((a, b) => a.ts - b.ts);
    console.log(`load ${load + 1}: ` + tasks.map(t => `${((t.dur) / 1000).toFixed(1)} ms at ${((t.ts - start) / 1000).toFixed(0)}`).join(', '));
    // The browser's own work in those tasks, by trace event (self time: what nested events left).
    for (const task of tasks) {
      const inside = onMain.filter(e => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      const open = [];
      for (const e of inside) {
        while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) {
          open.pop();
        }
        e.children = 0;
        if (open.length) {
          open.at(-1).children += e.dur;
        }
        open.push(e);
      }
      inside.forEach(e => eventTime.set(e.name, (eventTime.get(e.name) || 0) + e.dur - e.children));
    }
    const profile = events.find(e => e.name === 'Profile' && thread(e) === main);
    if (!profile) {
      continue;
    }
    const nodes = new Map();
    let time = profile.args.data.startTime;
    for (const chunk of events.filter(e => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid)) {
      const cpu = chunk.args.data.cpuProfile || {};
      (cpu.nodes || []).forEach(node => nodes.set(node.id, node));
      const deltas = chunk.args.data.timeDeltas || [];
      (cpu.samples || []).forEach((id, k) => {
        time += deltas[k];
        if (!tasks.some(t => time >= t.ts && time <= t.ts + t.dur)) {
          return;
        }
        const frame = nodes.get(id)?.callFrame || {};
        const name = (frame.functionName || '(anonymous)') + (frame.url ? ' ' + frame.url.replace(/.*\//, '') + ':'
          + (frame.lineNumber + 1) + ':' + (frame.columnNumber + 1) : '');
        selfTime.set(name, (selfTime.get(name) || 0) + deltas[k]);
      });
    }
  }
} finally {
  await browser.close();
}
/** The longest entries of a map of microseconds, in milliseconds per load. */
function printLongest(title, times, count) {
  console.log(title);
  [...times].sort((a, b) => b[1] - a[1]).slice(0, count)
    .forEach(([name, micros]) => console.log((micros / 1000 / +loads).toFixed(1).padStart(7) + '  ' + name));
}
printLongest(`self time in those tasks, ms per load ("(program)" is the browser's own work outside JavaScript):`,
  selfTime, 15);
printLongest('self time in those tasks by trace event, ms per load (v8.* is JavaScript):', eventTime, 10);
