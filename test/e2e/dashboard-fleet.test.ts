// The dashboard in a real browser against a real controller, with devices played over the
// real contract by the test (SimDevice): the overview follows the fleet live, filters work,
// the device page controls workloads, errors read as sentences, the registry shows new
// credentials once, and the live feed comes back by itself after the controller restarts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teardownAll, teardownEach } from '../helpers/broker-teardown.ts';
import {
  type BrowserGlobals,
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
import { SimDevice } from '../helpers/controller-sim-device.ts';

const teardown = teardownAll();
// Pages close after each test: an open page keeps reconnecting to whatever listens.
const pages = teardownEach();
let ctl: TestController;
let uiDir: string;
let dir: string;
let browser: Browser;
let lab: SimDevice;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-dashboard-'));
  teardown.add('temp dir', () => rmSync(dir, { recursive: true, force: true }));
  [uiDir, browser] = await Promise.all([buildDashboard(teardown), launchBrowser(teardown)]);
  ctl = await startDashboardController(teardown, { dir, uiDir });
  lab = await SimDevice.connect(teardown, await ctl.register('lab-1', ['lab']), 'lab-1', {
    workloads: ['pump', 'sensor'],
    tags: ['lab'],
  });
  await SimDevice.connect(teardown, await ctl.register('field-1', ['field']), 'field-1', {
    workloads: ['svc'],
    tags: ['field'],
  });
}, 60_000);

afterAll(() => teardown.run());

const row = (name: string) => `[role=row][data-device="${name}"]`;

async function overview(opts: { token?: string } = {}): Promise<Page> {
  const { page } = await openPage(browser, ctl.addresses.http, opts);
  pages.add('page', () => page.context().close());
  await waitFor(page, '[data-testid=live-state][data-state=connected]');
  return page;
}

describe('dashboard: fleet', () => {
  it('lists every device online and updates a row live when a workload changes state, without a reload', async () => {
    const page = await overview();
    await waitFor(page, `${row('lab-1')}[data-health=online]`);
    await waitFor(page, `${row('field-1')}[data-health=online]`);
    await waitForText(page, `${row('lab-1')} [data-testid=workload-counts]`, '2 / 0 / 2');
    await waitForText(page, '[data-testid=fleet-counts]', '2 online');
    await screenshot(page, 'overview');
    await page.evaluate(() => {
      (globalThis as unknown as BrowserGlobals).marker = 'same page';
    });

    await lab.setWorkload('pump', 'failed');
    await waitForText(page, `${row('lab-1')} [data-testid=workload-counts]`, '1 / 1 / 2');
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).marker)).toBe('same page');
  });

  it('filters by name, tag and health', async () => {
    const page = await overview();
    await waitFor(page, row('field-1'));
    const shown = () =>
      page
        .locator('[role=row][data-device]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-device')));

    await page.fill('[data-testid=filter-name]', 'field');
    await waitForText(page, 'main', '1 of 2 shown');
    expect(await shown()).toEqual(['field-1']);

    await page.fill('[data-testid=filter-name]', '');
    await page.selectOption('[data-testid=filter-tag]', 'lab');
    await waitForText(page, 'main', '1 of 2 shown');
    expect(await shown()).toEqual(['lab-1']);

    await page.selectOption('[data-testid=filter-tag]', '');
    await page.selectOption('[data-testid=filter-health]', 'offline');
    await waitForText(page, 'main', 'No device matches.');
    expect(await shown()).toEqual([]);
  });

  it('shows a device read-only without the token, and its restart reaches the device once signed in', async () => {
    const page = await overview();
    await page.click(`${row('lab-1')} a`);
    await waitFor(page, '[data-testid=workloads] tr[data-workload=pump]');
    expect(new URL(page.url()).pathname).toBe('/devices/lab-1');
    const restart = page.locator('tr[data-workload=sensor] button', { hasText: 'Restart' });
    expect(await restart.isDisabled()).toBe(true);
    expect(await restart.getAttribute('title')).toContain('Read-only');

    await page.click('button:has-text("Enter token")');
    await page.fill('#mc-token', TEST_TOKEN);
    await page.click('button:has-text("Use token")');
    await waitForText(page, '[data-testid=access-mode]', 'operator');
    await waitFor(page, '[data-testid=live-state][data-state=connected]');

    await restart.click();
    await waitForText(page, '[data-testid=notice]', 'restart sensor on lab-1: running');
    expect(lab.received).toContain('restart');

    // Stop asks first; the table follows the device's new state over the live feed.
    await page.click('tr[data-workload=sensor] button:has-text("Stop")');
    await page.click('tr[data-workload=sensor] [role=group] button:has-text("Stop")');
    await waitFor(page, 'tr[data-workload=sensor] [data-status=stopped]');
    expect(lab.received).toContain('stop');
    await screenshot(page, 'device-detail');
  });

  it('shows an API error as a readable message', async () => {
    const page = await overview({ token: TEST_TOKEN });
    await page.click('nav a:has-text("Devices")');
    await waitFor(page, '[data-testid=registry] tr[data-device=lab-1]');
    await page.fill('[data-testid=add-device] input[placeholder="edge-7"]', 'lab-1');
    await page.click('button:has-text("Add device")');
    await waitForText(
      page,
      '[data-testid=notice]',
      'add lab-1 failed: device lab-1 is already registered (MC_ERR_CONFLICT)',
    );
  });

  it('adds a device and shows its credentials and daemon.yaml block once, then removes it', async () => {
    const page = await overview({ token: TEST_TOKEN });
    await page.click('nav a:has-text("Devices")');
    await page.fill('[data-testid=add-device] input[placeholder="edge-7"]', 'edge-9');
    await page.fill('[data-testid=add-device] input[placeholder="lab, north"]', 'lab, roof');
    await page.click('button:has-text("Add device")');
    await waitFor(page, '[data-testid=credentials]');
    expect(await textOf(page, '[data-testid=cred-username]')).toBe('edge-9');
    expect((await textOf(page, '[data-testid=cred-password]')).length).toBeGreaterThan(16);
    expect(await textOf(page, '[data-testid=cred-yaml]')).toContain('device_name: edge-9');
    await screenshot(page, 'registry-credentials');

    await page.click('button:has-text("Done, hide them")');
    await waitFor(page, '[data-testid=registry] tr[data-device=edge-9]');
    expect(await page.locator('[data-testid=credentials]').count()).toBe(0);
    // Not kept anywhere: leaving and coming back does not show them again.
    await page.click('nav a:has-text("Fleet")');
    await waitFor(page, row('edge-9'));
    await page.click('nav a:has-text("Devices")');
    await waitFor(page, '[data-testid=registry] tr[data-device=edge-9]');
    expect(await page.locator('[data-testid=credentials]').count()).toBe(0);

    await page.click('tr[data-device=edge-9] button:has-text("Remove")');
    await page.click('tr[data-device=edge-9] [role=group] button:has-text("Remove")');
    await waitForText(page, '[data-testid=notice]', 'remove edge-9: unregistered');
    await page.locator('[data-testid=registry] tr[data-device=edge-9]').waitFor({ state: 'detached' });
  });

  it('fits a phone-sized screen without sideways scrolling of the page', async () => {
    const { page } = await openPage(browser, ctl.addresses.http, { viewport: { width: 390, height: 844 } });
    pages.add('page', () => page.context().close());
    const overflow = () =>
      page.evaluate(() => {
        const g = globalThis as unknown as {
          innerWidth: number;
          document: { documentElement: { scrollWidth: number } };
        };
        return g.document.documentElement.scrollWidth - g.innerWidth;
      });
    await waitFor(page, row('lab-1'));
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-overview');
    await page.click(`${row('lab-1')} a`);
    await waitFor(page, '[data-testid=workloads] tr[data-workload=pump]');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-device');
  });

  it('shows the live feed reconnecting while the controller is down, then connected again and live', async () => {
    const page = await overview();
    await waitFor(page, row('lab-1'));
    const port = Number(new URL(ctl.addresses.http).port);
    await ctl.controller.stop();
    await waitFor(page, '[data-testid=live-state][data-state=reconnecting]');
    await waitForText(page, 'main', 'reconnecting to the live feed');

    const again = await startDashboardController(teardown, { dir, uiDir, port });
    // `connected` is shown only once the new socket delivered its snapshot.
    await waitFor(page, '[data-testid=live-state][data-state=connected]', 20_000);
    await waitFor(page, row('lab-1'));
    const res = await fetch(`${again.addresses.http}/api/devices`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'late-1' }),
    });
    expect(res.status).toBe(201);
    await waitFor(page, `${row('late-1')}[data-health=unknown]`);
  });
});
