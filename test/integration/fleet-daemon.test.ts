// The fleet link of a real daemon process (`mctl up`), on our broker and on Mosquitto:
// third-party tools read its retained topics with the .proto, a SIGKILL is announced by the
// Last Will, `mctl --device` drives every command, a restarted daemon resumes its session.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import protobuf from 'protobufjs';
import { afterEach, describe, expect, it } from 'vitest';
import { decode, type mc, toPlain } from '../../proto/codec.ts';
import { filters, type TopicKind, topics } from '../../proto/topics.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { killAllChildren } from '../helpers/child.ts';
import { BROKER_KINDS, commander, observe, startFleetBroker } from '../helpers/fleet-brokers.ts';
import { daemonFixture } from '../helpers/fleet-daemon.ts';

const teardown = teardownEach();
afterEach(() => killAllChildren());
// Async on purpose: this process hosts the broker.
const run = promisify(execFile);
const PROTO = fileURLToPath(new URL('../../proto/mc.proto', import.meta.url));
const D = 'box-1';
const presence = (m: { message: unknown }) => m.message as mc.v1.Presence | null;
const status = (m: { message: unknown }) => m.message as mc.v1.DeviceStatus | null;

const TYPE_OF: Partial<Record<TopicKind, string>> = {
  presence: 'mc.v1.Presence',
  status: 'mc.v1.DeviceStatus',
  workload: 'mc.v1.WorkloadState',
};

describe.each(BROKER_KINDS)('fleet link of a daemon process on %s', (kind) => {
  it('shows mosquitto_sub its retained presence, status and workload states, and goes offline by its will on SIGKILL', async () => {
    const url = await startFleetBroker(teardown, kind);
    const fixture = daemonFixture(teardown, { device: D, brokerUrl: url, workloads: ['alpha', 'beta'] });
    const obs = await observe(teardown, url, [filters.presence(D), filters.status(D)]);
    const daemon = await fixture.up();
    await obs.next(topics.status(D), (m) => status(m)?.workloads_running === 2, 15_000);

    const port = new URL(url).port;
    const { stdout } = await run('mosquitto_sub', [
      ...['-V', 'mqttv311', '-h', '127.0.0.1', '-p', port, '-C', '4', '-W', '10'],
      ...['-t', topics.presence(D), '-t', topics.status(D), '-t', filters.workloads(D)],
      ...['-F', '%r %t %x'],
    ]);
    // The published .proto, parsed at run time (not our generated code), field names as written.
    const root = protobuf.parse(readFileSync(PROTO, 'utf8'), { keepCase: true }).root;
    const seen = stdout
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    expect(seen.map(([, topic]) => topic).sort()).toEqual(
      [topics.presence(D), topics.status(D), topics.workload(D, 'alpha'), topics.workload(D, 'beta')].sort(),
    );
    for (const [retained, topic = '', hex = ''] of seen) {
      expect(retained).toBe('1');
      const k: TopicKind = topic.endsWith('/presence')
        ? 'presence'
        : topic.endsWith('/status')
          ? 'status'
          : 'workload';
      const bytes = Buffer.from(hex, 'hex');
      const type = root.lookupType(TYPE_OF[k] ?? '');
      const fromProto = type.toObject(type.decode(bytes), {
        enums: String,
        longs: Number,
        defaults: true,
        arrays: true,
      });
      const ours = decode(k, bytes);
      expect(ours.ok).toBe(true);
      if (ours.ok) expect(fromProto).toEqual(toPlain(k, ours.value as never));
      if (k === 'presence') expect(fromProto).toMatchObject({ online: true });
    }

    const killedAt = Date.now();
    await daemon.kill('SIGKILL');
    const will = await obs.next(topics.presence(D), (m) => presence(m)?.online === false, 5000);
    // keepalive is 2 s: the broker must announce it within 1.5 × keepalive.
    expect(Date.now() - killedAt).toBeLessThan(3000);
    expect(presence(will)?.reason).toBe('connection lost');
  });

  it('runs every command of `mctl --device` over the broker, and lists the device in `mctl fleet ls`', async () => {
    const url = await startFleetBroker(teardown, kind);
    const fixture = daemonFixture(teardown, { device: D, brokerUrl: url, workloads: ['alpha'] });
    const obs = await observe(teardown, url, [filters.status(D)]);
    const presences = await observe(teardown, url, [filters.presence(D)]);
    const daemon = await fixture.up();
    await obs.next(topics.status(D), (m) => status(m)?.workloads_running === 1, 15_000);
    const mctl = async (...args: string[]) => {
      const r = await fixture.mctl(['--device', D, '--broker', url, '--json', ...args]);
      if (r.code !== 0) throw new Error(`mctl ${args.join(' ')} failed (${r.code}): ${r.out} ${r.err}`);
      return JSON.parse(r.out) as { ok: boolean; reload?: unknown };
    };
    // stop → start in order; the read-only ones and restart/reload alongside.
    const [stopStart, list, restart, detail, logs, reload] = await Promise.all([
      mctl('stop', 'alpha').then(async (stopped) => [stopped, await mctl('start', 'alpha')]),
      mctl('list'),
      mctl('restart', 'alpha'),
      mctl('status', 'alpha'),
      mctl('logs', 'alpha', '-n', '5'),
      mctl('reload'),
    ]);
    for (const reply of [...stopStart, list, restart, detail, logs, reload]) expect(reply?.ok).toBe(true);
    expect(JSON.stringify(list)).toContain('"name":"alpha"');
    expect(JSON.stringify(logs)).toContain('hello from alpha');
    expect(reload.reload).toMatchObject({ unchanged: ['alpha'] });

    const missing = await fixture.mctl(['--device', D, '--broker', url, 'start', 'nope']);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('MC_ERR_NOT_FOUND');

    // logs -f over the fleet: the tail, then the lines of a new run as they are written.
    const follow = fixture.follow(['--device', D, '--broker', url, 'logs', 'alpha', '-f', '-n', '1']);
    await follow.waitForLine((l) => l.includes('hello from alpha'));
    await mctl('restart', 'alpha');
    await waitFor(
      'a streamed line',
      () => follow.lines.filter((l) => l.includes('hello from alpha')).length >= 2,
      10_000,
    );
    await follow.kill('SIGINT');

    await waitFor(
      'running again',
      async () => {
        const rows = JSON.parse(
          (await fixture.mctl(['--broker', url, '--json', 'fleet', 'ls', '--quiet', '200'])).out,
        );
        return rows.find(
          (r: { device: string; health: string; workloads_running: number }) =>
            r.device === D && r.health === 'online' && r.workloads_running === 1,
        );
      },
      15_000,
    );

    // down: the daemon stops its workloads, says goodbye and exits.
    await presences.next(topics.presence(D), (m) => presence(m)?.online === true);
    expect((await mctl('down')).ok).toBe(true);
    expect(await daemon.exited).toBe(0);
    const goodbye = await presences.next(topics.presence(D), (m) => presence(m)?.online === false);
    expect(presence(goodbye)?.reason).toBe('shutdown');
  });

  it('resumes its persistent session after a SIGKILL: a command sent meanwhile acts once', async () => {
    const url = await startFleetBroker(teardown, kind);
    const fixture = daemonFixture(teardown, { device: D, brokerUrl: url, workloads: ['alpha'] });
    const obs = await observe(teardown, url, [filters.presence(D)]);
    const op = await commander(teardown, url);
    const first = await fixture.up();
    await obs.next(topics.presence(D), (m) => presence(m)?.online === true, 15_000);
    await first.kill('SIGKILL');
    await obs.next(topics.presence(D), (m) => presence(m)?.online === false);

    const reply = op.commands.send(
      D,
      { restart: { workload: 'alpha' } },
      { id: 'while-dead', timeoutMs: 20_000 },
    );
    reply.catch(() => {});
    await fixture.up();
    expect((await reply).ok).toBe(true);
    const detail = await op.commands.send(D, { status: { workload: 'alpha', runs: 10 } });
    // The re-adopted first run, and exactly one more from the restart.
    expect(detail.detail?.runs).toHaveLength(2);
  });
});
