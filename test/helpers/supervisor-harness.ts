// A real Supervisor over a real LMDB store in a temp dir, for tests: collects its events and
// states, waits for the one a test expects (never a fixed sleep), and in cleanup() stops the
// supervisor, SIGKILLs every process group it ever started, closes the store and deletes
// the directory — so no test leaves a process behind, even when it fails halfway.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import {
  type LoadedWorkload,
  type WorkloadSpecInput,
  WorkloadSpecSchema,
} from '../../device/config/workload-schema.ts';
import { StateStore } from '../../device/state/state-store.ts';
import { Supervisor, type SupervisorDeps } from '../../device/supervisor/supervisor.ts';
import type { SupervisorEvent, SupervisorEventType, WorkloadView } from '../../device/supervisor/types.ts';
import { killGroup } from './supervisor-proc.ts';

export const testLogger = pino({ level: process.env.MC_TEST_LOG ?? 'silent' });

/** A validated workload, as the config loader would produce it, living in `dir`. */
export function workload(dir: string, spec: WorkloadSpecInput): LoadedWorkload {
  return { spec: WorkloadSpecSchema.parse(spec), file: join(dir, `${spec.name}.yaml`), dir };
}

export interface Harness {
  dir: string;
  logDir: string;
  store: StateStore;
  supervisor: Supervisor;
  events: SupervisorEvent[];
  /** Creates another supervisor over the same store and directories (a daemon restart). */
  restart(extra?: Partial<SupervisorDeps>): Promise<Supervisor>;
  /** Simulates a daemon crash: drop the supervisor without stopping its children, close the store. */
  crash(): Promise<void>;
  /** First event (from index `after`, default 0) that matches; see mark(). */
  waitForEvent(
    match: SupervisorEventType | ((e: SupervisorEvent) => boolean),
    options?: { workload?: string; after?: number; timeoutMs?: number },
  ): Promise<SupervisorEvent>;
  /** Waits until `n` events of `type` (of `workload`) have been seen in total. */
  waitForCount(type: SupervisorEventType, n: number, workload?: string, timeoutMs?: number): Promise<void>;
  /** Index of the next event, to wait only for events caused from now on. */
  mark(): number;
  waitForState(name: string, match: (v: WorkloadView) => boolean, timeoutMs?: number): Promise<WorkloadView>;
  /** Number of events seen so far that match. */
  count(type: SupervisorEventType, workload?: string): number;
  cleanup(): Promise<void>;
}

interface Waiter {
  test: () => boolean;
  resolve: () => void;
}

export async function createHarness(extra: Partial<SupervisorDeps> = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'mc-sup-'));
  const logDir = join(dir, 'logs');
  let store = new StateStore({ dataDir: join(dir, 'data'), logger: testLogger });
  await store.open();
  const events: SupervisorEvent[] = [];
  const groups = new Set<number>();
  const supervisors: Supervisor[] = [];
  const waiters = new Set<Waiter>();
  const wake = (): void => {
    for (const w of waiters) {
      if (w.test()) {
        waiters.delete(w);
        w.resolve();
      }
    }
  };

  const make = (more: Partial<SupervisorDeps> = {}): Supervisor => {
    const supervisor = new Supervisor({
      logger: testLogger,
      store,
      logDir,
      defaults: { watchdogIntervalMs: 200, adoptPollMs: 100 },
      ...extra,
      ...more,
    });
    supervisor.on('event', (e) => {
      events.push(e);
      wake();
    });
    supervisor.on('state', (v) => {
      if (v.pgid !== null) groups.add(v.pgid);
      wake();
    });
    supervisors.push(supervisor);
    return supervisor;
  };

  const until = (test: () => boolean, what: string, timeoutMs: number): Promise<void> =>
    new Promise((resolve, reject) => {
      if (test()) return resolve();
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      waiters.add(waiter);
    });

  const harness: Harness = {
    dir,
    logDir,
    get store() {
      return store;
    },
    supervisor: make(),
    events,
    async restart(more) {
      if (!store.isOpen) {
        store = new StateStore({ dataDir: join(dir, 'data'), logger: testLogger });
        await store.open();
      }
      harness.supervisor = make(more);
      return harness.supervisor;
    },
    async crash() {
      await harness.supervisor.detach();
      await store.close();
    },
    async waitForEvent(match, options = {}) {
      const { workload: name, after = 0, timeoutMs = 10_000 } = options;
      const test = (e: SupervisorEvent): boolean =>
        (typeof match === 'string' ? e.type === match : match(e)) &&
        (name === undefined || e.workload === name);
      let found: SupervisorEvent | undefined;
      await until(
        () => {
          found = events.slice(after).find(test);
          return found !== undefined;
        },
        `event ${typeof match === 'string' ? match : '(predicate)'}${name ? ` of ${name}` : ''}`,
        timeoutMs,
      );
      return found as SupervisorEvent;
    },
    async waitForCount(type, n, name, timeoutMs = 10_000) {
      await until(
        () => harness.count(type, name) >= n,
        `${n} × ${type}${name ? ` of ${name}` : ''}`,
        timeoutMs,
      );
    },
    mark() {
      return events.length;
    },
    async waitForState(name, match, timeoutMs = 10_000) {
      let view: WorkloadView | undefined;
      await until(
        () => {
          view = harness.supervisor.get(name);
          return view !== undefined && match(view);
        },
        `state of ${name}`,
        timeoutMs,
      );
      return view as WorkloadView;
    },
    count(type, name) {
      return events.filter((e) => e.type === type && (name === undefined || e.workload === name)).length;
    },
    async cleanup() {
      for (const s of supervisors) {
        await Promise.race([s.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
      }
      for (const pgid of groups) killGroup(pgid);
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Polls `check` until it returns a value other than undefined/false, or times out. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
