// The device side of releases, end to end: a real broker, real `mctl up` processes with real
// LMDB, and this test playing the controller — it packs releases with proto/release.ts and
// publishes them retained on mc/releases/{v}, then names one in the device's retained
// mc/{d}/desired. What the device does is read back from its status, events and disk.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { allowAll } from '../../broker/authorizer.ts';
import { encode, mc } from '../../proto/codec.ts';
import { packRelease } from '../../proto/release.ts';
import { filters, topics } from '../../proto/topics.ts';
import { startTestBroker } from '../helpers/broker-fixtures.ts';
import { connectClient } from '../helpers/broker-mqtt.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { killAllChildren, type RunningChild, runMctl } from '../helpers/child.ts';
import { type Observer, observe, type Seen } from '../helpers/fleet-brokers.ts';
import { type DaemonFixture, daemonFixture, serviceYaml } from '../helpers/fleet-daemon.ts';

const teardown = teardownEach();
afterEach(() => killAllChildren());
const D = 'rel-1';
const CONVERGE_MS = 15_000;

interface Harness {
  url: string;
  fixture: DaemonFixture;
  obs: Observer;
  /** Packs a release of these workloads (name → YAML) and publishes it retained; returns its sha256. */
  publishRelease(version: string, workloads: Record<string, string>): Promise<string>;
  desire(version: string, sha256: string, generation: number): Promise<void>;
  /** Clears the retained release: the device can only switch to it from its disk. */
  unpublishRelease(version: string): Promise<void>;
  /** The next status (of any boot) for which `match` holds. */
  status(match: (s: mc.v1.DeviceStatus) => boolean): Promise<mc.v1.DeviceStatus>;
  dataDir: string;
}

async function harness(workloads = ['base']): Promise<Harness> {
  const brokerDir = mkdtempSync(join(tmpdir(), 'mc-release-broker-'));
  teardown.add('broker dir', () => rmSync(brokerDir, { recursive: true, force: true }));
  const { mqttUrl: url } = await startTestBroker(teardown, { dataDir: brokerDir, authorizer: allowAll() });
  const { client } = await connectClient(teardown, url, { clientId: 'test-controller' });
  const fixture = daemonFixture(teardown, { device: D, brokerUrl: url, workloads });
  const obs = await observe(teardown, url, [filters.status(D), filters.events(D)]);
  const srcRoot = join(fixture.dir, 'src');
  return {
    url,
    fixture,
    obs,
    dataDir: join(fixture.dir, 'data'),
    async publishRelease(version, files) {
      const src = join(srcRoot, version);
      mkdirSync(src, { recursive: true });
      for (const [name, yaml] of Object.entries(files)) writeFileSync(join(src, `${name}.yaml`), yaml);
      const release = await packRelease(src, version);
      await publish(client, topics.release(version), encode('release', release));
      return release.sha256 ?? '';
    },
    async unpublishRelease(version) {
      await publish(client, topics.release(version), new Uint8Array());
    },
    async desire(version, sha256, generation) {
      const desired = {
        release: version,
        sha256,
        generation,
        deployment_id: `dep-${generation}`,
        ts_ms: Date.now(),
      };
      await publish(client, topics.desired(D), encode('desired', desired));
    },
    async status(match) {
      const seen = await obs.next(
        topics.status(D),
        (m) => m.message !== null && match(statusOf(m)),
        CONVERGE_MS,
      );
      return statusOf(seen);
    },
  };
}

function publish(client: MqttClient, topic: string, payload: Uint8Array): Promise<unknown> {
  return client.publishAsync(topic, Buffer.from(payload), { qos: 1, retain: true });
}

const statusOf = (m: Seen) => m.message as mc.v1.DeviceStatus;
const names = (s: mc.v1.DeviceStatus) => s.workloads.map((w) => w.name).sort();
const running = (s: mc.v1.DeviceStatus, ...wanted: string[]) =>
  names(s).join() === wanted.sort().join() && s.workloads_running === wanted.length;
const events = (h: Harness, type: mc.v1.EventType) =>
  h.obs.on(topics.events(D)).filter((m) => (m.message as mc.v1.Event).type === type);
const currentTarget = (h: Harness) => readlinkSync(join(h.dataDir, 'current'));
const onDisk = (h: Harness) => readdirSync(join(h.dataDir, 'releases')).sort();

describe('releases on a device daemon', () => {
  it('switches to a published release, runs its workloads, and rolls back to the previous one from disk', async () => {
    const h = await harness();
    await h.fixture.up();
    await h.status((s) => running(s, 'base') && s.release === '');

    const sha1 = await h.publishRelease('v1', { alpha: serviceYaml('alpha') });
    await h.desire('v1', sha1, 1);
    const s1 = await h.status(
      (s) => s.release === 'v1' && running(s, 'alpha') && Number(s.desired_generation) === 1,
    );
    expect(s1).toMatchObject({ desired_generation: 1, release_error: '' });
    expect(currentTarget(h)).toBe(join('releases', 'v1'));
    await waitFor('DEPLOYED event', () => events(h, mc.v1.EventType.EVENT_TYPE_DEPLOYED).length === 1);

    const sha2 = await h.publishRelease('v2', { beta: serviceYaml('beta') });
    await h.desire('v2', sha2, 2);
    await h.status((s) => s.release === 'v2' && running(s, 'beta') && Number(s.desired_generation) === 2);

    // Rollback = a new desired state naming v1. Its bundle is gone from the broker, so only
    // the copy kept on disk can satisfy it.
    await h.unpublishRelease('v1');
    await h.desire('v1', sha1, 3);
    await h.status((s) => s.release === 'v1' && running(s, 'alpha') && Number(s.desired_generation) === 3);
    expect(currentTarget(h)).toBe(join('releases', 'v1'));
    expect(onDisk(h)).toEqual(['v1', 'v2']);
  });

  it('refuses a bundle whose sha256 is not the desired one, and a bundle with an invalid config; the running release stays', async () => {
    const h = await harness();
    await h.fixture.up();
    const sha1 = await h.publishRelease('v1', { alpha: serviceYaml('alpha') });
    await h.desire('v1', sha1, 1);
    await h.status((s) => s.release === 'v1' && running(s, 'alpha'));

    await h.publishRelease('v2', { beta: serviceYaml('beta') });
    await h.desire('v2', 'f'.repeat(64), 2);
    const refused = await h.status((s) => Number(s.desired_generation) === 2);
    expect(refused.release).toBe('v1');
    expect(refused.release_error).toMatch(/sha256/);
    expect(running(refused, 'alpha')).toBe(true);
    await waitFor(
      'DEPLOY_FAILED event',
      () => events(h, mc.v1.EventType.EVENT_TYPE_DEPLOY_FAILED).length === 1,
    );
    expect(existsSync(join(h.dataDir, 'releases', 'v2'))).toBe(false);

    const sha3 = await h.publishRelease('v3', { gamma: 'name: gamma\ntype: service\nrun_mode: sometimes\n' });
    await h.desire('v3', sha3, 3);
    const invalid = await h.status((s) => Number(s.desired_generation) === 3);
    expect(invalid.release).toBe('v1');
    expect(invalid.release_error).toMatch(/gamma\.yaml/);
    expect(running(invalid, 'alpha')).toBe(true);
    expect(currentTarget(h)).toBe(join('releases', 'v1'));
    expect(onDisk(h)).toEqual(['v1']);

    // A good release after refusals clears the error.
    const sha4 = await h.publishRelease('v4', { delta: serviceYaml('delta') });
    await h.desire('v4', sha4, 4);
    const ok = await h.status((s) => s.release === 'v4' && running(s, 'delta'));
    expect(ok.release_error).toBe('');
  });

  it('keeps at most releases.keep releases on disk, the running one included', async () => {
    const h = await harness();
    await h.fixture.up();
    for (let i = 1; i <= 5; i += 1) {
      const sha = await h.publishRelease(`v${i}`, { [`w${i}`]: serviceYaml(`w${i}`) });
      await h.desire(`v${i}`, sha, i);
      await h.status((s) => s.release === `v${i}` && running(s, `w${i}`));
    }
    // DEPLOYED goes out once the switch is complete, old releases pruned included.
    await waitFor('DEPLOYED of v5', () =>
      events(h, mc.v1.EventType.EVENT_TYPE_DEPLOYED).some(
        (m) => (m.message as mc.v1.Event).attrs.release === 'v5',
      ),
    );
    expect(onDisk(h)).toEqual(['v3', 'v4', 'v5']);
  });

  it('converges from retained messages after being offline for the whole publish, and runs the release after a restart', async () => {
    const h = await harness();
    const first = await h.fixture.up();
    const boots = new Set([(await h.status((s) => running(s, 'base'))).boot_id]);
    await first.kill('SIGTERM');

    const sha1 = await h.publishRelease('v1', { alpha: serviceYaml('alpha') });
    await h.desire('v1', sha1, 1);
    const second = await h.fixture.up();
    const converged = await h.status((s) => s.release === 'v1' && running(s, 'alpha'));
    boots.add(converged.boot_id);
    await second.kill('SIGTERM');

    // From its first status on, the restarted daemon runs the release, not --config-dir's `base`.
    await h.fixture.up();
    const boot = await h.status((s) => !boots.has(s.boot_id));
    expect(boot.release).toBe('v1');
    expect(names(boot)).toEqual(['alpha']);
    expect(Number(boot.desired_generation)).toBe(1);
  });

  it('leaves the old or the new release, never half of one, when killed -9 while applying', async () => {
    const h = await harness();
    const first = await h.fixture.up();
    const sha1 = await h.publishRelease('v1', { alpha: serviceYaml('alpha') });
    await h.desire('v1', sha1, 1);
    const before = await h.status((s) => s.release === 'v1' && running(s, 'alpha'));
    await first.kill('SIGTERM');
    const daemon = upWithInfoLog(h.fixture);
    await daemon.waitForLine((l) => l.includes('"ready"'));
    await h.status((s) => s.boot_id !== before.boot_id && running(s, 'alpha'));

    // A bundle with some weight (under the broker's 1 MiB packet limit), so the kill lands
    // while the daemon is busy with it.
    const blob = `# ${'x'.repeat(900 * 1024)}\n`;
    const sha2 = await h.publishRelease('v2', { beta: `${serviceYaml('beta')}${blob}` });
    await h.desire('v2', sha2, 2);
    await waitFor('the unpack log line', () => daemon.stderr().includes('release unpacked'), CONVERGE_MS);
    await daemon.kill('SIGKILL');

    expect(['releases/v1', 'releases/v2']).toContain(currentTarget(h));
    for (const name of onDisk(h).filter((n) => !n.startsWith('.'))) {
      expect(existsSync(join(h.dataDir, 'releases', name, '.mc-release.json'))).toBe(true);
    }
    await h.fixture.up();
    await h.status((s) => s.release === 'v2' && running(s, 'beta'));
    expect(onDisk(h).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

/** `mctl up` with info logs on stderr (the fixture's own up() runs at warn): the test watches them. */
function upWithInfoLog(fixture: DaemonFixture): RunningChild {
  const daemon = runMctl(['--log-level', 'info', 'up', '--config-dir', fixture.configDir, '--json'], {
    MC_TEST_DIR: fixture.dir,
  });
  teardown.add('mctl up (info)', () => daemon.kill('SIGKILL'));
  return daemon;
}
