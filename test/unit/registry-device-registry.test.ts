// The device registry on a real LMDB in a temp dir: credentials are generated, stored only
// hashed, checked, rotated and removed; the fleet block it prints loads as daemon.yaml.
import { open, type RootDatabase } from 'lmdb';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DeviceRegistry, type DeviceRegistryDeps } from '../../controller/registry/device-registry.ts';
import { DaemonConfigSchema } from '../../device/config/daemon-schema.ts';
import { McError } from '../../proto/errors.ts';
import { makeTempDir, testLogger } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';

const teardown = teardownEach();
const URLS = ['mqtt://controller.lan:1883'];

async function openRoot(dir?: string): Promise<{ root: RootDatabase; dir: string }> {
  const path = dir ?? (await makeTempDir(teardown, 'mc-registry-test-'));
  const root = open({ path, maxDbs: 4 });
  teardown.add(`lmdb ${path}`, () => root.close());
  return { root, dir: path };
}

async function makeRegistry(
  deps: Partial<DeviceRegistryDeps> = {},
): Promise<{ registry: DeviceRegistry; root: RootDatabase; dir: string }> {
  const { root, dir } = await openRoot();
  return { registry: new DeviceRegistry({ root, logger: testLogger(), ...deps }), root, dir };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(McError);
  return (err as McError).code;
}

describe('DeviceRegistry', () => {
  it('registers a device with a one-time password and a fleet block that loads as daemon.yaml', async () => {
    const { registry } = await makeRegistry({ now: () => 1_700_000_000_000 });
    const creds = await registry.add('kitchen-pi', { brokerUrls: URLS, tags: ['lab', 'arm64', 'lab'] });

    expect(creds.name).toBe('kitchen-pi');
    expect(creds.username).toBe('kitchen-pi');
    expect(creds.password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const config = DaemonConfigSchema.parse(parse(creds.fleet_yaml));
    expect(config.device_name).toBe('kitchen-pi');
    expect(config.fleet).toMatchObject({
      broker_url: URLS,
      username: 'kitchen-pi',
      password: creds.password,
      tags: ['lab', 'arm64'],
    });
    expect(registry.get('kitchen-pi')).toEqual({
      name: 'kitchen-pi',
      created_ms: 1_700_000_000_000,
      tags: ['lab', 'arm64'],
      credentials_rotated_ms: 1_700_000_000_000,
    });
  });

  it('lists several broker URLs as the failover list of the fleet block', async () => {
    const { registry } = await makeRegistry();
    const urls = ['mqtts://a.lan:8883', 'wss://b.lan/mqtt'];
    const creds = await registry.add('d1', { brokerUrls: urls });
    expect(DaemonConfigSchema.parse(parse(creds.fleet_yaml)).fleet?.broker_url).toEqual(urls);
  });

  it('stores the password only as a scrypt hash with its parameters', async () => {
    const { registry, root } = await makeRegistry({ passwordHash: 'scrypt' });
    const creds = await registry.add('d1', { brokerUrls: URLS });
    const raw = JSON.stringify(root.openDB({ name: 'registry_devices' }).get('d1'));
    expect(raw).not.toContain(creds.password);
    expect(raw).toMatch(/\$scrypt\$ln=14,r=8,p=1\$/);
  });

  it('refuses invalid, reserved and role names, bad tags and bad broker URLs, storing nothing', async () => {
    const { registry } = await makeRegistry();
    for (const name of ['Bad', '', 'a/b', '+', 'reply', 'releases', 'operator', 'observer']) {
      expect(await codeOf(registry.add(name, { brokerUrls: URLS }))).toBe('MC_ERR_INVALID_NAME');
    }
    expect(await codeOf(registry.add('d1', { brokerUrls: URLS, tags: ['Not ok'] }))).toBe(
      'MC_ERR_INVALID_NAME',
    );
    expect(await codeOf(registry.add('d1', { brokerUrls: [] }))).toBe('MC_ERR_INVALID_ARGUMENT');
    expect(await codeOf(registry.add('d1', { brokerUrls: ['http://x:80'] }))).toBe('MC_ERR_INVALID_ARGUMENT');
    expect(registry.list()).toEqual([]);
  });

  it('refuses a name that exists, also when two adds race', async () => {
    const { registry } = await makeRegistry();
    await registry.add('d1', { brokerUrls: URLS });
    expect(await codeOf(registry.add('d1', { brokerUrls: URLS }))).toBe('MC_ERR_CONFLICT');

    const results = await Promise.allSettled([
      registry.add('d2', { brokerUrls: URLS }),
      registry.add('d2', { brokerUrls: URLS }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const won = results.find((r) => r.status === 'fulfilled');
    expect(won?.status === 'fulfilled' && (await registry.verify('d2', won.value.password))).toBe(true);
  });

  it('verifies the right password only, and unknown or malformed names without throwing', async () => {
    const { registry } = await makeRegistry();
    const creds = await registry.add('d1', { brokerUrls: URLS });
    expect(await registry.verify('d1', creds.password)).toBe(true);
    expect(await registry.verify('d1', Buffer.from(creds.password))).toBe(true);
    expect(await registry.verify('d1', `${creds.password}x`)).toBe(false);
    expect(await registry.verify('d1', '')).toBe(false);
    expect(await registry.verify('ghost', creds.password)).toBe(false);
    expect(await registry.verify('', creds.password)).toBe(false);
    expect(await registry.verify('x'.repeat(5000), creds.password)).toBe(false);
  });

  it('answers a repeated verification from the cache instead of running scrypt again', async () => {
    const { registry } = await makeRegistry({ passwordHash: 'scrypt' });
    const creds = await registry.add('d1', { brokerUrls: URLS });
    let started = performance.now();
    expect(await registry.verify('d1', creds.password)).toBe(true);
    const uncached = performance.now() - started;
    started = performance.now();
    for (let i = 0; i < 100; i++) expect(await registry.verify('d1', creds.password)).toBe(true);
    // One scrypt takes tens of milliseconds; 100 cache hits take about one.
    expect(performance.now() - started).toBeLessThan(uncached);
  });

  it('rotates: the old password stops working at once, even when it was cached', async () => {
    let now = 1_000;
    const { registry } = await makeRegistry({ now: () => now });
    const first = await registry.add('d1', { brokerUrls: URLS, tags: ['lab'] });
    expect(await registry.verify('d1', first.password)).toBe(true);
    const rotated: string[] = [];
    registry.on('rotated', (name) => rotated.push(name));

    now = 2_000;
    const second = await registry.rotate('d1', { brokerUrls: URLS });
    expect(second.password).not.toBe(first.password);
    expect(DaemonConfigSchema.parse(parse(second.fleet_yaml)).fleet?.tags).toEqual(['lab']);
    expect(await registry.verify('d1', first.password)).toBe(false);
    expect(await registry.verify('d1', second.password)).toBe(true);
    expect(registry.get('d1')).toMatchObject({ created_ms: 1_000, credentials_rotated_ms: 2_000 });
    expect(rotated).toEqual(['d1']);
    expect(await codeOf(registry.rotate('ghost', { brokerUrls: URLS }))).toBe('MC_ERR_NOT_FOUND');
  });

  it('removes a device, announces it once and refuses its password afterwards', async () => {
    const { registry } = await makeRegistry();
    const creds = await registry.add('d1', { brokerUrls: URLS });
    await registry.add('d2', { brokerUrls: URLS });
    expect(await registry.verify('d1', creds.password)).toBe(true);
    const removed: string[] = [];
    registry.on('removed', (name) => removed.push(name));

    expect(await registry.remove('d1')).toBe(true);
    expect(await registry.remove('d1')).toBe(false);
    expect(await registry.remove('never')).toBe(false);
    expect(removed).toEqual(['d1']);
    expect(registry.get('d1')).toBeUndefined();
    expect(registry.list().map((d) => d.name)).toEqual(['d2']);
    expect(await registry.verify('d1', creds.password)).toBe(false);
  });

  it('keeps devices and passwords across a reopen of the database', async () => {
    const { registry, root, dir } = await makeRegistry();
    const b = await registry.add('b-dev', { brokerUrls: URLS, tags: ['x'] });
    await registry.add('a-dev', { brokerUrls: URLS });
    const before = registry.list();
    await root.close();

    const reopened = new DeviceRegistry({
      root: (await openRoot(dir)).root,
      logger: testLogger(),
      passwordHash: 'scrypt',
    });
    expect(reopened.list()).toEqual(before);
    expect(before.map((d) => d.name)).toEqual(['a-dev', 'b-dev']);
    expect(await reopened.verify('b-dev', b.password)).toBe(true);
  });

  describe('with passwordHash: sha256', () => {
    const rawHash = (root: RootDatabase, name: string) =>
      (root.openDB({ name: 'registry_devices' }).get(name) as { password_hash: string }).password_hash;

    it('stores a salted SHA-256 and checks it in microseconds, refusing wrong passwords', async () => {
      const { registry, root } = await makeRegistry({ passwordHash: 'sha256' });
      const creds = await registry.add('d1', { brokerUrls: URLS });
      const stored = rawHash(root, 'd1');
      expect(stored).toMatch(/^\$sha256\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
      expect(JSON.stringify(root.openDB({ name: 'registry_devices' }).get('d1'))).not.toContain(
        creds.password,
      );
      const started = performance.now();
      for (let i = 0; i < 1000; i++) expect(await registry.verify('d1', creds.password)).toBe(true);
      // 1,000 scrypts would take about a minute; 1,000 SHA-256 checks take milliseconds.
      expect(performance.now() - started).toBeLessThan(2000);
      expect(await registry.verify('d1', `${creds.password}x`)).toBe(false);
      expect(await registry.verify('ghost', creds.password)).toBe(false);
      const second = await registry.rotate('d1', { brokerUrls: URLS });
      expect(await registry.verify('d1', creds.password)).toBe(false);
      expect(await registry.verify('d1', second.password)).toBe(true);
    });

    it('upgrades a scrypt hash to SHA-256 at its first successful login, and a scrypt registry still reads it', async () => {
      const { registry, root, dir } = await makeRegistry({ passwordHash: 'scrypt' });
      const creds = await registry.add('d1', { brokerUrls: URLS });
      expect(rawHash(root, 'd1')).toMatch(/^\$scrypt\$/);
      const fast = new DeviceRegistry({ root, logger: testLogger(), passwordHash: 'sha256' });
      expect(await fast.verify('d1', `${creds.password}x`)).toBe(false);
      expect(rawHash(root, 'd1')).toMatch(/^\$scrypt\$/);
      expect(await fast.verify('d1', creds.password)).toBe(true);
      expect(rawHash(root, 'd1')).toMatch(/^\$sha256\$/);
      expect(await fast.verify('d1', creds.password)).toBe(true);
      expect(await fast.verify('d1', `${creds.password}x`)).toBe(false);
      await root.close();
      const reopened = new DeviceRegistry({
        root: (await openRoot(dir)).root,
        logger: testLogger(),
        passwordHash: 'scrypt',
      });
      expect(await reopened.verify('d1', creds.password)).toBe(true);
      expect(await reopened.verify('d1', `${creds.password}x`)).toBe(false);
    });
  });
});
