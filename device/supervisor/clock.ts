// The clock and timers the supervision code uses, injected so that timer logic (backoff,
// crash-loop windows, watchdog ticks) is unit-testable without real waiting.

export type TimerHandle = object;

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  // Not unref'd: a pending restart must keep a daemon alive even when nothing else runs.
  // stop() of every component clears its timers, so none outlives its owner.
  setTimeout: (fn, ms) => setTimeout(fn, Math.max(0, ms)),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Resolves after `ms` on the given clock (used for polling, never as a test sleep). */
export function delay(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimeout(resolve, ms));
}
