// Fixtures for the dashboard's end-to-end suites: the UI built with Vite into a temp dir,
// a real controller serving it (embedded broker, real LMDB, port 0), Debian's Chromium driven
// through playwright-core (never a downloaded browser: STACK.md), and small waits on the
// page's own state instead of fixed sleeps.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { controllerConfigFrom } from '../../controller/config/load.ts';
import { Controller, type ControllerAddresses } from '../../controller/controller.ts';
import { testLogger } from './broker-fixtures.ts';
import type { Teardown } from './broker-teardown.ts';

export const CHROMIUM = process.env.MC_CHROMIUM ?? '/usr/bin/chromium';
/** The flags STACK.md found to work on these machines (headless, no sandbox as root, no network chatter). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/**
 * The browser globals used inside page callbacks: the test tsconfig has no DOM library, and
 * those callbacks run in the page (serialised), so they cannot call helpers from here.
 */
export interface BrowserGlobals {
  localStorage: { setItem(key: string, value: string): void };
  document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
  marker?: string;
}

export const TEST_TOKEN = 'dashboard-test-token-0123456789';
/** Where screenshots go for a person to look at; `.vitest-*` is git-ignored. */
export const ARTIFACTS =
  process.env.MC_TEST_ARTIFACTS ??
  fileURLToPath(new URL('../../.vitest-artifacts/dashboard', import.meta.url));

const UI_CONFIG = fileURLToPath(new URL('../../ui/vite.config.ts', import.meta.url));

/** Builds the dashboard from ui/ into a fresh temp dir (not ui/dist, which may be someone's build). */
export async function buildDashboard(teardown: Teardown): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'mc-ui-build-'));
  teardown.add(`ui build ${outDir}`, () => rmSync(outDir, { recursive: true, force: true }));
  await build({ configFile: UI_CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface TestController {
  controller: Controller;
  addresses: ControllerAddresses;
  dir: string;
  /** MQTT URL with a registered device's credentials in it, for SimDevice.connect. */
  register(name: string, tags?: string[]): Promise<string>;
}

/** A real controller (read_auth open, like the demo) serving the built UI from `uiDir`. */
export async function startDashboardController(
  teardown: Teardown,
  opts: { dir: string; uiDir: string; port?: number; config?: Record<string, unknown> },
): Promise<TestController> {
  const config = controllerConfigFrom(
    {
      port: opts.port ?? 0,
      data_dir: 'data',
      read_auth: 'open',
      api_token: TEST_TOKEN,
      broker: { mqtt_port: 0 },
      ...opts.config,
    },
    opts.dir,
  );
  const controller = new Controller({ config, logger: testLogger(), version: 'test', uiDir: opts.uiDir });
  teardown.add(`controller in ${opts.dir} (port ${opts.port ?? 0})`, () => controller.stop());
  const addresses = await controller.start();
  return {
    controller,
    addresses,
    dir: opts.dir,
    async register(name, tags = []) {
      const registry = controller.registry;
      if (!registry) throw new Error('the controller has no registry');
      const creds = await registry.add(name, { brokerUrls: controller.deviceBrokerUrls(), tags });
      const url = new URL(addresses.mqtt ?? '');
      url.username = creds.username;
      url.password = creds.password;
      return url.href;
    },
  };
}

export async function launchBrowser(teardown: Teardown): Promise<Browser> {
  // launch() gives every run a fresh temporary profile (user-data dir), removed on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  teardown.add('chromium', () => browser.close());
  return browser;
}

/** A page in its own context (own localStorage); with `token`, signed in before any script runs. */
export async function openPage(
  browser: Browser,
  url: string,
  opts: { token?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 900 } });
  if (opts.token) {
    await context.addInitScript((token) => {
      (globalThis as unknown as BrowserGlobals).localStorage.setItem('mc.operator-token', token);
    }, opts.token);
  }
  // playwright-core has no default action timeout: a click that can never happen would hang the test.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  // Page errors fail loudly in the test output instead of leaving a blank screen to guess at.
  page.on('pageerror', (err) => process.stderr.write(`[browser] ${err.message}\n`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') process.stderr.write(`[browser console] ${msg.text()}\n`);
  });
  await page.goto(url);
  return { context, page };
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Waits until some element matching `selector` has a text (whitespace squashed) containing
 * `text`; the error shows what the first match had.
 */
export async function waitForText(
  page: Page,
  selector: string,
  text: string,
  timeout = 10_000,
): Promise<void> {
  try {
    await page.waitForFunction(
      ([sel, want]) =>
        Array.from((globalThis as unknown as BrowserGlobals).document.querySelectorAll(sel)).some((el) =>
          (el.textContent ?? '').replace(/\s+/g, ' ').includes(want),
        ),
      [selector, text] as const,
      { timeout },
    );
  } catch (err) {
    const had = squash(
      await page
        .locator(selector)
        .first()
        .textContent({ timeout: 100 })
        .catch(() => null),
    );
    throw new Error(
      `${selector} never contained "${text}"; it shows "${had}" (${(err as Error).message.split('\n')[0]})`,
    );
  }
}

/** Waits for an element matching `selector` to exist and be visible. */
export async function waitFor(page: Page, selector: string, timeout = 10_000): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout });
}

/** Squashed text of the first match, for assertions. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return squash(await page.locator(selector).first().textContent());
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
