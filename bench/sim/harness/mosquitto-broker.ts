// Debian's Mosquitto as the fleet's broker for the `fleet` benchmark's scale-out comparison
// (docs/broker.md "Scale-out"): the controller connects to it as a client (controller.yaml
// `broker.url`), the simulated devices connect to it directly. Configured the way an operator
// would run it for a fleet, not with Mosquitto's defaults:
//   - no anonymous clients; one user per device plus `operator` (the controller, mctl) in a
//     password file hashed by Debian's own `mosquitto_passwd -U` (PBKDF2-SHA512), timed;
//   - an ACL file giving devices what the embedded broker's ACL gives them (DESIGN.md §6):
//     publish under mc/{self}/… and mc/reply/…, read their cmd, desired and mc/releases/#;
//   - QoS 1 queue limits raised: with the defaults (20 in flight, 1000 queued per client)
//     Mosquitto silently drops QoS 1 messages it already acknowledged once the controller's
//     subscription falls 1,020 messages behind (an announce burst of 10,000 devices is
//     120,000 messages), so the comparison would measure the drop, not the broker;
//   - TCP_NODELAY, as the embedded broker sets it;
//   - persistence on (its snapshot at autosave_interval and at exit; the embedded broker
//     writes LevelDB per message instead).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { spawnTracked, stopChild, type Tracked } from './children.ts';
import { freeListenPort } from './controller-process.ts';

export const MOSQUITTO = '/usr/sbin/mosquitto';
const MOSQUITTO_PASSWD = '/usr/bin/mosquitto_passwd';

/** What mosquitto.conf sets beyond auth and the listener; reported with every result. */
export const MOSQUITTO_FLEET_SETTINGS = {
  // Per client: the controller's one subscription carries the whole fleet's QoS 1 telemetry.
  max_inflight_messages: 1000,
  // 0 = no limit, like the embedded broker (Aedes has none). Pair with max_queued_bytes or
  // memory_limit in production when memory must be bounded (docs/broker.md).
  max_queued_messages: 0,
  set_tcp_nodelay: true,
  persistence: true,
  autosave_interval: 1800,
} as const;

export interface MosquittoUser {
  name: string;
  password: string;
}

export interface RunningMosquitto {
  url: string;
  port: number;
  pid: number;
  tracked: Tracked;
  /** Writing the plain password file and hashing it with mosquitto_passwd -U (ms). */
  provisionMs: number;
  /** From spawn until the listener accepts a TCP connection (ms): includes loading the users. */
  startMs: number;
  users: number;
  settings: typeof MOSQUITTO_FLEET_SETTINGS;
  stop(): Promise<void>;
}

/** The device ACL of DESIGN.md §6 in Mosquitto's acl_file syntax (%u = user name = device name). */
export function fleetAcl(operator: string): string {
  return [
    `user ${operator}`,
    'topic readwrite #',
    '',
    '# every user (devices): their own topics, replies, releases',
    'pattern write mc/%u/#',
    'pattern read mc/%u/cmd',
    'pattern read mc/%u/desired',
    'pattern write mc/reply/#',
    'pattern read mc/releases/#',
    '',
  ].join('\n');
}

function waitListening(port: number, tracked: Tracked, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (tracked.child.exitCode !== null) {
        reject(new Error(`mosquitto exited (${tracked.child.exitCode}): ${tracked.stderrTail()}`));
        return;
      }
      const s = connect({ host: '127.0.0.1', port }, () => {
        s.destroy();
        resolve();
      });
      s.on('error', () => {
        s.destroy();
        if (Date.now() > deadline)
          reject(new Error(`mosquitto not listening on ${port} after ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * Starts Mosquitto in `dir` with `users` (devices and the operator) allowed to connect.
 * The port is below the ephemeral range, like the controller's (freeListenPort).
 */
export async function startFleetMosquitto(
  dir: string,
  users: readonly MosquittoUser[],
  operator: string,
): Promise<RunningMosquitto> {
  mkdirSync(dir, { recursive: true });
  const dataDir = join(dir, 'mosquitto-data');
  mkdirSync(dataDir, { recursive: true });
  const passwordFile = join(dir, 'passwords');
  const aclFile = join(dir, 'acl');
  const t0 = performance.now();
  writeFileSync(passwordFile, `${users.map((u) => `${u.name}:${u.password}`).join('\n')}\n`, { mode: 0o600 });
  // Hashes every line in place, as an operator provisions a fleet; throws if the tool fails.
  execFileSync(MOSQUITTO_PASSWD, ['-U', passwordFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  const provisionMs = performance.now() - t0;
  writeFileSync(aclFile, fleetAcl(operator));
  const port = await freeListenPort();
  const s = MOSQUITTO_FLEET_SETTINGS;
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(
    conf,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous false',
      `password_file ${passwordFile}`,
      `acl_file ${aclFile}`,
      `max_inflight_messages ${s.max_inflight_messages}`,
      `max_queued_messages ${s.max_queued_messages}`,
      `set_tcp_nodelay ${s.set_tcp_nodelay}`,
      `persistence ${s.persistence}`,
      `autosave_interval ${s.autosave_interval}`,
      `persistence_location ${dataDir}/`,
      // As root Mosquitto would switch to user mosquitto and could not write our temp dir.
      ...(process.getuid?.() === 0 ? ['user root'] : []),
      'log_dest stderr',
      'log_type error',
      'log_type warning',
      ...(process.env.MC_MOSQ_DEBUG ? ['log_type all'] : []),
      'connection_messages false',
      '',
    ].join('\n'),
  );
  const started = performance.now();
  const tracked = spawnTracked(MOSQUITTO, ['-c', conf], () => {});
  try {
    await waitListening(port, tracked, 30_000);
  } catch (err) {
    await stopChild(tracked, 2000);
    throw err;
  }
  return {
    url: `mqtt://127.0.0.1:${port}`,
    port,
    pid: tracked.pid,
    tracked,
    provisionMs,
    startMs: performance.now() - started,
    users: users.length,
    settings: s,
    async stop() {
      await stopChild(tracked, 20_000);
    },
  };
}
