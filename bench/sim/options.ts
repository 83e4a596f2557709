// Command line of the fleet simulator (bench/sim/main.ts) and the device names and
// credentials it derives from it. Names are `<prefix><index, 5 digits>` so that several
// simulator processes can split one fleet with --offset and the scenario can register the
// same names in the registry.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assertDeviceName } from '../../proto/topics.ts';

export interface SimOptions {
  host: string;
  port: number;
  devices: number;
  offset: number;
  prefix: string;
  workloads: number;
  heartbeatS: number;
  churnState: number;
  churnReconnect: number;
  reportS: number;
  connectWindow: number;
  connectRate: number;
  connectTimeoutS: number;
  keepaliveS: number;
  id: string;
  /** Read commands from stdin and stop when it closes (the scenario drives us this way). */
  control: boolean;
  /** Connect and subscribe only; announce on {"cmd": "activate"} (needs --control). */
  quiet: boolean;
  names: string[];
  passwords: string[];
}

export const USAGE = `usage: npx tsx bench/sim/main.ts --broker mqtt://127.0.0.1:1883 --devices N
  (--password-file F | --credentials F) [--offset K] [--prefix sim-] [--workloads 10]
  [--heartbeat 10] [--churn-state 0.05] [--churn-reconnect 0.01] [--report 5]
  [--connect-window 64] [--connect-rate 200] [--connect-timeout 60] [--keepalive 30] [--id NAME]
  [--control [--quiet]]

--password-file: one password for every device (a benchmark fixture registry).
--credentials:   per-device passwords, JSON {"name": "password"} or lines "name password".
Reports go to stdout as JSON lines. With --control, stdin takes JSON lines
{"cmd": "churn", "on": false}, {"cmd": "activate", "rate": 250}, {"cmd": "dump"}, {"cmd": "report"},
{"cmd": "stop"}, and the simulator stops when stdin closes (its parent died). --quiet: the
devices connect and subscribe but publish nothing until "activate" (benchmark enrollment);
"rate" paces the announces (devices/s), none means all at once.`;

export function simDeviceName(prefix: string, index: number): string {
  return assertDeviceName(`${prefix}${String(index).padStart(5, '0')}`);
}

function number(name: string, raw: string | undefined, min: number, integer = false): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new Error(`--${name} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}, got ${raw}`);
  }
  return value;
}

/** name → password from a credentials file (JSON object, or "name password" lines). */
export function readCredentials(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  if (text.trimStart().startsWith('{')) {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    return new Map(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [name, password] = line.trim().split(/\s+/);
    if (name && password) out.set(name, password);
  }
  return out;
}

export function parseSimOptions(args: string[]): SimOptions {
  const { values } = parseArgs({
    args,
    options: {
      broker: { type: 'string' },
      devices: { type: 'string' },
      offset: { type: 'string', default: '0' },
      prefix: { type: 'string', default: 'sim-' },
      workloads: { type: 'string', default: '10' },
      heartbeat: { type: 'string', default: '10' },
      'churn-state': { type: 'string', default: '0.05' },
      'churn-reconnect': { type: 'string', default: '0.01' },
      'password-file': { type: 'string' },
      credentials: { type: 'string' },
      report: { type: 'string', default: '5' },
      'connect-window': { type: 'string', default: '64' },
      'connect-rate': { type: 'string', default: '200' },
      'connect-timeout': { type: 'string', default: '60' },
      keepalive: { type: 'string', default: '30' },
      id: { type: 'string' },
      control: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (!values.broker) throw new Error('--broker is required');
  const url = new URL(values.broker);
  if (url.protocol !== 'mqtt:') throw new Error(`--broker: only mqtt:// is simulated, got ${values.broker}`);
  const devices = number('devices', values.devices, 1, true);
  const offset = number('offset', values.offset, 0, true);
  const prefix = values.prefix ?? 'sim-';
  const names = Array.from({ length: devices }, (_, i) => simDeviceName(prefix, offset + i));
  let passwords: string[];
  if (values['password-file']) {
    const password = readFileSync(values['password-file'], 'utf8').split('\n')[0]?.trim() ?? '';
    if (!password) throw new Error(`${values['password-file']}: no password on the first line`);
    passwords = names.map(() => password);
  } else if (values.credentials) {
    const credentials = readCredentials(values.credentials);
    passwords = names.map((name) => {
      const password = credentials.get(name);
      if (!password) throw new Error(`${values.credentials}: no password for ${name}`);
      return password;
    });
  } else {
    throw new Error('--password-file or --credentials is required');
  }
  if (values.quiet && !values.control) throw new Error('--quiet needs --control (to be activated)');
  const heartbeatS = number('heartbeat', values.heartbeat, 0.1);
  const keepaliveS = number('keepalive', values.keepalive, 1, true);
  return {
    host: url.hostname,
    port: Number(url.port || 1883),
    devices,
    offset,
    prefix,
    workloads: number('workloads', values.workloads, 1, true),
    heartbeatS,
    churnState: number('churn-state', values['churn-state'], 0),
    churnReconnect: number('churn-reconnect', values['churn-reconnect'], 0),
    reportS: number('report', values.report, 0.1),
    connectWindow: number('connect-window', values['connect-window'], 1, true),
    connectRate: number('connect-rate', values['connect-rate'], 0.1),
    connectTimeoutS: number('connect-timeout', values['connect-timeout'], 1),
    // Heartbeats are the only regular traffic (no PINGREQ is sent): keep-alive must outlast them.
    keepaliveS: Math.max(keepaliveS, Math.ceil(heartbeatS * 2)),
    id: values.id ?? `sim-${offset}`,
    control: values.control === true,
    quiet: values.quiet === true,
    names,
    passwords,
  };
}
