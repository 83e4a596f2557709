// The end of a run (a task run or a workload run: the same Run) keeps output that reached the
// pipe while the daemon's event loop was stalled. Here the leader exits at once and a setsid'd
// escapee still holding the pipe writes 40 KB a moment later, while the loop is blocked (in a
// callback after the I/O poll) for longer than the drain's silence limit: the next loop turn
// runs the due timer before it polls for the waiting output, and giving up at that timer
// dropped all of it (this test failed so with the earlier drain).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { systemClock } from '../../device/supervisor/clock.ts';
import { RotatingLog } from '../../device/supervisor/rotating-log.ts';
import { Run } from '../../device/supervisor/run.ts';
import { testLogger } from '../helpers/supervisor-harness.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function blockEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // a stalled daemon: no timers, no I/O
  }
}

it('keeps the output written during an event-loop stall after the leader exited', async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-drain-'));
  const log = new RotatingLog(join(dir, 'run.log'), { max_bytes: 1024 * 1024, max_files: 1 }, testLogger);
  const lines = 4000; // ~40 KB: fits in the pipe buffer, so the writer never waits for a reader
  const run = await Run.start(
    () => ({
      file: '/bin/sh',
      // The escapee leaves the group (setsid) but keeps the pipe; the leader exits at once.
      args: ['-c', `setsid sh -c 'sleep 0.5; seq 1 ${lines}' & sleep 0.2; exit 0`],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      notes: [],
    }),
    {
      workload: 'drain',
      runId: 'r1',
      clock: systemClock,
      logger: testLogger,
      log,
      fifo: join(dir, 'drain.fifo'),
      stopTimeoutMs: 1000,
      // Runs as the drain begins: stall the loop past the 2 s silence limit while the output lands.
      afterEnd: async () => {
        setImmediate(() => blockEventLoop(2600));
      },
    },
  );
  const result = await run.ended;
  expect(result.reason).toBe('exit');
  const written = readFileSync(join(dir, 'run.log'), 'utf8').trim().split('\n');
  expect(written.length).toBe(lines);
  expect(written.at(-1)).toBe(String(lines));
  await log.close();
});
