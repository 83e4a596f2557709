// The typed HTTP client of the dashboard. Every failure becomes an ApiError carrying the
// controller's catalogue code and message (`{error: {code, message}}`, docs/api.md), or a
// client-side code for what never reached the API (network down, a non-JSON answer), so the
// UI always has a readable sentence to show — nothing is swallowed here.
import type { DeploymentRequest, DeploymentView } from './deployment-model.ts';
import type { Task, TaskRequest, TaskRow } from './task-model.ts';
import type {
  CommandReply,
  Credentials,
  DeviceDetailResponse,
  RegisteredDevice,
  ReleaseMeta,
  RemoveResult,
  StoredEvent,
  WorkloadAction,
} from './types.ts';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

/** A sentence for the UI: the message, with the code in brackets when there is one. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) return `${err.message} (${err.code})`;
  if (err instanceof Error) return err.message;
  return String(err);
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown };
}

async function errorFrom(res: Response, method: string, path: string): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as ErrorBody;
    const code = body.error?.code;
    const message = body.error?.message;
    if (typeof code === 'string' && typeof message === 'string')
      return new ApiError(code, message, res.status);
  } catch {
    // Not JSON (a proxy's HTML error page, say): described from the status below.
  }
  const detail = text.trim().slice(0, 200);
  return new ApiError(
    'HTTP_ERROR',
    `${method} ${path} answered ${res.status} ${res.statusText}${detail ? `: ${detail}` : ''}`,
    res.status,
  );
}

export interface ApiClientOptions {
  /** The operator token to send, read at each request (it can change at any time). */
  token: () => string | undefined;
  baseUrl?: string;
}

const seg = (name: string) => encodeURIComponent(name);

export class ApiClient {
  readonly #opts: ApiClientOptions;

  constructor(opts: ApiClientOptions) {
    this.#opts = opts;
  }

  /**
   * One request. `auth.token` overrides the current token — null sends none — to check a token
   * before keeping it, or whether reads are open.
   */
  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    auth: { token?: string | null } = {},
  ): Promise<T> {
    const token = 'token' in auth ? auth.token : this.#opts.token();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(`${this.#opts.baseUrl ?? ''}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new ApiError('NETWORK', `cannot reach the controller for ${method} ${path}: ${reason}`, 0);
    }
    if (!res.ok) throw await errorFrom(res, method, path);
    try {
      return (await res.json()) as T;
    } catch {
      throw new ApiError('BAD_RESPONSE', `${method} ${path} did not answer JSON`, res.status);
    }
  }

  device(name: string): Promise<DeviceDetailResponse> {
    return this.request('GET', `/api/fleet/clients/${seg(name)}`);
  }

  events(name: string, limit = 50): Promise<StoredEvent[]> {
    return this.request('GET', `/api/fleet/clients/${seg(name)}/events?limit=${limit}`);
  }

  /** Stored ends of runs (works while the device is offline). */
  runEnds(name: string, workload: string, limit = 20): Promise<StoredEvent[]> {
    return this.request(
      'GET',
      `/api/fleet/clients/${seg(name)}/history?workload=${seg(workload)}&limit=${limit}`,
    );
  }

  /** The device's own run records (asks the device). */
  workloadDetail(name: string, workload: string, runs = 20): Promise<CommandReply> {
    return this.request('GET', `/api/fleet/clients/${seg(name)}/workloads/${seg(workload)}?runs=${runs}`);
  }

  workloadAction(name: string, workload: string, action: WorkloadAction): Promise<CommandReply> {
    return this.request('POST', `/api/fleet/clients/${seg(name)}/workloads/${seg(workload)}/${action}`);
  }

  reload(name: string): Promise<CommandReply> {
    return this.request('POST', `/api/fleet/clients/${seg(name)}/reload`);
  }

  logs(name: string, workload: string, lines: number): Promise<CommandReply> {
    return this.request(
      'GET',
      `/api/fleet/clients/${seg(name)}/workloads/${seg(workload)}/logs?lines=${lines}`,
    );
  }

  registered(auth: { token?: string | null } = {}): Promise<RegisteredDevice[]> {
    return this.request('GET', '/api/devices', undefined, auth);
  }

  register(name: string, tags: string[]): Promise<Credentials> {
    return this.request('POST', '/api/devices', tags.length > 0 ? { name, tags } : { name });
  }

  rotate(name: string): Promise<Credentials> {
    return this.request('POST', `/api/devices/${seg(name)}/rotate`);
  }

  unregister(name: string): Promise<RemoveResult> {
    return this.request('DELETE', `/api/devices/${seg(name)}`);
  }

  /** Stored releases, newest upload first. */
  releases(): Promise<ReleaseMeta[]> {
    return this.request('GET', '/api/releases');
  }

  /** Every deployment, newest first. */
  deployments(): Promise<DeploymentView[]> {
    return this.request('GET', '/api/deployments');
  }

  deployment(id: string): Promise<DeploymentView> {
    return this.request('GET', `/api/deployments/${seg(id)}`);
  }

  createDeployment(body: DeploymentRequest): Promise<DeploymentView> {
    return this.request('POST', '/api/deployments', body);
  }

  /** No further batch starts; with `rollback`, devices already done go back. */
  cancelDeployment(id: string, rollback: boolean): Promise<DeploymentView> {
    return this.request('POST', `/api/deployments/${seg(id)}/cancel`, { rollback });
  }

  promoteDeployment(id: string): Promise<DeploymentView> {
    return this.request('POST', `/api/deployments/${seg(id)}/promote`);
  }

  /** Task summaries, newest first (one page); `state` a comma-separated list of states. */
  taskRows(
    query: { state?: string; limit?: number } = {},
  ): Promise<{ tasks: TaskRow[]; next: string | null }> {
    const params = new URLSearchParams();
    if (query.state) params.set('state', query.state);
    params.set('limit', String(query.limit ?? 100));
    return this.request('GET', `/api/tasks?${params}`);
  }

  task(id: string): Promise<Task> {
    return this.request('GET', `/api/tasks/${seg(id)}`);
  }

  submitTask(body: TaskRequest): Promise<Task> {
    return this.request('POST', '/api/tasks', body);
  }

  cancelTask(id: string): Promise<Task> {
    return this.request('POST', `/api/tasks/${seg(id)}/cancel`);
  }

  /** An attempt's output read from its device (the kept tail when the device cannot answer). */
  taskLogs(
    id: string,
    lines = 500,
  ): Promise<{
    attempt: number;
    device: string;
    source: 'device' | 'stored_tail';
    lines: string[];
    note: string;
  }> {
    return this.request('GET', `/api/tasks/${seg(id)}/logs?lines=${lines}`);
  }
}
