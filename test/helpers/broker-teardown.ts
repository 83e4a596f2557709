// A teardown registry, after MQTT.js's TeardownHelper: whatever a test opens (broker,
// client, server, child process, temp dir) registers how to close it, and the registry
// closes everything in reverse order even when the test failed half-way.
import { afterAll, afterEach } from 'vitest';

/** One stuck closer must not hang the hook (and hide every other closer's result). */
const CLOSE_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not close within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class Teardown {
  #tasks: Array<{ what: string; close: () => unknown }> = [];

  /** Registers how to close something just opened; closers run last-in, first-out. */
  add(what: string, close: () => unknown): void {
    this.#tasks.push({ what, close });
  }

  async run(): Promise<void> {
    const failures: string[] = [];
    for (let task = this.#tasks.pop(); task !== undefined; task = this.#tasks.pop()) {
      try {
        await withTimeout(Promise.resolve(task.close()), CLOSE_TIMEOUT_MS, task.what);
      } catch (err) {
        failures.push(`${task.what}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (failures.length > 0) throw new Error(`teardown failed for ${failures.join('; ')}`);
  }
}

/** A registry emptied after each test. */
export function teardownEach(): Teardown {
  const teardown = new Teardown();
  afterEach(() => teardown.run());
  return teardown;
}

/** A registry emptied after the file's last test (for beforeAll resources). */
export function teardownAll(): Teardown {
  const teardown = new Teardown();
  afterAll(() => teardown.run());
  return teardown;
}
