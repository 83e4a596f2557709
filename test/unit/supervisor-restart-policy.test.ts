import { describe, expect, it } from 'vitest';
import {
  type FailureState,
  RestartPolicy,
  type RestartPolicyConfig,
} from '../../device/supervisor/restart-policy.ts';
import { FakeClock } from '../helpers/supervisor-fake-clock.ts';

const config: RestartPolicyConfig = {
  restartDelayMs: 1000,
  factor: 2,
  maxDelayMs: 10_000,
  resetAfterMs: 60_000,
  maxFailures: 5,
  windowMs: 60_000,
  cooldownMs: 300_000,
};

/** Runs `n` quick failures (each lasting `runMs`), returning the delays the policy chose. */
function failRepeatedly(policy: RestartPolicy, clock: FakeClock, n: number, runMs = 100) {
  let state: FailureState = { consecutive_failures: 0, failure_times: [] };
  const delays: number[] = [];
  const crashLoops: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const startedMs = clock.now();
    clock.advance(runMs);
    const decision = policy.afterRun(state, { startedMs, failed: true });
    state = decision.state;
    delays.push(decision.delayMs);
    crashLoops.push(decision.crashLoop);
    clock.advance(decision.delayMs);
  }
  return { state, delays, crashLoops };
}

describe('restart policy', () => {
  it('grows the delay by factor per consecutive failure, capped at max_delay', () => {
    const clock = new FakeClock();
    const policy = new RestartPolicy({ ...config, maxFailures: 100 }, clock);
    const { delays, state } = failRepeatedly(policy, clock, 7);
    expect(delays).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    expect(state.consecutive_failures).toBe(7);
  });

  it('waits restart_delay after a clean exit and ends the failure streak', () => {
    const clock = new FakeClock();
    const policy = new RestartPolicy(config, clock);
    const decision = policy.afterRun(
      { consecutive_failures: 3, failure_times: [clock.now()] },
      {
        startedMs: clock.now() - 10,
        failed: false,
      },
    );
    expect(decision).toMatchObject({ delayMs: 1000, crashLoop: false, state: { consecutive_failures: 0 } });
    // Recent failures still count toward a crash loop.
    expect(decision.state.failure_times).toHaveLength(1);
  });

  it('resets the backoff after a run that lasted reset_after', () => {
    const clock = new FakeClock();
    const policy = new RestartPolicy({ ...config, maxFailures: 100 }, clock);
    const { state } = failRepeatedly(policy, clock, 4);
    expect(policy.delayFor(state.consecutive_failures)).toBe(8000);
    const startedMs = clock.now();
    clock.advance(60_000);
    expect(policy.isStable(startedMs)).toBe(true);
    const decision = policy.afterRun(state, { startedMs, failed: true });
    expect(decision.state.consecutive_failures).toBe(1);
    expect(decision.delayMs).toBe(1000);
  });

  it('detects a crash loop (max_failures within window) and asks for the cooldown', () => {
    const clock = new FakeClock();
    const policy = new RestartPolicy({ ...config, restartDelayMs: 100, maxDelayMs: 1000 }, clock);
    const { delays, crashLoops, state } = failRepeatedly(policy, clock, 5);
    expect(crashLoops).toEqual([false, false, false, false, true]);
    expect(delays.at(-1)).toBe(300_000);
    // The window starts over after the cooldown; the streak (and so the long delay) is kept.
    expect(state.failure_times).toEqual([]);
    expect(state.consecutive_failures).toBe(5);
  });

  it('does not call failures spread wider than the window a crash loop', () => {
    const clock = new FakeClock();
    const policy = new RestartPolicy({ ...config, restartDelayMs: 20_000, maxDelayMs: 20_000 }, clock);
    const { crashLoops } = failRepeatedly(policy, clock, 10);
    // One failure every ~20 s: never 5 within 60 s.
    expect(crashLoops.every((c) => !c)).toBe(true);
  });

  it('never shortens a base delay larger than max_delay', () => {
    const policy = new RestartPolicy(
      { ...config, restartDelayMs: 20_000, maxDelayMs: 5000 },
      new FakeClock(),
    );
    expect(policy.delayFor(1)).toBe(20_000);
    expect(policy.delayFor(4)).toBe(20_000);
  });
});
