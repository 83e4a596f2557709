// Where our daemon spends the crash → restart time, read from its own log (pino JSON lines on
// stderr, which the bench sends to daemon.log): for each SIGKILL of the crash test, when it
// logged the run as failed (exit noticed, group checked, output drained) and when it logged
// the replacement as restarted (spawned). Log times are wall-clock milliseconds, so these are
// 1 ms diagnostics that split the measured time; they are not the measurements themselves.
// (Start-up is not read from the log: 'started' lines of a batch are written after the whole
// batch was spawned, so their times say little; see forkWindow in measure.ts instead.)
import { readFileSync } from 'node:fs';
import { median } from '../stats.ts';

interface LogEvent {
  time: number;
  workload: string;
  event: string;
  msg: string;
}

function events(file: string): LogEvent[] {
  const out: LogEvent[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.includes('"event"')) continue;
    try {
      const e = JSON.parse(line) as Partial<LogEvent>;
      if (typeof e.time === 'number' && typeof e.workload === 'string' && typeof e.event === 'string') {
        out.push({ time: e.time, workload: e.workload, event: e.event, msg: e.msg ?? '' });
      }
    } catch {
      // not a JSON line
    }
  }
  return out;
}

export interface CrashBreakdown {
  /** SIGKILL → the daemon logs the run as failed (exit noticed, group emptied, output drained). */
  killToFailedMs: number;
  /** 'failed' → 'restarted' logged (restart decided and the new process spawned). */
  failedToRestartedMs: number;
  samples: number;
}

/** Medians over the kills of one repetition: `kills` holds each victim's pid and Date.now() at the kill. */
export function crashBreakdown(
  file: string,
  kills: { pid: number; atMs: number }[],
): CrashBreakdown | undefined {
  const all = events(file);
  const workloadOf = new Map<number, string>();
  for (const e of all) {
    const m = /^pid (\d+)$/.exec(e.msg);
    if (m && (e.event === 'started' || e.event === 'restarted')) workloadOf.set(Number(m[1]), e.workload);
  }
  const toFailed: number[] = [];
  const toRestarted: number[] = [];
  for (const kill of kills) {
    const name = workloadOf.get(kill.pid);
    const failed = all.find((e) => e.workload === name && e.event === 'failed' && e.time >= kill.atMs - 1);
    if (!failed) continue;
    const restarted = all.find(
      (e) => e.workload === name && e.event === 'restarted' && e.time >= failed.time,
    );
    if (!restarted) continue;
    toFailed.push(failed.time - kill.atMs);
    toRestarted.push(restarted.time - failed.time);
  }
  if (toFailed.length === 0) return undefined;
  return {
    killToFailedMs: median(toFailed),
    failedToRestartedMs: median(toRestarted),
    samples: toFailed.length,
  };
}
