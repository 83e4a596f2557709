// An in-process device for fleet-link tests: a real Supervisor over a real LMDB store with
// real child workloads, the real command handlers and dispatcher, and a FleetLink to a real
// broker. stop() is a graceful daemon shutdown; restarting on the same dir is a daemon
// restart (same LMDB, same persistent MQTT session).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import { pino } from 'pino';
import { CommandLog } from '../../device/commands/command-log.ts';
import { CommandDispatcher } from '../../device/commands/dispatcher.ts';
import { createHandlers } from '../../device/commands/handlers.ts';
import { type FleetConfig, FleetSchema } from '../../device/config/daemon-schema.ts';
import {
  type LoadedWorkload,
  type WorkloadSpecInput,
  WorkloadSpecSchema,
} from '../../device/config/workload-schema.ts';
import { FleetLink, type FleetLinkDeps } from '../../device/fleet/fleet-link.ts';
import { SystemMetrics } from '../../device/health/system-metrics.ts';
import { LogFollower } from '../../device/log-follow.ts';
import { StateStore } from '../../device/state/state-store.ts';
import { Supervisor } from '../../device/supervisor/supervisor.ts';
import type { SupervisorEvent } from '../../device/supervisor/types.ts';
import type { Teardown } from './broker-teardown.ts';
import { killGroup } from './supervisor-proc.ts';

export const fleetTestLogger = pino({ level: process.env.MC_TEST_LOG ?? 'silent' }, pino.destination(2));

/** A service that prints a line, then sleeps (exec keeps the pid). */
export function sleeper(name: string): WorkloadSpecInput {
  return {
    name,
    type: 'service',
    run_mode: 'forever',
    command: `echo hello from ${name}; exec sleep 1000`,
    stop_timeout: 2,
  };
}

export interface FleetDeviceOptions {
  brokerUrl: string | string[];
  device?: string;
  workloads: WorkloadSpecInput[];
  /** Overrides of the fleet: block (defaults fit tests: debounce 20 ms, keepalive 2 s). */
  fleet?: Record<string, unknown>;
  /** Reuse the directory of a previous device (a daemon restart). */
  dir?: string;
  link?: Partial<FleetLinkDeps>;
  /** LMDB commits without fsync (benchmarks attribute the cost of the sync with it). */
  noSync?: boolean;
}

export interface FleetDevice {
  dir: string;
  device: string;
  config: FleetConfig;
  link: FleetLink;
  supervisor: Supervisor;
  events: SupervisorEvent[];
  workloads(): LoadedWorkload[];
  /** Replaces what the `reload` command applies (the config dir of a real daemon). */
  setWorkloads(next: WorkloadSpecInput[]): void;
  /** Graceful shutdown of the whole device (link, workloads, LMDB). Idempotent. */
  stop(): Promise<void>;
}

export function loaded(dir: string, spec: WorkloadSpecInput): LoadedWorkload {
  return { spec: WorkloadSpecSchema.parse(spec), file: join(dir, `${spec.name}.yaml`), dir };
}

export async function startFleetDevice(teardown: Teardown, opts: FleetDeviceOptions): Promise<FleetDevice> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'mc-fleet-'));
  if (!opts.dir) teardown.add(`device dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  const device = opts.device ?? 'dev-1';
  const logger = fleetTestLogger;
  const config = FleetSchema.parse({
    broker_url: opts.brokerUrl,
    keepalive: 2,
    status_debounce_ms: 20,
    heartbeat_interval: 1,
    ...opts.fleet,
  });
  const store = new StateStore({ dataDir: join(dir, 'data'), logger });
  await store.open();
  const root: RootDatabase = open({
    path: join(dir, 'data', 'link'),
    maxDbs: 8,
    noSync: opts.noSync === true,
  });
  const supervisor = new Supervisor({ logger, store, logDir: join(dir, 'logs') });
  const groups = new Set<number>();
  const events: SupervisorEvent[] = [];
  supervisor.on('state', (v) => {
    if (v.pgid !== null) groups.add(v.pgid);
  });
  supervisor.on('event', (e) => events.push(e));
  const follower = new LogFollower({ logger });
  let specs = opts.workloads.map((w) => loaded(dir, w));
  const dispatcher = new CommandDispatcher({
    device,
    memory: new CommandLog(root),
    logger,
    handlers: createHandlers({
      device,
      supervisor,
      follower,
      reload: () => supervisor.apply(specs),
      requestShutdown: () => {},
      deviceStatus: async () => ({ device }),
    }),
  });
  const link = new FleetLink({
    config,
    device,
    bootId: `boot-${Math.random().toString(16).slice(2, 10)}`,
    daemonVersion: '0.0.0-test',
    supervisor,
    metrics: new SystemMetrics({ diskPath: dir }),
    dispatcher,
    root,
    logger,
    backoff: { initialMs: 50, maxMs: 400 },
    ...opts.link,
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await link.stop();
      follower.stopAll();
      await supervisor.stop();
      await root.close();
      await store.close();
      for (const pgid of groups) killGroup(pgid);
    })();
    return stopping;
  };
  // Registered before starting, so a start that fails half-way still releases everything.
  teardown.add(`fleet device ${device}`, stop);
  // Like the daemon should: the link listens before the supervisor starts, so start events are sent.
  await link.start();
  await supervisor.start(specs);
  return {
    dir,
    device,
    config,
    link,
    supervisor,
    events,
    workloads: () => specs,
    stop,
    setWorkloads(next) {
      specs = next.map((w) => loaded(dir, w));
    },
  };
}
