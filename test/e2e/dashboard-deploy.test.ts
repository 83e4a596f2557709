// The deployments and tasks pages against a real controller and two real device daemons
// (`mctl up`): a deployment created in the page's form rolls out batch by batch while the
// page shows each device's step change live, to completed, with the devices really running
// the release; a cancel asks first and shows up live; a canary waits for Promote; a task queued in the form runs on its
// device and its output shows; a running task is cancelled from its page; the pages fit
// 1280 px and a phone screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelease } from '../../cli/commands/release.ts';
import type { DeploymentView } from '../../controller/live/messages.ts';
import { makeTempDir } from '../helpers/broker-fixtures.ts';
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
import { killAllChildren } from '../helpers/child.ts';
import { releaseDir } from '../helpers/deploy-real-fleet.ts';
import { daemonFixture } from '../helpers/fleet-daemon.ts';

const teardown = teardownAll();
const pages = teardownEach();
afterAll(() => killAllChildren());
const DEVICES = ['dep-1', 'dep-2'];
let ctl: TestController;
let browser: Browser;

/** A release of one service `app`; the script says which release it is, then sleeps. */
async function upload(version: string): Promise<void> {
  const dir = releaseDir(teardown, {
    'app.yaml': 'name: app\ntype: service\nrun_mode: forever\ncommand: sh ./app.sh\nstop_timeout: 2\n',
    'app.sh': `echo "app ${version} up"\nexec sleep 1000\n`,
  });
  await createRelease({ controller: ctl.addresses.http, token: TEST_TOKEN, json: true }, dir, version);
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${ctl.addresses.http}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${TEST_TOKEN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

beforeAll(async () => {
  const dir = await makeTempDir(teardown, 'mc-dashboard-deploy-');
  let uiDir: string;
  [uiDir, browser] = await Promise.all([buildDashboard(teardown), launchBrowser(teardown)]);
  ctl = await startDashboardController(teardown, { dir, uiDir });
  const registry = ctl.controller.registry;
  if (!registry) throw new Error('no registry');
  await Promise.all(
    DEVICES.map(async (name) => {
      const creds = await registry.add(name, {
        brokerUrls: ctl.controller.deviceBrokerUrls(),
        tags: ['e2e'],
      });
      const fixture = daemonFixture(teardown, {
        device: name,
        brokerUrl: ctl.addresses.mqtt ?? '',
        workloads: ['base'],
        fleet: `  username: ${name}\n  password: ${creds.password}`,
      });
      await fixture.up();
    }),
  );
  const deadline = Date.now() + 20_000;
  while (!DEVICES.every((n) => ctl.controller.store?.device(n)?.health === 'online')) {
    if (Date.now() > deadline) throw new Error('the daemons did not come online');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await upload('v1');
  await upload('v2');
}, 90_000);

afterAll(() => teardown.run());

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await openPage(browser, `${ctl.addresses.http}${path}`, {
    token: TEST_TOKEN,
    ...(viewport ? { viewport } : {}),
  });
  pages.add('page', () => page.context().close());
  await waitFor(page, '[data-testid=live-state][data-state=connected]');
  return page;
}

/** How far the page scrolls sideways beyond its width (0 or less: it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as {
      innerWidth: number;
      document: { documentElement: { scrollWidth: number } };
    };
    return g.document.documentElement.scrollWidth - g.innerWidth;
  });

/** Records every value the page shows for each device's step, in order, as the DOM changes. */
async function recordSteps(page: Page): Promise<void> {
  await page.evaluate(() => {
    type El = { getAttribute(n: string): string | null; closest(s: string): El | null };
    type Doc = { querySelectorAll(s: string): ArrayLike<El>; body: unknown };
    const g = globalThis as unknown as {
      document: Doc;
      stepsSeen: Record<string, string[]>;
      MutationObserver: new (cb: () => void) => { observe(t: unknown, o: Record<string, boolean>): void };
    };
    g.stepsSeen = {};
    const scan = () => {
      for (const el of Array.from(g.document.querySelectorAll('tr[data-device] [data-step]'))) {
        const device = el.closest('tr[data-device]')?.getAttribute('data-device') ?? '?';
        const step = el.getAttribute('data-step') ?? '?';
        const seen = g.stepsSeen[device] ?? [];
        if (seen.at(-1) !== step) g.stepsSeen[device] = [...seen, step];
      }
    };
    scan();
    new g.MutationObserver(scan).observe(g.document.body, {
      subtree: true,
      childList: true,
      attributes: true,
    });
  });
}

describe('dashboard: deployments with real daemons', () => {
  it('starts a deployment from the form and shows its progress live, batch by batch, to completed', async () => {
    const page = await open('/deployments');
    await waitForText(page, '[data-testid=deployments]', 'No deployment yet.');
    await page.click('button:has-text("New deployment")');
    await page.locator('[data-testid=deploy-release] option[value=v2]').waitFor({ state: 'attached' });
    await page.selectOption('[data-testid=deploy-release]', 'v1');
    await page.check('[data-testid=target-devices]');
    // Nothing chosen yet: the form says so and sends nothing.
    await page.click('button:has-text("Start deployment")');
    await waitForText(page, '[data-testid=deploy-form]', 'choose at least one device');
    for (const name of DEVICES) await page.check(`[data-testid=deploy-devices] input[value="${name}"]`);
    await page
      .locator('[data-testid=deploy-form] >> text=choose at least one device')
      .waitFor({ state: 'detached' });
    await page.fill('[data-testid=deploy-batch-size]', '1');
    await page.fill('[data-testid=deploy-min-healthy]', '1');
    await page.fill('[data-testid=deploy-timeout]', '30');
    await waitForText(page, '[data-testid=deploy-preview]', '2 devices in 2 batches: [dep-1] → [dep-2]');
    await screenshot(page, 'deployments-form');
    await page.evaluate(() => {
      (globalThis as unknown as BrowserGlobals).marker = 'same page';
    });
    await page.click('button:has-text("Start deployment")');

    await page.waitForURL(/\/deployments\/[a-z0-9-]+$/);
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await waitFor(page, '[data-testid=batch][data-batch="2"]');
    await recordSteps(page);
    await waitFor(page, '[data-testid=deployment][data-status=completed]', 45_000);
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).marker)).toBe('same page');
    await waitFor(page, '[data-testid=batch][data-batch="1"][data-state=passed]');
    await waitFor(page, '[data-testid=batch][data-batch="2"][data-state=passed]');
    expect(await textOf(page, '[data-testid=deploy-progress]')).toContain('2/2');
    // The page saw dep-2 wait, deploy and pass: progress arrived live, not only the end state.
    const seen = await page.evaluate(
      () => (globalThis as unknown as { stepsSeen: Record<string, string[]> }).stepsSeen,
    );
    expect(seen['dep-2'], JSON.stringify(seen)).toEqual(['pending', 'deploying', 'healthy']);
    expect(seen['dep-1']?.at(-1)).toBe('healthy');
    await screenshot(page, 'deployment-detail');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // What the page says is what the controller and the devices say.
    const d = await api<DeploymentView>('GET', `/api/deployments/${id}`);
    expect([d.status, d.release, d.batches]).toEqual(['completed', 'v1', [['dep-1'], ['dep-2']]]);
    for (const name of DEVICES) expect(ctl.controller.store?.device(name)?.release).toBe('v1');

    await page.click('.crumbs a:has-text("Deployments")');
    await waitForText(page, `[data-testid=deployments] tr[data-deployment="${id}"]`, 'completed');
    await waitForText(page, `[data-testid=deployments] tr[data-deployment="${id}"]`, '2/2');
    await screenshot(page, 'deployments');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it('asks before cancelling, then shows the cancel and its end live', async () => {
    const created = await api<DeploymentView>('POST', '/api/deployments', {
      release: 'v2',
      devices: DEVICES,
      batch_size: 1,
      min_healthy_time: 2,
      health_check_timeout: 30,
    });
    const page = await open(`/deployments/${created.id}`);
    await waitFor(page, 'tr[data-device=dep-1] [data-step=deploying]', 15_000);
    await page.click('button:has-text("Cancel deployment")');
    await waitForText(page, '[data-testid=deployment] [role=group]', 'Cancel? No further batch starts.');
    await page.click('[data-testid=deployment] [role=group] button:has-text("Yes, cancel")');
    await waitForText(page, '[data-testid=notice]', `cancel ${created.id}: in progress`);
    await waitForText(
      page,
      '[data-testid=deployment]',
      'Cancelling: the batch in flight finishes its health gate',
    );
    // The batch in flight passes its gate; the second never starts.
    await waitFor(page, '[data-testid=deployment][data-status=cancelled]', 30_000);
    await waitFor(page, '[data-testid=batch][data-batch="2"][data-state=not_started]');
    expect(await page.locator('button:has-text("Cancel deployment")').count()).toBe(0);
    await screenshot(page, 'deployment-cancelled');
    expect(ctl.controller.store?.device('dep-2')?.release).toBe('v1');
  });

  it('waits after its canary until promoted from the page, then completes', async () => {
    const created = await api<DeploymentView>('POST', '/api/deployments', {
      release: 'v2',
      devices: DEVICES,
      batch_size: 1,
      canary: 1,
      pause_after_canary: true,
      min_healthy_time: 1,
      health_check_timeout: 30,
    });
    const page = await open(`/deployments/${created.id}`);
    await waitForText(page, '[data-testid=deployment]', 'The canary passed: promote to continue', 30_000);
    await waitFor(page, '[data-testid=batch][data-batch="1"][data-state=passed]');
    await waitFor(page, '[data-testid=batch][data-batch="2"][data-state=waiting]');
    await screenshot(page, 'deployment-awaiting-promote');
    await page.click('button:has-text("Promote")');
    await waitFor(page, '[data-testid=deployment][data-status=completed]', 30_000);
    expect(await page.locator('button:has-text("Promote")').count()).toBe(0);
    for (const name of DEVICES) expect(ctl.controller.store?.device(name)?.release).toBe('v2');
  });

  it('queues a task in the form and shows it run on its device, live, with its output', async () => {
    const page = await open('/tasks');
    await waitForText(page, '[data-testid=tasks-done]', 'No task has finished yet.');
    await page.click('button:has-text("New task")');
    await page.fill('[data-testid=task-command]', `sh -c 'echo hello from the dashboard; sleep 1'`);
    await page.fill('[data-testid=task-name]', 'greet');
    await page.check('[data-testid=task-target-device]');
    await page.click('button:has-text("Queue task")');
    await waitForText(page, '[data-testid=task-form]', 'choose a device');
    await page.selectOption('[data-testid=task-device]', 'dep-1');
    await page.click('button:has-text("Queue task")');
    await page.waitForURL(/\/tasks\/[^/]+$/);
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.evaluate(() => {
      const g = globalThis as unknown as {
        document: {
          querySelector(s: string): { getAttribute(n: string): string | null } | null;
          body: unknown;
        };
        statesSeen: string[];
        MutationObserver: new (cb: () => void) => { observe(t: unknown, o: Record<string, boolean>): void };
      };
      g.statesSeen = [];
      new g.MutationObserver(() => {
        const state = g.document.querySelector('[data-testid=task]')?.getAttribute('data-state');
        if (state && g.statesSeen.at(-1) !== state) g.statesSeen.push(state);
      }).observe(g.document.body, { subtree: true, childList: true, attributes: true });
    });
    await waitFor(page, '[data-testid=task][data-state=succeeded]', 30_000);
    await waitForText(page, '[data-testid=task-output]', 'hello from the dashboard');
    await waitFor(page, '[data-testid=task-attempts] tr[data-attempt="1"] a:has-text("dep-1")');
    const states = await page.evaluate(() => (globalThis as unknown as { statesSeen: string[] }).statesSeen);
    expect(states.at(-1)).toBe('succeeded');
    expect(states, 'it was seen running before it ended').toContain('running');
    await page.click('button:has-text("Read the full output")');
    await waitForText(page, '[data-testid=notice]', `output of ${id}:`);
    await screenshot(page, 'task-detail');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.click('.crumbs a:has-text("Tasks")');
    await waitForText(page, `[data-testid=tasks-done] tr[data-task="${id}"]`, 'succeeded');
    await waitForText(page, `[data-testid=tasks-done] tr[data-task="${id}"]`, 'dep-1');
    await screenshot(page, 'tasks');
  });

  it('cancels a running task from its page after asking', async () => {
    const created = await api<{ id: string }>('POST', '/api/tasks', {
      name: 'long',
      argv: ['sleep', '60'],
      device: 'dep-2',
    });
    const page = await open('/tasks');
    await waitFor(page, `[data-testid=tasks-running] tr[data-task="${created.id}"]`, 15_000);
    await page.click(`[data-testid=tasks-running] tr[data-task="${created.id}"] a`);
    await waitFor(page, '[data-testid=task][data-state=running]');
    await page.click('button:has-text("Cancel task")');
    await waitForText(page, '[data-testid=task] [role=group]', 'Stop it on its device?');
    await page.click('[data-testid=task] [role=group] button:has-text("Yes, cancel")');
    await waitFor(page, '[data-testid=task][data-state=cancelled]', 20_000);
    expect(await page.locator('button:has-text("Cancel task")').count()).toBe(0);
    await screenshot(page, 'task-cancelled');
  });

  it('fits a phone-sized screen: deployments, their form, a deployment, tasks and their form', async () => {
    const phone = { width: 390, height: 844 };
    const page = await open('/deployments', phone);
    await waitFor(page, '[data-testid=deployments] tr[data-deployment]');
    await page.click('button:has-text("New deployment")');
    await waitFor(page, '[data-testid=deploy-form]');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-deployments');
    await page.click('[data-testid=deployments] tr[data-deployment] a');
    await waitFor(page, '[data-testid=batch]');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-deployment');
    await page.click('nav a:has-text("Tasks")');
    await waitFor(page, '[data-testid=tasks-done] tr[data-task]');
    await page.click('button:has-text("New task")');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-tasks');
  });
});
