// The task queue's options and their defaults (task-queue.ts).
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { CommandClient } from '../../proto/command-client.ts';
import type { DeviceRegistry } from '../registry/device-registry.ts';
import type { FleetStore } from '../store/fleet-store.ts';

export interface TaskQueueOptions {
  /** The LMDB environment lives in <dataDir>/tasks. */
  dataDir: string;
  store: FleetStore;
  registry?: DeviceRegistry;
  commands: CommandClient;
  /** The controller's MQTT client: after it reconnects, runs are asked about (events may be lost). */
  client?: MqttClient;
  logger: Logger;
  /** The controller's Prometheus registry. */
  metricsRegistry?: Registry;
  now?: () => number;
  tickMs?: number;
  replyTimeoutMs?: number;
  /** An ExecCmd the device receives later than this is not run (default 60 s). */
  dispatchExpiryMs?: number;
  /** A device stale this long loses its attempts (default 30 s); offline loses them at once. */
  lostAfterMs?: number;
  /** After start, devices are not judged (lost, or given work) for this long (default 3 s). */
  settleMs?: number;
  /** A run silent this long past its timeout is asked about with exec_status (default 30 s). */
  reconcileMs?: number;
  /** Finished tasks kept, oldest removed first (default 10,000). */
  keep?: number;
  /** Output tail kept per attempt (default 8 KiB). */
  tailBytes?: number;
}

export const DEFAULTS = {
  tickMs: 500,
  replyTimeoutMs: 10_000,
  dispatchExpiryMs: 60_000,
  lostAfterMs: 30_000,
  settleMs: 3_000,
  reconcileMs: 30_000,
  keep: 10_000,
  tailBytes: 8 * 1024,
};

export type ResolvedTaskQueueOptions = TaskQueueOptions & typeof DEFAULTS;

/** The options with every default filled in (an option given as undefined keeps its default). */
export function resolveOptions(opts: TaskQueueOptions): ResolvedTaskQueueOptions {
  return { ...DEFAULTS, ...withoutUndefined(opts) } as ResolvedTaskQueueOptions;
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
