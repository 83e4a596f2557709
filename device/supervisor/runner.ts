// The supervisor of one workload: its operations (restore at daemon start, start, stop,
// restart, hot update, watchdog samples, removal, hand-over) over the run lifecycle of
// RunnerCore. Every operation and every run end goes through one serial queue, so an
// operator stop, a process exit and a timer never interleave halfway.
// docs/supervision.md has the state diagram.
import type { LoadedWorkload } from '../config/workload-schema.ts';
import { bootId } from '../proc/boot-id.ts';
import type { RunRecord, WorkloadRecord } from '../state/types.ts';
import { type AdoptableRun, chooseLiveRun, lostRun } from './adoption.ts';
import { fifoPath, removeFifo } from './log-pipe.ts';
import { tailLog } from './log-tail.ts';
import { terminateGroup } from './process-group-control.ts';
import { RestartPolicy, restartPolicyConfig } from './restart-policy.ts';
import { Run } from './run.ts';
import { runModeFor } from './run-modes.ts';
import { runRecord } from './run-outcome.ts';
import { type GroupSample, RunnerCore, type StartKind } from './runner-core.ts';
import { logMarker, specHash } from './workload-view.ts';

export type { GroupSample, RunnerDeps } from './runner-core.ts';

export class Runner extends RunnerCore {
  /**
   * Restores the state at daemon start: adopt the live run (found through the stored record
   * or through the workload's FIFO), stop any second copy, or follow the run mode.
   */
  init(stored: WorkloadRecord | undefined, viaFifo: readonly AdoptableRun[] = []): Promise<void> {
    return this.serial(async () => {
      const now = this.deps.clock.now();
      if (stored) this.record = { ...stored, name: this.name };
      const { adopt, extras } = await chooseLiveRun(stored, viaFifo, now);
      for (const extra of extras) {
        this.logger.warn({ pid: extra.pid }, 'stopping a second copy of the workload');
        await terminateGroup(extra.pgid, this.loaded.spec.stop_timeout * 1000, this.deps.clock);
      }
      if (adopt) return this.adopt(adopt, stored, now);
      if (!stored) return this.activate('started');
      const specChanged = stored.spec_hash !== this.hash;
      const lost = lostRun(stored, now);
      if (lost) {
        void this.deps.store.updateRun(lost);
        Object.assign(this.record, {
          pid: null,
          pgid: null,
          start_time: null,
          boot_id: null,
          last_stopped_ms: now,
        });
      }
      if (specChanged) this.resetCounters();
      const until = this.record.backoff_until_ms;
      const resting = !specChanged && this.record.status === 'backoff' && until !== null && until > now;
      if (resting && !this.record.stopped_by_operator && this.loaded.spec.autostart) {
        // A daemon restart must not cut a backoff or crash-loop cooldown short.
        this.commit();
        return this.scheduleStart(until - now, 'restarted');
      }
      await this.activate('started');
    });
  }

  private async adopt(found: AdoptableRun, stored: WorkloadRecord | undefined, now: number): Promise<void> {
    const r = this.record;
    if (!found.recorded) {
      // The daemon died before this run reached the store: close the run it did record, and
      // account this one now (it counts toward n_times like any other).
      const lost = stored && lostRun(stored, now);
      if (lost) void this.deps.store.updateRun(lost);
      r.run_count += 1;
      void this.deps.store.addRun(
        runRecord(this.name, { id: found.runId, pid: found.pid, startedMs: found.startedMs }),
      );
    }
    Object.assign(r, {
      status: 'running',
      pid: found.pid,
      pgid: found.pgid,
      start_time: found.startTime,
      boot_id: bootId(),
      run_id: found.runId,
      last_started_ms: found.startedMs,
    });
    const run = Run.adopt(found, found.startedMs, this.runDeps(found.runId));
    this.run = run;
    this.log.write(logMarker(now, `run ${run.id} adopted (pid ${found.pid}) after a daemon restart`));
    this.watch(run);
    this.commit();
    this.emit('adopted', `pid ${found.pid} still running; adopted`, run.id);
    if (r.spec_hash !== this.hash) await this.replaceSpec(this.loaded, 'restarted');
    else if (r.stopped_by_operator) await this.stopNow(true, 'stopped by operator');
  }

  /** Operator start: clears an operator stop; a completed n_times workload runs its runs again. */
  start(): Promise<void> {
    return this.serial(async () => {
      this.record.stopped_by_operator = false;
      if (this.run) return this.commit();
      await this.runAgain('started');
    });
  }

  /** Stops the workload. An operator stop sticks (across daemon restarts too) until a start. */
  stop(options: { operator: boolean }): Promise<void> {
    const message = options.operator ? 'stopped by operator' : 'stopped by the daemon';
    return this.serial(() => this.stopNow(options.operator, message));
  }

  restart(): Promise<void> {
    return this.serial(async () => {
      this.record.stopped_by_operator = false;
      await this.endRun();
      await this.runAgain('restarted');
    });
  }

  /** Hot reload of a changed spec: the current run stops, counters reset, the new spec activates. */
  update(loaded: LoadedWorkload): Promise<void> {
    return this.serial(() => this.replaceSpec(loaded, this.run ? 'restarted' : 'started'));
  }

  /** Watchdog sample of the current run's process group: metrics, memory warning and limit. */
  sample(sample: GroupSample): void {
    const run = this.run;
    if (!run?.handle) return;
    this.metrics = { rss_bytes: sample.rssBytes, cpu_percent: sample.cpuPercent };
    const { memory_limit_mb: limitMb, memory_action: action, runtime } = this.loaded.spec;
    // A container's memory is the engine's to limit (--memory); the group here is only its CLI.
    if (limitMb === undefined || runtime === 'container') return;
    const found = this.memory.check(run.id, sample.rssBytes, limitMb, action);
    if (found.warning) this.emit('memory-warning', found.warning, run.id);
    if (found.limit) this.emit('memory-limit', found.limit, run.id);
    if (found.restart) void run.stop('memory_limit');
  }

  history(limit: number): Promise<RunRecord[]> {
    return this.deps.store.runHistory(this.name, limit);
  }

  async tail(lines: number): Promise<string[]> {
    await this.log.flush();
    return tailLog(this.logPath, lines, (this.loaded.spec.logs ?? this.deps.defaults.logs).max_files);
  }

  /** Releases timers and the log; call after stop() (or use detach()). */
  close(): Promise<void> {
    return this.serial(async () => {
      this.closed = true;
      this.timers.clearAll();
      await this.log.close();
    });
  }

  /** Daemon hand-over: stop watching and leave the processes running for the next daemon to adopt. */
  detach(): Promise<void> {
    return this.serial(async () => {
      this.closed = true;
      this.timers.clearAll();
      this.run?.detach();
      this.run = undefined;
      await this.log.close();
    });
  }

  /** Removed from the config: stop it, forget its state and history, delete its pipe. */
  remove(): Promise<void> {
    return this.serial(async () => {
      await this.stopNow(false, 'removed from the configuration');
      this.closed = true;
      this.timers.clearAll();
      await this.deps.store.deleteWorkload(this.name);
      await this.log.close();
      removeFifo(fifoPath(this.deps.runDir, this.name));
    });
  }

  private async stopNow(operator: boolean, message: string): Promise<void> {
    const r = this.record;
    const active = this.run !== undefined || this.timers.restartPending || this.timers.cron !== undefined;
    const changed = r.status !== 'stopped' || (operator && !r.stopped_by_operator);
    if (operator) r.stopped_by_operator = true;
    this.timers.clearRestart();
    this.timers.cancelCron();
    const wasRunning = this.run !== undefined;
    await this.endRun();
    // A daemon shutdown leaves an idle workload's status (completed, failed…) as it was, and
    // keeps a backoff, so that the next daemon does not cut a crash-loop cooldown short.
    if (!operator && (!active || (!wasRunning && r.status === 'backoff'))) return this.commit();
    Object.assign(r, { status: 'stopped', backoff_until_ms: null, next_run_ms: null });
    this.commit();
    if (active || changed) this.emit('stopped', message, r.run_id ?? '');
  }

  /** Stops the current run (if any) and records it, without the automatic next step. */
  private async endRun(): Promise<void> {
    const run = this.run;
    if (!run) return;
    this.record.status = 'stopping';
    this.commit();
    this.holding = true;
    try {
      await this.finish(run, await run.stop('stopped'));
    } finally {
      this.holding = false;
    }
  }

  private async replaceSpec(loaded: LoadedWorkload, kind: StartKind): Promise<void> {
    await this.endRun();
    this.timers.clearRestart();
    this.timers.cancelCron();
    this.loaded = loaded;
    this.hash = specHash(loaded.spec, loaded.dir);
    this.mode = runModeFor(loaded.spec);
    this.policy = new RestartPolicy(restartPolicyConfig(loaded.spec), this.deps.clock);
    this.log.setRotation(loaded.spec.logs ?? this.deps.defaults.logs);
    this.notesLogged = false;
    this.resetCounters();
    await this.activate(kind);
  }

  /** A new spec is a new workload as far as counting goes (n_times runs its runs again). */
  private resetCounters(): void {
    Object.assign(this.record, {
      status: 'registered',
      run_count: 0,
      consecutive_failures: 0,
      failure_times: [],
      last_error: null,
      backoff_until_ms: null,
      next_run_ms: null,
      spec_hash: this.hash,
    });
  }
}
