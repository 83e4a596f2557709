// Waiting for a state instead of sleeping: poll a condition until it holds, or fail with a
// message that says what never happened.
import type { MqttClient } from 'mqtt';

export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves with the first emission of `event`, or rejects after timeoutMs. */
export function onceWithin<T extends unknown[]>(
  source: NodeJS.EventEmitter | MqttClient,
  event: string,
  timeoutMs = 5_000,
): Promise<T> {
  // MqttClient's typed emitter is an EventEmitter at runtime but not to the compiler.
  const emitter = source as NodeJS.EventEmitter;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.removeListener(event, listener);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for '${event}'`));
    }, timeoutMs);
    const listener = (...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args as T);
    };
    emitter.once(event, listener);
  });
}
