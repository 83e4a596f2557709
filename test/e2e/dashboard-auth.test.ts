// The dashboard against a controller that needs the token even for reads (read_auth: token,
// the default): it asks for the token before showing anything, refuses a wrong one in words,
// keeps the right one across reloads, and forgets it on sign-out.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/broker-fixtures.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import {
  buildDashboard,
  launchBrowser,
  openPage,
  startDashboardController,
  TEST_TOKEN,
  type TestController,
  waitFor,
  waitForText,
} from '../helpers/browser.ts';

const teardown = teardownAll();
let ctl: TestController;
let browser: Browser;

beforeAll(async () => {
  const dir = await makeTempDir(teardown, 'mc-dashboard-auth-');
  let uiDir: string;
  [uiDir, browser] = await Promise.all([buildDashboard(teardown), launchBrowser(teardown)]);
  ctl = await startDashboardController(teardown, { dir, uiDir, config: { read_auth: 'token' } });
  await ctl.register('gate-1');
}, 60_000);

afterAll(() => teardown.run());

describe('dashboard: token', () => {
  it('asks for the token when reads need it, refuses a wrong one, keeps the right one until sign-out', async () => {
    const { context, page } = await openPage(browser, ctl.addresses.http);
    teardown.add('page', () => context.close());
    await waitForText(page, 'main', 'needs the operator token to show the fleet');
    expect(await page.locator('[role=row][data-device]').count()).toBe(0);

    await page.fill('#mc-token', 'not-the-token-at-all');
    await page.click('button:has-text("Use token")');
    await waitForText(page, 'main [role=alert]', 'the controller refused this token');

    await page.fill('#mc-token', TEST_TOKEN);
    await page.click('button:has-text("Use token")');
    await waitFor(page, '[data-testid=live-state][data-state=connected]');
    await waitFor(page, '[role=row][data-device="gate-1"][data-health=unknown]');

    // Kept in the browser: a reload goes straight to the fleet.
    await page.reload();
    await waitFor(page, '[role=row][data-device="gate-1"]');
    await waitForText(page, '[data-testid=access-mode]', 'operator');

    await page.click('button:has-text("Sign out")');
    await waitForText(page, 'main', 'needs the operator token to show the fleet');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { localStorage: { length: number } }).localStorage.length,
      ),
    ).toBe(0);
  });
});
