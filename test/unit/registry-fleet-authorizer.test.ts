// Who the fleet authorizer lets in, asked directly (the broker integration test covers what
// a client sees): devices by registry credentials and their own client id, operators and
// observers by token, nobody else.
import { Writable } from 'node:stream';
import { open } from 'lmdb';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Authorizer, ConnectionMeta } from '../../broker/authorizer.ts';
import { DEVICE_CLIENT_ID_PREFIX, fleetAuthorizer } from '../../controller/auth/fleet-authorizer.ts';
import { DeviceRegistry } from '../../controller/registry/device-registry.ts';
import { deviceClientId } from '../../device/fleet/client-options.ts';
import { McError } from '../../proto/errors.ts';
import { makeTempDir, testLogger } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';

const teardown = teardownEach();
const meta: ConnectionMeta = { transport: 'tcp', remoteAddress: '192.0.2.10' };

/** A pino logger whose JSON lines land in an array. */
function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

async function setup(observerToken?: string) {
  const dir = await makeTempDir(teardown, 'mc-fleet-auth-test-');
  const root = open({ path: dir, maxDbs: 4 });
  teardown.add('lmdb', () => root.close());
  const registry = new DeviceRegistry({ root, logger: testLogger() });
  const { password } = await registry.add('d1', { brokerUrls: ['mqtt://c:1883'] });
  const authorizer = fleetAuthorizer({
    registry,
    operatorToken: 'op-secret-token',
    ...(observerToken === undefined ? {} : { observerToken }),
  });
  return { authorizer, password, registry };
}

function login(authorizer: Authorizer, clientId: string, username?: string, password?: string) {
  return authorizer.authenticate({
    clientId,
    meta,
    ...(username === undefined ? {} : { username }),
    ...(password === undefined ? {} : { password: Buffer.from(password) }),
  });
}

describe('fleetAuthorizer authenticate', () => {
  it('admits a registered device with its password and its own client id', async () => {
    const { authorizer, password } = await setup();
    expect(await login(authorizer, 'mc-dev-d1', 'd1', password)).toEqual({
      clientId: 'mc-dev-d1',
      username: 'd1',
      role: 'device',
      device: 'd1',
      meta,
    });
  });

  it('reserves for devices the client id prefix the device daemon uses', () => {
    expect(deviceClientId('d1').startsWith(DEVICE_CLIENT_ID_PREFIX)).toBe(true);
  });

  it('refuses devices with a wrong password, another client id, no password or no user name', async () => {
    const { authorizer, password } = await setup();
    expect(await login(authorizer, 'mc-dev-d1', 'd1', 'nope')).toBeNull();
    expect(await login(authorizer, 'mc-dev-d2', 'd1', password)).toBeNull();
    expect(await login(authorizer, 'd1', 'd1', password)).toBeNull();
    expect(await login(authorizer, 'mc-dev-d1', 'd1')).toBeNull();
    expect(await login(authorizer, 'mc-dev-d1', undefined, password)).toBeNull();
    expect(await login(authorizer, 'mc-dev-ghost', 'ghost', password)).toBeNull();
  });

  it('admits operators and observers by token with any client id except a device one', async () => {
    const { authorizer } = await setup('obs-secret-token');
    expect(await login(authorizer, 'mctl-1234', 'operator', 'op-secret-token')).toMatchObject({
      role: 'operator',
    });
    expect(await login(authorizer, 'dash-1', 'observer', 'obs-secret-token')).toMatchObject({
      role: 'observer',
    });
    expect(await login(authorizer, 'mctl-1234', 'operator', 'obs-secret-token')).toBeNull();
    expect(await login(authorizer, 'dash-1', 'observer', 'op-secret-token')).toBeNull();
    expect(await login(authorizer, 'mctl-1234', 'operator', 'op-secret-token-')).toBeNull();
    expect(await login(authorizer, 'mctl-1234', 'operator')).toBeNull();
    // Taking a device's client id would take over its session and its queued commands.
    expect(await login(authorizer, 'mc-dev-d1', 'operator', 'op-secret-token')).toBeNull();
    expect(await login(authorizer, 'mc-dev-d1', 'observer', 'obs-secret-token')).toBeNull();
  });

  it('has no observer logins without an observer token', async () => {
    const { authorizer } = await setup();
    expect(await login(authorizer, 'dash-1', 'observer', '')).toBeNull();
    expect(await login(authorizer, 'dash-1', 'observer', 'anything')).toBeNull();
  });

  it('refuses empty tokens in its options', async () => {
    const { registry } = await setup();
    expect(() => fleetAuthorizer({ registry, operatorToken: '' })).toThrow(McError);
    expect(() => fleetAuthorizer({ registry, operatorToken: 'x', observerToken: '' })).toThrow(McError);
  });

  it('explains refusals in the log, at most once a minute per user name and reason, never the password', async () => {
    const { registry, password } = await setup();
    const { logger, lines } = capturingLogger();
    let now = 0;
    const authorizer = fleetAuthorizer({
      registry,
      operatorToken: 'op-secret-token',
      logger,
      now: () => now,
    });
    for (let i = 0; i < 3; i++) await login(authorizer, 'mc-dev-d1', 'd1', 'wrong-password');
    await login(authorizer, 'mc-dev-ghost', 'ghost', password);
    now = 60_000;
    await login(authorizer, 'mc-dev-d1', 'd1', 'wrong-password');
    await login(authorizer, 'mc-dev-x', 'x'.repeat(1000), 'pw');

    expect(lines.map((l) => [l.reason, l.username, l.suppressed])).toEqual([
      ['wrong password', 'd1', 0],
      ['unknown device', 'ghost', 0],
      ['wrong password', 'd1', 2],
      ['client id must be mc-dev-<user name>', 'x'.repeat(128), 0],
    ]);
    expect(lines[0]).toMatchObject({
      level: 40,
      clientId: 'mc-dev-d1',
      transport: 'tcp',
      remoteAddress: '192.0.2.10',
    });
    expect(JSON.stringify(lines)).not.toMatch(/wrong-password|op-secret-token/);
    expect(JSON.stringify(lines)).not.toContain(password);
  });
});
