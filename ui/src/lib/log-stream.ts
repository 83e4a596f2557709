// Following a workload's log. With the operator token the dashboard follows over the bus,
// exactly like `mctl logs -f`: a `logs` command with `follow` over MQTT-over-WebSocket
// (/mqtt), then the LogChunks the daemon streams (log-follow-mqtt.ts, loaded only when
// used). Without the token (read-only mode) the bus is closed to the page, so it polls the
// logs route once a second instead and shows the latest lines.
import { type ApiClient, describeError } from './api.ts';

export interface LogSink {
  /** New lines at the end; `replace` = these are the whole tail, drop what was shown. */
  lines(lines: readonly string[], replace: boolean): void;
  /** A problem the operator should see; the stream may still carry on (polling retries). */
  problem(text: string): void;
  /** The stream is over (stopped by the device, time limit, connection lost). */
  ended(reason: string): void;
}

export interface LogStream {
  /** How it follows, for the status line. */
  readonly how: string;
  stop(): Promise<void>;
}

export interface FollowRequest {
  device: string;
  workload: string;
  lines: number;
}

export const POLL_INTERVAL_MS = 1000;

/** Read-only follow: the last `lines` lines every second through GET …/logs. */
export function pollLogs(api: ApiClient, req: FollowRequest, sink: LogSink): LogStream {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  const tick = async () => {
    try {
      const reply = await api.logs(req.device, req.workload, req.lines);
      if (stopped) return;
      failing = false;
      sink.lines(reply.logs?.lines ?? [], true);
    } catch (err) {
      if (stopped) return;
      // Said once per outage, not once a second.
      if (!failing) sink.problem(`reading the log failed: ${describeError(err)}; retrying`);
      failing = true;
    }
    if (!stopped) timer = setTimeout(tick, POLL_INTERVAL_MS);
  };
  void tick();
  return {
    how: 'polling the logs route every second (read-only mode)',
    async stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Follows over the bus when there is a token, else polls. */
export async function followLogs(
  api: ApiClient,
  token: string | null,
  req: FollowRequest,
  sink: LogSink,
): Promise<LogStream> {
  if (!token) return pollLogs(api, req, sink);
  const { followOverMqtt } = await import('./log-follow-mqtt.ts');
  return followOverMqtt({ ...req, token, url: mqttUrl() }, sink);
}

function mqttUrl(): string {
  const url = new URL('/mqtt', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
