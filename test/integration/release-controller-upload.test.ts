// Releases through the controller: an upload is verified, stored, listed and published
// retained on mc/releases/{version}, where a late subscriber gets bytes that verify. The
// embedded broker lets operators publish bundles far above the 1 MiB packet limit devices keep.
import { connectAsync, type MqttClient } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { decode } from '../../proto/codec.ts';
import { type Release, releaseDigest, verifyRelease } from '../../proto/release.ts';
import { topics } from '../../proto/topics.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { type DeployEnv, registerDevice, startDeployController } from '../helpers/deploy-sim-device.ts';

const teardown = teardownEach();

async function operator(env: DeployEnv): Promise<MqttClient> {
  const c = await connectAsync(env.mqtt, {
    protocolVersion: 4,
    clientId: `ops-${Math.random().toString(36).slice(2)}`,
    username: 'operator',
    password: env.token,
    reconnectPeriod: 0,
  });
  teardown.add('operator client', () => c.endAsync(true));
  return c;
}

async function retainedRelease(env: DeployEnv, version: string): Promise<Release> {
  const c = await operator(env);
  const got = new Promise<Buffer>((resolve) => c.on('message', (_t, payload) => resolve(payload)));
  await c.subscribeAsync(topics.release(version), { qos: 1 });
  const decoded = decode('release', await got);
  if (!decoded.ok) throw decoded.error;
  return decoded.value;
}

const file = (path: string, content: string | Buffer) => ({
  path,
  content_base64: Buffer.from(content).toString('base64'),
});

describe('releases on the controller', () => {
  it('stores, lists and publishes an uploaded release retained, with bytes that verify', async () => {
    const env = await startDeployController(teardown);
    const body = { version: '1.0.0', notes: 'first', files: [file('b.txt', 'bee'), file('a.yaml', 'a: 1')] };
    const up = await env.api<{ sha256: string; files: number; size_bytes: number }>(
      'POST',
      '/api/releases',
      body,
    );
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ files: 2, size_bytes: 7 });
    const list = await env.api<Array<{ version: string; sha256: string }>>('GET', '/api/releases');
    expect(list.body.map((r) => r.version)).toEqual(['1.0.0']);
    const one = await env.api<{ file_list: Array<{ path: string }> }>('GET', '/api/releases/1.0.0');
    expect(one.body.file_list.map((f) => f.path)).toEqual(['a.yaml', 'b.txt']);

    const release = await retainedRelease(env, '1.0.0');
    expect(() => verifyRelease(release, up.body.sha256)).not.toThrow();
    expect(release.notes).toBe('first');
    expect(Buffer.from(release.files[1]?.content ?? []).toString()).toBe('bee');
  });

  it('accepts the same release again, refuses other content under its version and a wrong sha256', async () => {
    const env = await startDeployController(teardown);
    const body = { version: '2.0', files: [file('x', 'one')] };
    expect((await env.api('POST', '/api/releases', body)).status).toBe(201);
    expect((await env.api('POST', '/api/releases', body)).status).toBe(200);
    const other = await env.api<{ error: { code: string } }>('POST', '/api/releases', {
      version: '2.0',
      files: [file('x', 'two')],
    });
    expect([other.status, other.body.error.code]).toEqual([409, 'MC_ERR_CONFLICT']);
    const wrongSha = await env.api<{ error: { code: string } }>('POST', '/api/releases', {
      version: '2.1',
      sha256: releaseDigest('2.1', [{ path: 'x', content: Buffer.from('other'), mode: 0o644 }]),
      files: [file('x', 'one')],
    });
    expect([wrongSha.status, wrongSha.body.error.code]).toEqual([400, 'MC_ERR_DECODE']);
    const unsafe = await env.api('POST', '/api/releases', { version: '2.2', files: [file('../x', 'y')] });
    expect(unsafe.status).toBe(400);
    expect((await env.api('GET', '/api/releases/9.9')).status).toBe(404);
  });

  it('refuses a release over the configured size limit with MC_ERR_LIMIT', async () => {
    const env = await startDeployController(teardown, { releaseLimitBytes: 1000 });
    const res = await env.api<{ error: { code: string } }>('POST', '/api/releases', {
      version: 'big',
      files: [file('blob', Buffer.alloc(1001, 1))],
    });
    expect([res.status, res.body.error.code]).toEqual([413, 'MC_ERR_LIMIT']);
  });

  it('lets the operator publish a 5 MB release while a device’s 2 MB publish closes its connection', async () => {
    const env = await startDeployController(teardown);
    const blob = Buffer.alloc(5 * 1024 * 1024, 7);
    const up = await env.api('POST', '/api/releases', { version: 'big-1', files: [file('blob.bin', blob)] });
    expect(up.status).toBe(201);
    const release = await retainedRelease(env, 'big-1');
    expect(release.files[0]?.content?.length).toBe(blob.length);
    verifyRelease(release);

    const password = await registerDevice(env, 'dev-big');
    const device = await connectAsync(env.mqtt, {
      protocolVersion: 4,
      clientId: 'mc-dev-dev-big',
      username: 'dev-big',
      password,
      reconnectPeriod: 0,
    });
    teardown.add('device client', () => device.endAsync(true));
    const closed = new Promise<void>((resolve) => device.once('close', () => resolve()));
    device.publish(topics.events('dev-big'), Buffer.alloc(2 * 1024 * 1024, 1), { qos: 0 });
    await closed;
    expect(device.connected).toBe(false);
  });
});
