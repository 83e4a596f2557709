import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDaemonConfig, readFleetPassword } from '../../device/config/daemon-config.ts';
import { DaemonConfigSchema, sanitizeDeviceName } from '../../device/config/daemon-schema.ts';
import { loadConfigDir } from '../../device/config/loader.ts';
import { formatProblem } from '../../device/config/problems.ts';
import { McError } from '../../proto/errors.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function configDir(daemonYaml: string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-daemon-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'daemon.yaml'), daemonYaml);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

async function problemsOf(daemonYaml: string, extra: Record<string, string> = {}) {
  const dir = configDir(daemonYaml, extra);
  const { problems } = await loadConfigDir(dir);
  // Without the file name: every problem here is in daemon.yaml.
  return problems.map((p) => formatProblem(p).slice(join(dir, 'daemon.yaml:').length));
}

describe('daemon.yaml', () => {
  it('has the documented defaults', () => {
    const config = DaemonConfigSchema.parse({});
    expect(config).toMatchObject({
      device_name: sanitizeDeviceName(hostname()),
      data_dir: '/var/lib/master-control',
      log_dir: '/var/lib/master-control/logs',
      socket_path: '/tmp/master_control.sock',
      log_level: 'info',
      logs: { max_bytes: 1024 * 1024, max_files: 5 },
      history_limit: 1000,
      metrics_interval: 5,
      shutdown_timeout: 30,
    });
    expect(config.fleet).toBeUndefined();
  });

  it('fills fleet defaults and turns a single broker URL into a list', () => {
    const config = DaemonConfigSchema.parse({ fleet: { broker_url: 'mqtts://broker.example:8883' } });
    expect(config.fleet).toEqual({
      broker_url: ['mqtts://broker.example:8883'],
      heartbeat_interval: 10,
      status_debounce_ms: 100,
      keepalive: 30,
      outbox_limit: 10_000,
      tags: [],
    });
  });

  it('resolves relative paths against the daemon.yaml directory, log_dir inside data_dir', async () => {
    const dir = configDir(
      'data_dir: state\nsocket_path: run/mc.sock\nfleet:\n  broker_url: mqtt://h\n  tls: {ca: ca.pem}\n',
      {
        'ca.pem': 'x',
      },
    );
    const { daemon, problems } = await loadConfigDir(dir);
    expect(problems).toEqual([]);
    expect(daemon.data_dir).toBe(join(dir, 'state'));
    expect(daemon.log_dir).toBe(join(dir, 'state', 'logs'));
    expect(daemon.socket_path).toBe(join(dir, 'run', 'mc.sock'));
    expect(daemon.fleet?.tls?.ca).toBe(join(dir, 'ca.pem'));
    expect(Object.isFrozen(daemon.fleet)).toBe(true);
  });

  it('treats an empty daemon.yaml as all defaults', async () => {
    const dir = configDir('# nothing set\n');
    const { daemon, problems } = await loadConfigDir(dir);
    expect(problems).toEqual([]);
    expect(daemon.history_limit).toBe(1000);
  });

  it('rejects broker URLs that are not MQTT or WebSocket URLs', async () => {
    expect(await problemsOf('fleet:\n  broker_url: [mqtt://ok:1883, http://web, nonsense]\n')).toEqual([
      '2:32 fleet.broker_url[1]: unsupported protocol "http:" in "http://web"; use mqtt://, mqtts://, ws://, wss://',
      '2:44 fleet.broker_url[2]: "nonsense" is not a URL (expected e.g. mqtt://controller:1883)',
    ]);
    expect(await problemsOf('fleet:\n  broker_url: []\n')).toEqual([
      '2:15 fleet.broker_url: must not be an empty list',
    ]);
  });

  it('requires broker_url inside a fleet block, and names the block', async () => {
    expect(await problemsOf('fleet:\n  keepalive: 10\n')).toEqual([
      '2:3 fleet.broker_url: required field is missing',
    ]);
  });

  it('rejects password together with password_file, and cert without key', async () => {
    const yaml =
      'fleet:\n  broker_url: mqtts://b\n  password: x\n  password_file: pw\n  tls:\n    cert: c.pem\n';
    expect(await problemsOf(yaml, { pw: 'secret\n', 'c.pem': 'x' })).toEqual([
      '4:18 fleet.password_file: password and password_file are mutually exclusive',
      '6:5 fleet.tls.key: cert and key go together',
    ]);
  });

  it('reports TLS and password files that do not exist', async () => {
    const dir = configDir('fleet:\n  broker_url: mqtts://b\n  password_file: missing\n');
    const { problems } = await loadConfigDir(dir);
    expect(problems.map(formatProblem)).toEqual([
      `${join(dir, 'daemon.yaml')}:3:18 fleet.password_file: ${join(dir, 'missing')} does not exist`,
    ]);
  });

  it('rejects reserved and malformed device names', async () => {
    expect(await problemsOf('device_name: reply\n')).toEqual([
      '1:14 device_name: is reserved by the topic contract (reply, releases, all, sys)',
    ]);
    expect(await problemsOf('device_name: Kitchen.Pi\n')).toEqual([
      '1:14 device_name: must match [a-z0-9][a-z0-9_-]{0,62}',
    ]);
  });

  it("points fields of the Python system's daemon.yaml at their replacement", async () => {
    const yaml =
      'fleet:\n  enabled: true\n  client_name: pi\n  central_api_url: http://c:8080\n  broker_url: mqtt://c\n';
    expect(await problemsOf(yaml)).toEqual([
      '2:3 fleet.enabled: unknown field; a fleet block is enabled by being present; remove the block to run stand-alone',
      '3:3 fleet.client_name: unknown field; the device name is `device_name` at the top of daemon.yaml',
      '4:3 fleet.central_api_url: unknown field; devices talk MQTT to a broker: set fleet.broker_url (e.g. mqtt://controller:1883)',
    ]);
  });

  it('keeps the defaults when daemon.yaml is invalid, with the problems beside them', async () => {
    const dir = configDir('history_limit: 0\n');
    const { daemon, problems } = await loadConfigDir(dir);
    expect(daemon.history_limit).toBe(1000);
    expect(problems).toHaveLength(1);
  });

  it('sanitizes hostnames into device names', () => {
    expect(sanitizeDeviceName('Kitchen.Pi')).toBe('kitchen-pi');
    expect(sanitizeDeviceName('raspberrypi')).toBe('raspberrypi');
    expect(sanitizeDeviceName('--Node_7--')).toBe('node_7');
    expect(sanitizeDeviceName('x'.repeat(80))).toBe('x'.repeat(63));
    expect(sanitizeDeviceName('...')).toBe('device');
    expect(sanitizeDeviceName('REPLY')).toBe('device');
  });

  it('parseDaemonConfig applies defaults and resolves paths, or throws MC_ERR_CONFIG', () => {
    const config = parseDaemonConfig({ device_name: 'd1', data_dir: 'data' }, '/srv/mc');
    expect(config).toMatchObject({
      device_name: 'd1',
      data_dir: '/srv/mc/data',
      log_dir: '/srv/mc/data/logs',
    });
    expect(() => parseDaemonConfig({ history_limit: -1 }, '/srv')).toThrow(McError);
    expect(() => parseDaemonConfig({ nope: 1 }, '/srv')).toThrow(/nope/);
  });

  it('reads the broker password from password_file', async () => {
    const dir = configDir('', { pw: 's3cret\nignored\n' });
    expect(
      await readFleetPassword({
        ...DaemonConfigSchema.parse({ fleet: { broker_url: 'mqtt://b' } }).fleet!,
        password_file: join(dir, 'pw'),
      }),
    ).toBe('s3cret');
    const missing = {
      ...DaemonConfigSchema.parse({ fleet: { broker_url: 'mqtt://b' } }).fleet!,
      password_file: join(dir, 'none'),
    };
    await expect(readFleetPassword(missing)).rejects.toThrow(McError);
  });
});
