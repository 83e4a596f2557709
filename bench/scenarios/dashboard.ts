// `npm run bench -- dashboard [--changes 200] [--debounce 50,500] [--devices 1000]`: the
// dashboard in Debian's Chromium (playwright-core) against a real controller (its own
// process, embedded broker, serving the freshly built UI) and a real device daemon (`mctl
// up`, its own process).
//
// 1. Workload change → DOM: a workload is stopped and started alternately through the API
//    (`--changes` changes, one at a time). The page (the device page) records, with a
//    MutationObserver, the moment the workload's status cell shows the new status, on the
//    wall clock (performance.timeOrigin + performance.now()); the device's own timestamps
//    come from the state it reported: last_stopped_ms / last_started_ms (the moment its
//    process ended / was spawned) and ts_ms (the moment the state was published). Same
//    machine, same clock. Run once per daemon status_debounce_ms in `--debounce` (500 is the
//    daemon's default; the debounce holds every change back that long before publishing).
// 2. Overview with `--devices` simulated devices (retained presence + status published by one
//    operator client, as test/e2e/dashboard-scale.test.ts does): page load → every device
//    counted and the first rows drawn (5 fresh page loads), then every device reporting once
//    more → the last report on screen, long tasks, JS heap.
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectAsync } from 'mqtt';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { encode } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../../test/helpers/browser.ts';
import { spawnReady, stopChild } from '../child-process.ts';
import {
  type Api,
  api,
  killWorkloadsOf,
  REPO,
  runController,
  startDaemon,
  TOKEN,
  until,
  WORKLOAD,
  type WorkloadJson,
} from '../dashboard/processes.ts';
import { percentile, printTable, round, writeResult } from '../stats.ts';

export const description =
  'dashboard in Chromium: workload change on a real device → DOM (p50/p99), overview render with 1,000 devices';

const log = (message: string) =>
  process.stderr.write(`[dashboard ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string', default: 'main' },
      dir: { type: 'string' },
      'ui-dir': { type: 'string' },
      changes: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '10' },
      debounce: { type: 'string', default: '50,500' },
      devices: { type: 'string', default: '1000' },
      loads: { type: 'string', default: '5' },
    },
  });
  const count = (name: string, raw: string | undefined, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name}: a whole number ≥ ${min}, got ${raw}`);
    return n;
  };
  return {
    role: values.role,
    dir: values.dir,
    uiDir: values['ui-dir'],
    changes: count('changes', values.changes, 2),
    warmup: count('warmup', values.warmup, 0),
    debounce: (values.debounce ?? '').split(',').map((v) => count('debounce', v, 0)),
    devices: count('devices', values.devices, 1),
    loads: count('loads', values.loads, 1),
  };
}

const wallNow = () => performance.timeOrigin + performance.now();

/**
 * In the page: every status the workload's cell shows, with the wall-clock time it appeared.
 * A string, not a function: tsx's keepNames would wrap inner functions in a helper the page lacks.
 */
const OBSERVE_STATUS = (workload: string) => `(() => {
  window.shown = [];
  const check = () => {
    const status = document.querySelector('tr[data-workload="${workload}"] [data-status]')?.getAttribute('data-status');
    if (status && status !== window.shown.at(-1)?.status)
      window.shown.push({ status, t: performance.timeOrigin + performance.now() });
  };
  check();
  new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
})()`;

async function observeStatus(page: Page): Promise<void> {
  await page.evaluate(OBSERVE_STATUS(WORKLOAD));
}

interface ChangeSample {
  device_to_dom_ms: number;
  publish_to_dom_ms: number;
  command_to_dom_ms: number;
}

async function changesToDom(
  browser: Browser,
  http: string,
  call: Api,
  device: string,
  opts: { changes: number; warmup: number },
): Promise<ChangeSample[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${http}/devices/${device}`);
    await page.locator(`tr[data-workload=${WORKLOAD}] [data-status=running]`).waitFor({ timeout: 20_000 });
    await observeStatus(page);
    const samples: ChangeSample[] = [];
    for (let i = 0; i < opts.warmup + opts.changes; i++) {
      const target = i % 2 === 0 ? 'stopped' : 'running';
      const shownBefore = await page.evaluate(
        () => (globalThis as unknown as { shown: unknown[] }).shown.length,
      );
      const sent = wallNow();
      await call(
        'POST',
        `/api/fleet/clients/${device}/workloads/${WORKLOAD}/${target === 'stopped' ? 'stop' : 'start'}`,
      );
      const shownAt = (await (
        await page.waitForFunction(
          ([from, want]) => {
            const shown = (globalThis as unknown as { shown: Array<{ status: string; t: number }> }).shown;
            return shown.slice(from as number).find((s) => s.status === want)?.t;
          },
          [shownBefore, target] as const,
          { timeout: 20_000 },
        )
      ).jsonValue()) as number;
      // Nothing else changes the workload meanwhile: what the controller holds is that state.
      const detail = await call<{ device: { workloads: WorkloadJson[] } }>(
        'GET',
        `/api/fleet/clients/${device}`,
      );
      const w = detail.device.workloads.find((x) => x.name === WORKLOAD);
      if (w?.status !== target)
        throw new Error(`change ${i}: the controller holds ${w?.status}, not ${target}`);
      const changedAt = target === 'stopped' ? w.last_stopped_ms : w.last_started_ms;
      if (i >= opts.warmup)
        samples.push({
          device_to_dom_ms: shownAt - changedAt,
          publish_to_dom_ms: shownAt - w.ts_ms,
          command_to_dom_ms: shownAt - sent,
        });
    }
    return samples;
  } finally {
    await context.close();
  }
}

function stats(values: number[]) {
  return {
    p50_ms: round(percentile(values, 50), 1),
    p90_ms: round(percentile(values, 90), 1),
    p99_ms: round(percentile(values, 99), 1),
    max_ms: round(Math.max(...values), 1),
  };
}

/** Publishes retained presence and a status for every simulated device, as an operator. */
async function simulatedFleet(mqtt: string, names: string[]) {
  const client = await connectAsync(mqtt, {
    protocolVersion: 4,
    clientId: 'bench-dashboard-sim',
    username: 'operator',
    password: TOKEN,
    reconnectPeriod: 0,
  });
  const publishStatus = (name: string, seq: number, cpu: number) =>
    client.publishAsync(
      topics.status(name),
      Buffer.from(
        encode('status', {
          device: name,
          seq,
          ts_ms: Date.now(),
          workloads_running: 2,
          workloads_total: 2,
          tags: [seq % 2 ? 'odd' : 'even'],
          system: {
            cpu_percent: cpu,
            mem_used_bytes: 1_000 + seq,
            mem_total_bytes: 4_000,
            disk_used_bytes: 10,
            disk_total_bytes: 100,
          },
        }),
      ),
      { qos: 1, retain: true },
    );
  const presence = Buffer.from(encode('presence', { online: true, since_ms: Date.now() }));
  await Promise.all(
    names.map(async (name, i) => {
      await client.publishAsync(topics.presence(name), presence, { qos: 1, retain: true });
      await publishStatus(name, 1, i % 50);
    }),
  );
  return { client, publishStatus };
}

/** In a fresh page from navigation: when every device was counted and rows were drawn, in ms. */
async function overviewLoad(browser: Browser, http: string, total: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Checked once per frame: the first frame that shows the whole count and a row.
  await page.addInitScript(`(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
    const frame = () => {
      const main = document.querySelector('main')?.textContent ?? '';
      if (main.includes('${total} of ${total} shown') && document.querySelector('[role=row][data-device]')) {
        window.rendered = performance.now();
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
  await page.goto(http);
  const rendered = (await (
    await page.waitForFunction(() => (globalThis as unknown as { rendered?: number }).rendered, undefined, {
      timeout: 60_000,
    })
  ).jsonValue()) as number;
  const rows = await page.locator('[role=row][data-device]').count();
  return { context, page, rendered, rows };
}

export async function run(args: string[]): Promise<void> {
  const opts = options(args);
  if (opts.role === 'controller') {
    if (!opts.dir || !opts.uiDir) throw new Error('--role controller needs --dir and --ui-dir');
    return runController(opts.dir, opts.uiDir);
  }
  const dir = mkdtempSync(join(tmpdir(), 'mc-bench-dashboard-'));
  const children: ChildProcess[] = [];
  let browser: Browser | undefined;
  const loadBefore = loadavg().map((l) => round(l, 2));
  try {
    const uiDir = join(dir, 'ui');
    log('building the dashboard');
    await build({
      configFile: join(REPO, 'ui', 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: uiDir, emptyOutDir: true },
    });
    const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const ctl = await spawnReady(
      process.execPath,
      [tsx, 'bench/run.ts', 'dashboard', '--role', 'controller', '--dir', dir, '--ui-dir', uiDir],
      { ready: (line) => line.event === 'listening' },
    );
    children.push(ctl.child);
    const http = String(ctl.line.http);
    const mqtt = String(ctl.line.mqtt);
    const call = api(http);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

    const rows: Record<string, string | number>[] = [];
    const changes: Record<string, unknown> = {};
    for (const debounceMs of opts.debounce) {
      const name = `bench-d${debounceMs}`;
      const daemonDir = join(dir, name);
      mkdirSync(daemonDir);
      const daemon = await startDaemon(call, mqtt, daemonDir, name, debounceMs);
      children.push(daemon);
      log(`${name}: ${opts.changes} changes (status_debounce_ms ${debounceMs})`);
      const samples = await changesToDom(browser, http, call, name, opts);
      await call('POST', `/api/fleet/clients/${name}/workloads/${WORKLOAD}/stop`).catch(() => undefined);
      await stopChild(daemon);
      killWorkloadsOf(daemonDir);
      const result = {
        device_change_to_dom: stats(samples.map((s) => s.device_to_dom_ms)),
        device_publish_to_dom: stats(samples.map((s) => s.publish_to_dom_ms)),
        api_command_to_dom: stats(samples.map((s) => s.command_to_dom_ms)),
      };
      changes[`debounce_${debounceMs}ms`] = { n: samples.length, ...result };
      for (const [what, s] of Object.entries(result))
        rows.push({ debounce_ms: debounceMs, from: what, n: samples.length, ...s });
    }
    printTable(
      `workload stop/start on a real daemon → DOM of the device page (Chromium), ${opts.changes} changes each`,
      rows,
    );

    log(`overview: ${opts.devices} simulated devices`);
    const names = Array.from({ length: opts.devices }, (_, i) => `sim-${String(i).padStart(4, '0')}`);
    const fleet = await simulatedFleet(mqtt, names);
    const total = opts.devices + opts.debounce.length;
    await until('every device in the controller', async () => {
      const list = await call<unknown[]>('GET', '/api/fleet/clients');
      return list.length >= total ? true : undefined;
    });
    const renders: number[] = [];
    let rowsInDom = 0;
    for (let i = 0; i < opts.loads; i++) {
      const load = await overviewLoad(browser, http, total);
      renders.push(load.rendered);
      rowsInDom = load.rows;
      if (i < opts.loads - 1) await load.context.close();
      else {
        // The last page stays: every device reports once more, sorted by CPU, the last report on top.
        const { page, context } = load;
        // Only the simulated devices: a real daemon's heartbeat may report a busier CPU than any of them.
        await page.fill('[data-testid=filter-name]', 'sim-');
        await page.selectOption('[data-testid=sort]', 'cpu');
        await page.click('button[aria-label=Ascending]');
        await page.evaluate(() => {
          (globalThis as unknown as { longTasks: number[] }).longTasks = [];
        });
        const burstStart = wallNow();
        await Promise.all(names.map((n, j) => fleet.publishStatus(n, 2, 50 + (j % 40))));
        const last = names[Math.floor(names.length / 2)] ?? 'sim-0000';
        await fleet.publishStatus(last, 3, 99.5);
        const published = wallNow();
        const shownAt = (await (
          await page.waitForFunction(
            (want) => {
              const g = globalThis as unknown as {
                document: { querySelector(s: string): { getAttribute(n: string): string | null } | null };
                performance: { timeOrigin: number; now(): number };
              };
              const first = g.document.querySelector('[role=row][data-device]')?.getAttribute('data-device');
              return first === want ? g.performance.timeOrigin + g.performance.now() : undefined;
            },
            last,
            { timeout: 60_000, polling: 'raf' },
          )
        ).jsonValue()) as number;
        const longTasks = await page.evaluate(
          () => (globalThis as unknown as { longTasks: number[] }).longTasks,
        );
        const heap = await page.evaluate(
          () =>
            (globalThis as unknown as { performance: { memory?: { usedJSHeapSize: number } } }).performance
              .memory?.usedJSHeapSize ?? 0,
        );
        changes.overview = {
          devices: total,
          loads: renders.length,
          load_to_rendered_ms: {
            median: round(percentile(renders, 50), 0),
            max: round(Math.max(...renders), 0),
            all: renders.map((r) => round(r, 0)),
          },
          rows_in_dom: rowsInDom,
          burst_publish_ms: round(published - burstStart, 0),
          last_report_to_dom_ms: round(shownAt - published, 1),
          longest_task_ms: Math.max(0, ...longTasks),
          long_tasks: longTasks.length,
          js_heap_mb: round(heap / 1024 / 1024, 1),
        };
        await context.close();
      }
    }
    await fleet.client.endAsync();
    const o = changes.overview as Record<string, unknown> & {
      load_to_rendered_ms: { median: number; max: number };
    };
    printTable(`overview with ${total} devices (Chromium, ${opts.loads} fresh loads)`, [
      {
        'load → rendered, median / max (ms)': `${o.load_to_rendered_ms.median} / ${o.load_to_rendered_ms.max}`,
        'rows in DOM': String(o.rows_in_dom),
        'all report again: last → DOM (ms)': String(o.last_report_to_dom_ms),
        'longest task (ms)': String(o.longest_task_ms),
        'JS heap (MB)': String(o.js_heap_mb),
      },
    ]);
    const loadAfter = loadavg().map((l) => round(l, 2));
    console.log(`\nload average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`);
    console.log(
      `result: ${writeResult('dashboard', { ...changes, changes: opts.changes, warmup: opts.warmup, load_before: loadBefore, load_after: loadAfter, chromium: browser.version() })}`,
    );
  } finally {
    await browser?.close();
    for (const child of children.reverse()) await stopChild(child);
    killWorkloadsOf(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}
