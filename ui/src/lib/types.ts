// The shapes the dashboard reads. Fleet state and live-feed messages are the controller's own
// types (controller/live/messages.ts is published for the dashboard), so a change there breaks
// svelte-check here instead of the UI at runtime. API-only shapes are written out below, as
// docs/api.md documents them.
export type {
  BatchMessage,
  LiveDelta,
  LiveMessage,
  SnapshotMessage,
} from '../../../controller/live/messages.ts';
export type {
  DeviceSnapshot,
  Health,
  StoredEvent,
  WorkloadSnapshot,
} from '../../../controller/store/types.ts';

import type { DeviceSnapshot, StoredEvent, WorkloadSnapshot } from '../../../controller/store/types.ts';

export const HEALTHS = ['online', 'stale', 'offline', 'unknown'] as const;

/** GET /api/fleet/clients/{name} */
export interface DeviceDetailResponse {
  device: DeviceSnapshot;
  events: StoredEvent[];
}

/** A device's Reply as the command routes return it (docs/api.md "Commands"). */
export interface CommandReply {
  command_id: string;
  device: string;
  ok: boolean;
  ts_ms: number;
  latency_ms: number;
  result?: string;
  workload?: WorkloadSnapshot;
  logs?: { workload: string; lines: string[]; stream_id?: string };
  reload?: { added?: string[]; removed?: string[]; updated?: string[]; unchanged?: string[] };
  detail?: { state: WorkloadSnapshot | null; runs?: RunRecord[] };
}

/** mc.proto RunRecord as JSON: one finished run of a workload, as the device keeps it. */
export interface RunRecord {
  run_id: string;
  started_ms: number;
  ended_ms: number;
  exit_code?: number | null;
  signal?: string;
  duration_ms?: number;
  reason?: string;
}

/** GET /api/devices */
export interface RegisteredDevice {
  name: string;
  created_ms: number;
  credentials_rotated_ms: number;
  tags: string[];
  health: string;
}

/** POST /api/devices and …/rotate: the password is in this answer only. */
export interface Credentials {
  name: string;
  username: string;
  password: string;
  fleet_yaml: string;
}

/** DELETE /api/devices/{name} */
export interface RemoveResult {
  name: string;
  unregistered: boolean;
  forgotten: boolean;
}

/** GET /api/releases: a stored release's metadata. */
export interface ReleaseMeta {
  version: string;
  sha256: string;
  size_bytes: number;
  files: number;
  created_ms: number;
  uploaded_ms: number;
  notes: string;
}

export type WorkloadAction = 'start' | 'stop' | 'restart';
