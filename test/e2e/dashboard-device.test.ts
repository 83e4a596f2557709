// The device page against a real device daemon (`mctl up` with real workload processes):
// a workload's log followed over the bus (MQTT over WebSocket from the browser) and by
// polling in read-only mode, a real stop shown without a reload, and a killed daemon turning
// offline on the overview.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/broker-fixtures.ts';
import { teardownAll, teardownEach } from '../helpers/broker-teardown.ts';
import {
  buildDashboard,
  launchBrowser,
  openPage,
  screenshot,
  startDashboardController,
  TEST_TOKEN,
  type TestController,
  textOf,
  waitFor,
  waitForText,
} from '../helpers/browser.ts';
import type { RunningChild } from '../helpers/child.ts';
import { daemonFixture } from '../helpers/fleet-daemon.ts';

const teardown = teardownAll();
const pages = teardownEach();
let ctl: TestController;
let browser: Browser;
let daemon: RunningChild;

/** Prints "tick N" five times a second, so a followed log visibly grows. */
const TICKER = `name: ticker
type: service
run_mode: forever
command: 'i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 0.2; done'
stop_timeout: 2
`;

beforeAll(async () => {
  const dir = await makeTempDir(teardown, 'mc-dashboard-device-');
  let uiDir: string;
  [uiDir, browser] = await Promise.all([buildDashboard(teardown), launchBrowser(teardown)]);
  // stale_after 3 s (heartbeats every 1 s here): see the last test.
  ctl = await startDashboardController(teardown, { dir, uiDir, config: { stale_after: 3 } });
  const registry = ctl.controller.registry;
  if (!registry) throw new Error('no registry');
  const creds = await registry.add('dev-1', { brokerUrls: ctl.controller.deviceBrokerUrls(), tags: ['lab'] });
  const fixture = daemonFixture(teardown, {
    device: 'dev-1',
    brokerUrl: ctl.addresses.mqtt ?? '',
    workloads: ['svc'],
    fleet: `  username: dev-1\n  password: ${creds.password}`,
  });
  writeFileSync(join(fixture.configDir, 'ticker.yaml'), TICKER);
  daemon = await fixture.up();
}, 60_000);

afterAll(() => teardown.run());

async function devicePage(token?: string): Promise<Page> {
  const { page } = await openPage(browser, ctl.addresses.http, token ? { token } : {});
  pages.add('page', () => page.context().close());
  await waitFor(page, '[role=row][data-device="dev-1"][data-health=online]', 15_000);
  await page.click('[role=row][data-device="dev-1"] a');
  await waitFor(page, 'tr[data-workload=ticker] [data-status=running]', 15_000);
  await page.click('tr[data-workload=ticker] button.name');
  await waitForText(page, 'main', 'Log of ticker');
  return page;
}

/** The highest "tick N" in the log view. */
async function lastTick(page: Page): Promise<number> {
  const ticks = [...(await textOf(page, '[data-testid=log-lines]')).matchAll(/tick (\d+)/g)];
  return Math.max(0, ...ticks.map((m) => Number(m[1])));
}

describe('dashboard: device page with a real daemon', () => {
  it('follows a workload log over the bus: new lines appear, pause holds them, resume shows them', async () => {
    const page = await devicePage(TEST_TOKEN);
    await waitForText(page, '[data-testid=log-lines]', 'tick');
    await page.click('[data-testid=log-view] button:has-text("Follow")');
    await waitForText(page, '[data-testid=log-status]', 'following over MQTT');
    const before = await lastTick(page);
    await waitForText(page, '[data-testid=log-lines]', `tick ${before + 3}`);

    await page.click('[data-testid=log-view] button:has-text("Pause")');
    const frozen = await lastTick(page);
    console.log('STATUS', await textOf(page, '[data-testid=log-view]'));
    await waitForText(page, '[data-testid=log-view] button', 'new)');
    expect(await lastTick(page)).toBe(frozen);
    await page.click('[data-testid=log-view] button:has-text("Resume")');
    expect(await lastTick(page)).toBeGreaterThan(frozen);
    await screenshot(page, 'device-log-follow');

    await page.click('[data-testid=log-view] button:has-text("Stop following")');
    await waitForText(page, '[data-testid=log-status]', 'not following: stopped');
  });

  it('follows a log by polling the API in read-only mode', async () => {
    const page = await devicePage();
    await waitForText(page, '[data-testid=log-lines]', 'tick');
    await page.click('[data-testid=log-view] button:has-text("Follow")');
    await waitForText(page, '[data-testid=log-status]', 'polling');
    const before = await lastTick(page);
    await waitForText(page, '[data-testid=log-lines]', `tick ${before + 3}`);
  });

  it('stops a real workload after confirmation and shows it stopped without a reload', async () => {
    const page = await devicePage(TEST_TOKEN);
    await page.click('tr[data-workload=svc] button:has-text("Stop")');
    await page.click('tr[data-workload=svc] [role=group] button:has-text("Stop")');
    await waitFor(page, 'tr[data-workload=svc] [data-status=stopped]');
    await waitForText(page, '[data-testid=notice]', 'stop svc on dev-1: stopped');
    await waitForText(page, '[data-testid=events]', 'svc');
  });

  it('shows the device offline on the overview when its daemon is killed', async () => {
    const { page } = await openPage(browser, ctl.addresses.http);
    pages.add('page', () => page.context().close());
    await waitFor(page, '[role=row][data-device="dev-1"][data-health=online]');
    await daemon.kill('SIGKILL');
    // Offline at once by its Last Will (well before stale_after), without a reload.
    await waitFor(page, '[role=row][data-device="dev-1"][data-health=offline]', 5_000);
    await waitForText(page, '[data-testid=fleet-counts]', '0 online');
    await screenshot(page, 'overview-device-lost');
  });
});
