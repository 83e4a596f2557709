// The overview with 1,000 devices: it renders only the rows in view, stays responsive while
// every device reports at once, and shows the newest state after the burst. Devices are
// played by one operator MQTT client publishing their retained presence and status (the ACL
// lets an operator publish those), which is the load the controller's live feed coalesces.
import { connectAsync, type MqttClient } from 'mqtt';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';
import { makeTempDir } from '../helpers/broker-fixtures.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import {
  type BrowserGlobals,
  buildDashboard,
  launchBrowser,
  openPage,
  screenshot,
  startDashboardController,
  TEST_TOKEN,
  type TestController,
  waitFor,
  waitForText,
} from '../helpers/browser.ts';

const DEVICES = 1000;
const teardown = teardownAll();
let ctl: TestController;
let browser: Browser;
let operator: MqttClient;

const names = Array.from({ length: DEVICES }, (_, i) => `sim-${String(i).padStart(4, '0')}`);

async function publishStatus(name: string, seq: number, cpu: number): Promise<void> {
  const status = encode('status', {
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
  });
  await operator.publishAsync(topics.status(name), Buffer.from(status), { qos: 1, retain: true });
}

beforeAll(async () => {
  const dir = await makeTempDir(teardown, 'mc-dashboard-scale-');
  let uiDir: string;
  [uiDir, browser] = await Promise.all([buildDashboard(teardown), launchBrowser(teardown)]);
  ctl = await startDashboardController(teardown, { dir, uiDir });
  operator = await connectAsync(ctl.addresses.mqtt ?? '', {
    protocolVersion: 4,
    clientId: 'scale-test',
    username: 'operator',
    password: TEST_TOKEN,
    reconnectPeriod: 0,
  });
  teardown.add('operator client', () => operator.endAsync());
  const presence = Buffer.from(encode('presence', { online: true, since_ms: Date.now() }));
  await Promise.all(
    names.map(async (name, i) => {
      await operator.publishAsync(topics.presence(name), presence, { qos: 1, retain: true });
      await publishStatus(name, 1, i % 50);
    }),
  );
  // The store has taken them all in (expect.poll is for tests, not hooks).
  const deadline = Date.now() + 20_000;
  while ((ctl.controller.store?.devices().length ?? 0) < DEVICES) {
    if (Date.now() > deadline)
      throw new Error(`the store holds ${ctl.controller.store?.devices().length} devices`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}, 60_000);

afterAll(() => teardown.run());

/** Long main-thread tasks (> 50 ms) the page has seen since it loaded, in ms. */
const longTasks = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as BrowserGlobals & { longTasks: number[] }).longTasks);

describe('dashboard: 1,000 devices', () => {
  it('renders the overview virtualised and keeps up with every device reporting at once', async () => {
    const started = Date.now();
    const { context, page } = await openPage(browser, 'about:blank');
    teardown.add('page', () => context.close());
    await page.addInitScript(() => {
      // The browser's PerformanceObserver, typed by hand: the test tsconfig has no DOM library.
      type Observer = new (
        callback: (list: { getEntries(): { duration: number }[] }) => void,
      ) => { observe(options: { type: string; buffered: boolean }): void };
      const g = globalThis as unknown as { longTasks: number[]; PerformanceObserver: Observer };
      g.longTasks = [];
      new g.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) g.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(ctl.addresses.http);
    await waitForText(page, 'main', `${DEVICES} of ${DEVICES} shown`, 20_000);
    await waitFor(page, '[role=row][data-device="sim-0000"]');
    const firstRender = Date.now() - started;
    const rendered = await page.locator('[role=row][data-device]').count();
    expect(rendered).toBeLessThan(60); // only what is in view, plus a few either side

    // Sorted by CPU, the device that reports the highest value last must come to the top.
    await page.selectOption('[data-testid=sort]', 'cpu');
    await page.click('button[aria-label=Ascending]');
    const burstStart = Date.now();
    await Promise.all(names.map((name, i) => publishStatus(name, 2, 50 + (i % 40))));
    await publishStatus('sim-0500', 3, 99.5);
    const published = Date.now();
    await page.waitForFunction(
      () => {
        const doc = (globalThis as unknown as BrowserGlobals).document;
        const first = Array.from(doc.querySelectorAll('[role=row][data-device]'))[0] as unknown as
          | { getAttribute(n: string): string | null }
          | undefined;
        return first?.getAttribute('data-device') === 'sim-0500';
      },
      undefined,
      { timeout: 15_000 },
    );
    const shownAfter = Date.now() - published;
    const tasks = await longTasks(page);
    await screenshot(page, 'overview-1000');

    // Scrolling to the end brings the last rows in.
    await page.selectOption('[data-testid=sort]', 'name');
    await page.click('button[aria-label=Descending]');
    await page.locator('[data-testid=device-list]').evaluate((el) => {
      (el as unknown as { scrollTop: number; scrollHeight: number }).scrollTop = 1e9;
    });
    await waitFor(page, '[role=row][data-device="sim-0999"]');

    const report = {
      first_render_ms: firstRender,
      rows_in_dom: rendered,
      burst_publish_ms: published - burstStart,
      last_update_to_dom_ms: shownAfter,
      long_tasks_ms: tasks,
    };
    process.stdout.write(`dashboard 1,000 devices: ${JSON.stringify(report)}\n`);
    // Loose bounds for a 2-core VM: a regression to per-message re-renders blows far past them.
    expect(Math.max(0, ...tasks)).toBeLessThan(1000);
    expect(shownAfter).toBeLessThan(5000);
  });
});
