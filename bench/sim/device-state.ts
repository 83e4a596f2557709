// What one simulated device knows about itself — its workloads, counters and sequence
// numbers — and the contract messages that describe it (proto/codec.ts encodes them, so a
// simulated device cannot send what a real daemon could not). No sockets here: device-link.ts
// sends what this builds.
import { randomBytes } from 'node:crypto';
import { encode, type MessageInput } from '../../proto/codec.ts';
import {
  eventTypeOf,
  type WorkloadStatusName,
  workloadStatusName,
  workloadStatusOf,
} from '../../proto/names.ts';
import type { ReleaseReport } from './desired.ts';

export const SIM_DAEMON_VERSION = '0.1.0-sim';
/** Reason of the Last Will, as the daemon's (device/fleet/presence.ts). */
const WILL_REASON = 'connection lost';
const MIB = 1024 * 1024;

type WorkloadMessage = MessageInput<'workload'>;
type StatusMessage = MessageInput<'status'>;

export interface SimWorkload {
  name: string;
  status: WorkloadStatusName;
  pid: number;
  runCount: number;
  restarts: number;
  consecutiveFailures: number;
  lastStartedMs: number;
  lastStoppedMs: number;
  lastExitCode: number | null;
  tsMs: number;
}

/** A state change and the event a real supervisor would report for it. */
export interface Transition {
  workload: number;
  to: WorkloadStatusName;
  event: string;
  exitCode?: number;
}

/** Where a workload may go from where it is; churn picks one at random. */
const NEXT: Record<string, readonly Transition['to'][]> = {
  running: ['failed', 'stopped', 'backoff', 'completed'],
  failed: ['running', 'backoff'],
  backoff: ['running'],
  stopped: ['running'],
  completed: ['running'],
};

const EVENT_OF: Record<string, { event: string; exitCode?: number }> = {
  running: { event: 'started' },
  failed: { event: 'failed', exitCode: 1 },
  stopped: { event: 'stopped' },
  backoff: { event: 'backoff' },
  completed: { event: 'completed', exitCode: 0 },
};

export class DeviceState {
  readonly name: string;
  /** New at every simulator start, like a daemon's boot id; kept across reconnects. */
  readonly bootId: string;
  readonly workloads: SimWorkload[];
  readonly startedMs: number;
  statusSeq = 0;
  eventSeq = 0;
  heartbeatSeq = 0;
  /** The release it runs and the last desired generation handled (bench/sim/desired.ts). */
  release: ReleaseReport = { release: '', generation: 0, error: '' };
  #nextPid: number;

  constructor(name: string, workloadCount: number, now: number) {
    this.name = name;
    this.bootId = randomBytes(8).toString('hex');
    this.startedMs = now;
    this.#nextPid = 1000 + Math.floor(Math.random() * 30_000);
    this.workloads = Array.from({ length: workloadCount }, (_, i) => ({
      name: `w${String(i).padStart(2, '0')}`,
      status: 'running',
      pid: this.#nextPid++,
      runCount: 1,
      restarts: 0,
      consecutiveFailures: 0,
      lastStartedMs: now,
      lastStoppedMs: 0,
      lastExitCode: null,
      tsMs: now,
    }));
  }

  workloadIndex(name: string): number {
    return this.workloads.findIndex((w) => w.name === name);
  }

  /** A random legal transition of workload `index` (churn). */
  randomTransition(index: number): Transition {
    const current = this.workloads[index]?.status ?? 'running';
    const choices = NEXT[current] ?? ['running'];
    const to = choices[Math.floor(Math.random() * choices.length)] ?? 'running';
    const { event, exitCode } = EVENT_OF[to] ?? { event: 'started' };
    return { workload: index, to, event, ...(exitCode === undefined ? {} : { exitCode }) };
  }

  /** The transition a start/stop/restart command asks for. */
  commandTransition(index: number, action: 'start' | 'stop' | 'restart'): Transition {
    const to: WorkloadStatusName = action === 'stop' ? 'stopped' : 'running';
    const event = action === 'restart' ? 'restarted' : (EVENT_OF[to]?.event ?? 'started');
    return { workload: index, to, event };
  }

  /** Applies a transition; returns the Event message to publish (its seq allocated). */
  apply(t: Transition, now: number): Uint8Array {
    const w = this.workloads[t.workload];
    if (!w) throw new RangeError(`no workload ${t.workload} on ${this.name}`);
    if (t.to === 'running') {
      w.pid = this.#nextPid++;
      w.runCount += 1;
      w.lastStartedMs = now;
      if (w.status !== 'stopped') w.restarts += 1;
      w.consecutiveFailures = 0;
    } else {
      w.pid = 0;
      w.lastStoppedMs = now;
      if (t.exitCode !== undefined) w.lastExitCode = t.exitCode;
      if (t.to === 'failed' || t.to === 'backoff') w.consecutiveFailures += 1;
    }
    w.status = t.to;
    w.tsMs = now;
    this.eventSeq += 1;
    return encode('events', {
      seq: this.eventSeq,
      ts_ms: now,
      type: eventTypeOf(t.event),
      workload: w.name,
      message: `${w.name} ${t.event}`,
      ...(t.exitCode === undefined ? {} : { exit_code: t.exitCode }),
      run_id: `${this.bootId}-${w.name}-${w.runCount}`,
      boot_id: this.bootId,
    });
  }

  presence(online: boolean, sinceMs: number): Uint8Array {
    return encode('presence', {
      online,
      since_ms: sinceMs,
      boot_id: this.bootId,
      daemon_version: SIM_DAEMON_VERSION,
      release: this.release.release,
      hostname: this.name,
      reason: online ? '' : WILL_REASON,
    });
  }

  workloadMessage(index: number): WorkloadMessage {
    const w = this.workloads[index];
    if (!w) throw new RangeError(`no workload ${index} on ${this.name}`);
    return {
      name: w.name,
      status: workloadStatusOf(w.status),
      type: 'service',
      run_mode: 'forever',
      pid: w.pid,
      run_count: w.runCount,
      last_started_ms: w.lastStartedMs,
      last_stopped_ms: w.lastStoppedMs,
      ...(w.lastExitCode === null ? {} : { last_exit_code: w.lastExitCode }),
      consecutive_failures: w.consecutiveFailures,
      restarts: w.restarts,
      rss_bytes: w.pid === 0 ? 0 : 12 * MIB,
      cpu_percent: w.pid === 0 ? 0 : 0.5,
      version: '1',
      ts_ms: w.tsMs,
    };
  }

  workload(index: number): Uint8Array {
    return encode('workload', this.workloadMessage(index));
  }

  /** The complete status; `ts_ms` is the publish time, which the live-feed probe measures from. */
  statusMessage(now: number): StatusMessage {
    let running = 0;
    let failed = 0;
    for (const w of this.workloads) {
      if (w.status === 'running') running += 1;
      else if (w.status === 'failed' || w.status === 'backoff') failed += 1;
    }
    return {
      device: this.name,
      seq: this.statusSeq,
      ts_ms: now,
      release: this.release.release,
      desired_generation: this.release.generation,
      release_error: this.release.error,
      system: {
        cpu_percent: 7.5,
        mem_used_bytes: 300 * MIB,
        mem_total_bytes: 1024 * MIB,
        disk_used_bytes: 2048 * MIB,
        disk_total_bytes: 8192 * MIB,
        load1: 0.3,
        load5: 0.2,
        load15: 0.1,
        uptime_s: Math.floor((now - this.startedMs) / 1000),
        daemon_rss_bytes: 40 * MIB,
      },
      workloads: this.workloads.map((w) => ({ name: w.name, status: workloadStatusOf(w.status) })),
      workloads_running: running,
      workloads_failed: failed,
      workloads_total: this.workloads.length,
      tags: ['sim'],
      daemon_version: SIM_DAEMON_VERSION,
      boot_id: this.bootId,
    };
  }

  /** The next status publish: a new seq, stamped now. */
  nextStatus(now: number): Uint8Array {
    this.statusSeq += 1;
    return encode('status', this.statusMessage(now));
  }

  heartbeat(now: number): Uint8Array {
    this.heartbeatSeq += 1;
    return encode('heartbeat', {
      seq: this.heartbeatSeq,
      uptime_s: Math.floor((now - this.startedMs) / 1000),
      cpu_percent: 7.5,
      mem_percent: 29.3,
      status_seq: this.statusSeq,
    });
  }

  /** One digit per workload (its WorkloadStatus number): compact enough to dump 10,000 devices. */
  statusDigits(): string {
    return this.workloads.map((w) => String(workloadStatusOf(w.status))).join('');
  }
}

/** The inverse of statusDigits(), for the checker. */
export function statusesOfDigits(digits: string): WorkloadStatusName[] {
  return [...digits].map((d) => workloadStatusName(Number(d)));
}
