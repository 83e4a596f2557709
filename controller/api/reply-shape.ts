// A device's Reply as the API returns it: the Reply message as JSON (toPlain), with enums as
// the short names the rest of the API uses ('running', not 'WORKLOAD_STATUS_RUNNING'), an
// unset optional exit code as null, the oneof result named by `result`, and the latency the
// controller measured. Keeping the wire message's field names means docs/topics.md and
// mc.proto document the API's command results too.
import { toPlain } from '../../proto/codec.ts';
import type { Reply } from '../../proto/command-client.ts';

export interface ApiReply {
  command_id: string;
  device: string;
  ok: boolean;
  ts_ms: number;
  latency_ms: number;
  /** Which result field is set: 'workload', 'workloads', 'reload', 'logs', 'detail', … or absent. */
  result?: string;
  [result: string]: unknown;
}

const STATUS_PREFIX = 'WORKLOAD_STATUS_';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plain WorkloadState with a short status and an explicit null exit code. */
export function plainWorkload(state: Plain): Plain {
  const status = typeof state.status === 'string' ? state.status : '';
  return {
    ...state,
    status: status.startsWith(STATUS_PREFIX) ? status.slice(STATUS_PREFIX.length).toLowerCase() : status,
    last_exit_code: typeof state.last_exit_code === 'number' ? state.last_exit_code : null,
  };
}

/** Normalises the WorkloadStates inside whichever result the reply carries. */
function shapeResult(name: string, value: unknown): unknown {
  if (!isPlain(value)) return value;
  switch (name) {
    case 'workload':
      return plainWorkload(value);
    case 'workloads':
      return { workloads: (value.workloads as Plain[] | undefined)?.map(plainWorkload) ?? [] };
    case 'detail':
      return { ...value, state: isPlain(value.state) ? plainWorkload(value.state) : null };
    default:
      return value;
  }
}

export function apiReply(reply: Reply, latencyMs: number): ApiReply {
  const { error: _error, result, ...plain } = toPlain('reply', reply);
  const shaped: ApiReply = {
    command_id: String(plain.command_id),
    device: String(plain.device),
    ok: plain.ok === true,
    ts_ms: Number(plain.ts_ms),
    latency_ms: Math.round(latencyMs * 10) / 10,
  };
  if (typeof result === 'string') {
    shaped.result = result;
    shaped[result] = shapeResult(result, plain[result]);
  }
  return shaped;
}
