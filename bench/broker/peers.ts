// The brokers the broker benchmark compares, each in its own process on an ephemeral
// loopback port: ours (createBroker with LevelDB persistence), plain Aedes in memory, and
// Debian's Mosquitto with a temp config (defaults otherwise: max_inflight_messages 20,
// max_queued_messages 1000 per client — it drops QoS 1 messages beyond that queue);
// `mosquitto-noloss` is the same with `max_queued_messages 0` (no limit: it drops nothing).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnTracked, stopChild, type Tracked } from '../sim/harness/children.ts';
import { freePort } from '../sim/harness/controller-process.ts';

export const BROKER_KINDS = ['ours', 'aedes', 'mosquitto', 'ours-memory', 'mosquitto-noloss'] as const;
export type BrokerKind = (typeof BROKER_KINDS)[number];

export const MOSQUITTO = '/usr/sbin/mosquitto';
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));

export interface RunningBroker {
  kind: BrokerKind;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

function waitPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = connect({ host: '127.0.0.1', port }, () => {
        s.destroy();
        resolve();
      });
      s.on('error', () => {
        s.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on ${port} after ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startBroker(kind: BrokerKind): Promise<RunningBroker> {
  const dir = mkdtempSync(join(tmpdir(), `mc-bench-broker-${kind}-`));
  let tracked: Tracked;
  let port: number;
  let pid: number;
  if (kind === 'mosquitto' || kind === 'mosquitto-noloss') {
    port = await freePort();
    const conf = join(dir, 'mosquitto.conf');
    writeFileSync(
      conf,
      [
        'allow_anonymous true',
        'persistence false',
        'log_dest stderr',
        'log_type error',
        `listener ${port} 127.0.0.1`,
        ...(kind === 'mosquitto-noloss' ? ['max_queued_messages 0'] : []),
        '',
      ].join('\n'),
    );
    tracked = spawnTracked(MOSQUITTO, ['-c', conf], () => {});
    pid = tracked.pid;
    await waitPort(port, 10_000);
  } else {
    let ready: (port: number) => void = () => {};
    const listening = new Promise<number>((resolve) => {
      ready = resolve;
    });
    // tsx runs the broker in a child of its own: the pid to measure is the one it reports.
    let brokerPid = 0;
    tracked = spawnTracked(TSX, [SERVE, '--kind', kind, '--data-dir', join(dir, 'data')], (line) => {
      try {
        const msg = JSON.parse(line) as { event?: string; port?: number; pid?: number };
        if (msg.event === 'listening' && msg.port) {
          brokerPid = msg.pid ?? 0;
          ready(msg.port);
        }
      } catch {
        // not ours
      }
    });
    port = await Promise.race([
      listening,
      tracked.exited.then((code) => {
        throw new Error(`${kind} broker exited (${code}): ${tracked.stderrTail()}`);
      }),
    ]);
    pid = brokerPid;
  }
  return {
    kind,
    port,
    pid,
    async stop() {
      await stopChild(tracked, 5000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
