// The simulator's stdout protocol, one JSON object per line, shared with the scenario that
// reads it: periodic `report`s (cumulative counters + own CPU/RSS), a `dump` of every
// device's sequence numbers and workload statuses on request (the loss check compares it
// with what the controller holds), and `ack`s of stdin commands.
import { percentile } from '../stats.ts';
import { PUBLISH_KINDS, type PublishKind, type SimCounters } from './counters.ts';
import type { DesiredCounters } from './desired.ts';
import type { Fleet } from './fleet.ts';
import type { UsageSample } from './self-usage.ts';

export interface SimReport extends UsageSample {
  type: 'report';
  sim: string;
  t: number;
  /** When the fleet started connecting (Date.now()), to time connects without process start-up. */
  started: number;
  devices: number;
  connected: number;
  /** Connected devices that have announced themselves (all of them unless quiet or paced). */
  announced: number;
  connecting: number;
  published: Record<PublishKind, number>;
  published_total: number;
  acked: number;
  inflight: number;
  pending_events: number;
  errors: number;
  refused: number;
  connect_timeouts: number;
  socket_errors: number;
  unacked_at_close: number;
  drops: number;
  unexpected_closes: number;
  commands: number;
  replies: number;
  state_changes: number;
  /** Release following (bench/sim/desired.ts): desired states, bundles, switches, refusals. */
  desired: DesiredCounters;
  connects: number;
  /** Socket open → CONNACK of the connections made since the previous report. */
  connect_ms_p50: number | null;
  connect_ms_p99: number | null;
  churn: boolean;
  /** false while quiet (connected, publishing nothing). */
  active: boolean;
}

/** [name, status seq, event seq, one WorkloadStatus digit per workload]. */
export type DumpRow = [string, number, number, string];

export interface SimDump {
  type: 'dump';
  sim: string;
  t: number;
  devices: DumpRow[];
}

export interface SimAck {
  type: 'ack';
  sim: string;
  cmd: string;
}

export type SimLine = SimReport | SimDump | SimAck;

export function buildReport(sim: string, fleet: Fleet, c: SimCounters, usage: UsageSample): SimReport {
  const pending = fleet.pending();
  const times = c.takeConnectTimes();
  const nullable = (n: number) => (Number.isNaN(n) ? null : n);
  return {
    type: 'report',
    sim,
    t: Date.now(),
    started: fleet.startedAt,
    devices: fleet.links.length,
    connected: fleet.connected,
    announced: fleet.announced,
    connecting: fleet.connecting,
    published: { ...c.published },
    published_total: PUBLISH_KINDS.reduce((sum, k) => sum + c.published[k], 0),
    acked: c.acked,
    inflight: pending.inflight,
    pending_events: pending.events,
    errors: c.errors,
    refused: c.refused,
    connect_timeouts: c.connectTimeouts,
    socket_errors: c.socketErrors,
    unacked_at_close: c.unackedAtClose,
    drops: c.drops,
    unexpected_closes: c.unexpectedCloses,
    commands: c.commands,
    replies: c.published.reply,
    state_changes: c.stateChanges,
    desired: { ...c.desired },
    connects: c.connects,
    connect_ms_p50: nullable(percentile(times, 50)),
    connect_ms_p99: nullable(percentile(times, 99)),
    churn: fleet.churn,
    active: fleet.active,
    ...usage,
  };
}

export function buildDump(sim: string, fleet: Fleet): SimDump {
  return {
    type: 'dump',
    sim,
    t: Date.now(),
    devices: fleet.links.map((l) => [
      l.state.name,
      l.state.statusSeq,
      l.state.eventSeq,
      l.state.statusDigits(),
    ]),
  };
}
