// The device's fleet link, in-process with a real supervisor and real workloads, against our
// embedded broker and a real Mosquitto: the retained picture, change-only publishing,
// commands with replies, Last Will, offline catch-up and the event outbox.
import { describe, expect, it } from 'vitest';
import { encode, type mc } from '../../proto/codec.ts';
import { CommandClient } from '../../proto/command-client.ts';
import { filters, topics } from '../../proto/topics.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { BROKER_KINDS, commander, observe, startFleetBroker } from '../helpers/fleet-brokers.ts';
import { sleeper, startFleetDevice } from '../helpers/fleet-device.ts';
import { startLinkProxy } from '../helpers/fleet-proxy.ts';

const teardown = teardownEach();
const D = 'dev-1';
const RUNNING = 3;
const STOPPED = 5;
const EVENT_RESTARTED = 5;

type Presence = mc.v1.Presence;
type Status = mc.v1.DeviceStatus;
type State = mc.v1.WorkloadState;
type Event = mc.v1.Event;

const presence = (m: { message: unknown }) => m.message as Presence | null;
const status = (m: { message: unknown }) => m.message as Status | null;
const state = (m: { message: unknown }) => m.message as State | null;
const seqOf = (m: { message: unknown }) => Number((m.message as Event).seq);

/** The sequence with repeats removed (the first copy of each seq kept in place). */
function firstOccurrences(seqs: number[]): number[] {
  return seqs.filter((seq, i) => seqs.indexOf(seq) === i);
}

async function cutProxy(url: string) {
  const proxy = await startLinkProxy(url);
  teardown.add('proxy', () => proxy.close());
  return proxy;
}

describe.each(BROKER_KINDS)('fleet link on %s', (kind) => {
  it('publishes retained presence, status and workload states that a late subscriber reads', async () => {
    const url = await startFleetBroker(teardown, kind);
    const device = await startFleetDevice(teardown, {
      brokerUrl: url,
      workloads: [sleeper('alpha'), sleeper('beta')],
      fleet: { tags: ['lab'] },
    });
    await waitFor('link up', () => device.link.connected);
    // Wait until both runs are reported running, then look as a newcomer would.
    const early = await observe(teardown, url, [filters.status(D)]);
    await early.next(topics.status(D), (m) => status(m)?.workloads_running === 2);

    const late = await observe(teardown, url, [filters.device(D)]);
    const online = presence(await late.next(topics.presence(D)));
    expect(online).toMatchObject({ online: true, daemon_version: '0.0.0-test', reason: '' });
    expect(online?.boot_id).toMatch(/^boot-/);
    const current = await late.next(topics.status(D));
    expect(current.retained).toBe(true);
    expect(status(current)).toMatchObject({
      device: D,
      workloads_total: 2,
      workloads_running: 2,
      tags: ['lab'],
    });
    expect(status(current)?.system?.mem_total_bytes).toBeGreaterThan(0);
    for (const name of ['alpha', 'beta']) {
      const retained = await late.next(topics.workload(D, name));
      expect(retained.retained).toBe(true);
      expect(state(retained)).toMatchObject({ name, status: RUNNING, type: 'service' });
    }
    const beat = await late.next(topics.heartbeat(D));
    expect(beat.retained).toBe(false);
  });

  it('publishes only what changed, and clears the retained state of a removed workload', async () => {
    const url = await startFleetBroker(teardown, kind);
    const device = await startFleetDevice(teardown, {
      brokerUrl: url,
      workloads: [sleeper('alpha'), sleeper('beta')],
    });
    const obs = await observe(teardown, url, [filters.status(D), filters.workloads(D)]);
    const op = await commander(teardown, url);
    await obs.next(topics.status(D), (m) => status(m)?.workloads_running === 2);
    await obs.next(topics.workload(D, 'beta'), (m) => state(m)?.status === RUNNING);
    const betaBefore = obs.on(topics.workload(D, 'beta')).length;

    expect((await op.commands.send(D, { stop: { workload: 'alpha' } })).ok).toBe(true);
    await obs.next(topics.workload(D, 'alpha'), (m) => state(m)?.status === STOPPED);
    await obs.next(topics.status(D), (m) => status(m)?.workloads_running === 1);
    // beta did not change, so it was not republished.
    expect(obs.on(topics.workload(D, 'beta')).length).toBe(betaBefore);

    device.setWorkloads([sleeper('alpha')]);
    const reload = await op.commands.send(D, { reload: {} });
    expect(reload.reload?.removed).toEqual(['beta']);
    const cleared = await obs.next(topics.workload(D, 'beta'), (m) => m.message === null);
    expect(cleared.raw.payload.length).toBe(0);
    await obs.next(topics.status(D), (m) => status(m)?.workloads_total === 1);

    const late = await observe(teardown, url, [filters.workloads(D)]);
    await late.next(topics.workload(D, 'alpha'));
    expect(late.on(topics.workload(D, 'beta'))).toEqual([]);
  });

  it('answers every command with a correlated reply, and refuses an expired one', async () => {
    const url = await startFleetBroker(teardown, kind);
    const device = await startFleetDevice(teardown, { brokerUrl: url, workloads: [sleeper('alpha')] });
    const op = await commander(teardown, url);
    await waitFor('link up', () => device.link.connected);
    const send = op.commands.send.bind(op.commands, D);

    expect((await send({ list: {} })).workloads?.workloads?.map((w) => w.name)).toEqual(['alpha']);
    expect((await send({ stop: { workload: 'alpha' } })).workload?.status).toBe(STOPPED);
    expect((await send({ start: { workload: 'alpha' } })).ok).toBe(true);
    expect((await send({ restart: { workload: 'alpha' } })).ok).toBe(true);
    const detail = await send({ status: { workload: 'alpha', runs: 5 } });
    expect(detail.detail?.runs?.length).toBeGreaterThanOrEqual(2);
    await waitFor('log line', async () =>
      (await send({ logs: { workload: 'alpha', lines: 10 } })).logs?.lines?.includes('hello from alpha'),
    );
    expect((await send({ reload: {} })).reload?.unchanged).toEqual(['alpha']);
    expect((await send({ start: { workload: 'nope' } })).error?.code).toBe('MC_ERR_NOT_FOUND');

    // 20 at once: each reply finds its own command.
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send(i % 2 ? { list: {} } : { status: { workload: 'alpha' } }, { id: `c-${i}` }),
      ),
    );
    replies.forEach((r, i) => {
      expect(r.command_id).toBe(`c-${i}`);
      expect(r.ok).toBe(true);
      expect(i % 2 ? r.workloads : r.detail).toBeTruthy();
    });

    // Issued a minute ago, expired 59 s ago: refused, not executed.
    const stale = new CommandClient({
      client: op.client,
      replyName: 'stale-sender',
      issuer: 'test',
      now: () => Date.now() - 60_000,
    });
    teardown.add('stale sender', () => stale.stop());
    const expired = await stale.send(D, { stop: { workload: 'alpha' } }, { expiresInMs: 1000 });
    expect(expired.error?.code).toBe('MC_ERR_EXPIRED');
    expect(device.supervisor.get('alpha')?.status).toBe('running');
  });

  it('answers garbage and wrong message types on its cmd topic and keeps working', async () => {
    const url = await startFleetBroker(teardown, kind);
    const device = await startFleetDevice(teardown, { brokerUrl: url, workloads: [sleeper('alpha')] });
    const op = await commander(teardown, url);
    await waitFor('link up', () => device.link.connected);
    const cmd = topics.cmd(D);
    const publish = (bytes: Uint8Array) => op.client.publishAsync(cmd, Buffer.from(bytes), { qos: 1 });
    await publish(Uint8Array.from([0xff, 0xff, 0xff, 0x01, 0x02]));
    await publish(encode('presence', { online: true, hostname: 'not a command' }));
    await publish(encode('heartbeat', { seq: 7, uptime_s: 9 }));
    // Decodable and with a reply_to, but no id and no action: answered with an error.
    await publish(encode('cmd', { reply_to: op.commands.replyTopic }));
    await waitFor('error reply', () => op.replies.find((r) => !r.ok));
    expect(op.replies.find((r) => !r.ok)?.error?.code).toBe('MC_ERR_DECODE');
    expect((await op.commands.send(D, { list: {} })).ok).toBe(true);
    expect(device.link.connected).toBe(true);
  });

  it('goes offline by its Last Will when the link is cut, and acts exactly once on commands queued meanwhile', async () => {
    const url = await startFleetBroker(teardown, kind);
    const proxy = await cutProxy(url);
    const device = await startFleetDevice(teardown, {
      brokerUrl: proxy.url,
      workloads: [sleeper('alpha'), sleeper('beta')],
    });
    const obs = await observe(teardown, url, [filters.presence(D), filters.status(D)]);
    const op = await commander(teardown, url);
    await obs.next(topics.status(D), (m) => status(m)?.workloads_running === 2);

    const cutAt = Date.now();
    proxy.cut();
    const will = await obs.next(topics.presence(D), (m) => presence(m)?.online === false);
    // Within 1.5 × keepalive (2 s); here at once, because the broker saw the socket close.
    expect(Date.now() - cutAt).toBeLessThan(3000);
    expect(presence(will)?.reason).toBe('connection lost');

    const starts = () => device.events.filter((e) => e.type === 'restarted' && e.workload === 'beta').length;
    const startsBefore = starts();
    // Sent while the device is away: the broker holds them in the device's persistent session.
    const queued = Promise.all([
      op.commands.send(D, { stop: { workload: 'alpha' } }, { id: 'q-stop' }),
      op.commands.send(D, { restart: { workload: 'beta' } }, { id: 'q-restart' }),
    ]);
    queued.catch(() => {}); // awaited below; a failure before that must not go unhandled
    await waitFor('device noticed', () => !device.link.connected);
    proxy.restore();
    const replies = await queued;
    expect(replies.map((r) => r.error?.message ?? 'ok')).toEqual(['ok', 'ok']);
    await obs.next(topics.presence(D), (m) => presence(m)?.online === true);
    await obs.next(topics.status(D), (m) => status(m)?.workloads_running === 1);
    expect(device.events.filter((e) => e.type === 'stopped' && e.workload === 'alpha')).toHaveLength(1);
    expect(starts() - startsBefore).toBe(1);
  });

  it('is announced offline by the keep-alive of the broker when the network goes silent, and comes back by itself', async () => {
    const url = await startFleetBroker(teardown, kind);
    const proxy = await cutProxy(url);
    const device = await startFleetDevice(teardown, { brokerUrl: proxy.url, workloads: [sleeper('alpha')] });
    const obs = await observe(teardown, url, [filters.presence(D)]);
    await obs.next(topics.presence(D), (m) => presence(m)?.online === true);

    const frozenAt = Date.now();
    proxy.freeze(); // no FIN, no RST: only the keep-alive (2 s) can tell
    const will = await obs.next(topics.presence(D), (m) => presence(m)?.online === false, 9000);
    const silentFor = Date.now() - frozenAt;
    expect(silentFor).toBeGreaterThan(1500);
    // Aedes enforces 1.5 × keepalive (plus its check interval). Mosquitto 2.0.11 was measured
    // here at 5.4–5.8 s for keepalive 2 s (≈ 2.7 ×): its keep-alive check is coarser, and a
    // fresh-clone CI run (2026-11-23 07:47 UTC, loaded) saw it pass 6 s. Either way far below
    // what a lost Last Will would look like (never).
    expect(silentFor).toBeLessThan(kind === 'aedes' ? 3000 + 1000 : 8500);
    expect(presence(will)?.reason).toBe('connection lost');

    proxy.restore();
    await obs.next(topics.presence(D), (m) => presence(m)?.online === true, 10_000);
    await waitFor('link up', () => device.link.connected);
  });

  it('delivers events produced while disconnected after reconnect, in order, none lost', async () => {
    const url = await startFleetBroker(teardown, kind);
    const proxy = await cutProxy(url);
    const obs = await observe(teardown, url, [filters.events(D)]);
    const device = await startFleetDevice(teardown, { brokerUrl: proxy.url, workloads: [sleeper('alpha')] });
    await waitFor('start event sent', () => obs.on(topics.events(D)).length >= 1);
    const sent = Math.max(...obs.on(topics.events(D)).map(seqOf));

    proxy.cut();
    await waitFor('link down', () => !device.link.connected);
    for (let i = 0; i < 3; i++) await device.supervisor.restartWorkload('alpha');
    const lastSeq = device.link.stats().event_seq;
    await waitFor('events stored', () => device.link.stats().events_pending === lastSeq - sent);
    proxy.restore();

    await waitFor('every event', () => obs.on(topics.events(D)).some((m) => seqOf(m) === lastSeq), 10_000);
    const events = obs.on(topics.events(D));
    // QoS 1 is at-least-once: a publish whose PUBACK the cut swallowed is sent again (and
    // Mosquitto delivers it again). Readers drop repeats by seq; order and completeness hold.
    expect(firstOccurrences(events.map(seqOf))).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
    expect(events.filter((m) => (m.message as Event).type === EVENT_RESTARTED)).toHaveLength(3);
    await waitFor('outbox drained', () => device.link.stats().events_pending === 0);
  });

  it('keeps at most outbox_limit events while offline, dropping the oldest', async () => {
    const url = await startFleetBroker(teardown, kind);
    const proxy = await cutProxy(url);
    const obs = await observe(teardown, url, [filters.events(D)]);
    const device = await startFleetDevice(teardown, {
      brokerUrl: proxy.url,
      workloads: [sleeper('alpha')],
      fleet: { outbox_limit: 3 },
    });
    await waitFor('start event sent', () => obs.on(topics.events(D)).length >= 1);
    const sent = Math.max(...obs.on(topics.events(D)).map(seqOf));

    proxy.cut();
    await waitFor('link down', () => !device.link.connected);
    for (let i = 0; i < 6; i++) await device.supervisor.restartWorkload('alpha');
    const lastSeq = device.link.stats().event_seq;
    expect(lastSeq - sent).toBeGreaterThan(3);
    await waitFor('oldest dropped', () => device.link.stats().events_dropped === lastSeq - sent - 3);
    expect(device.link.stats().events_pending).toBe(3);
    proxy.restore();

    await waitFor('newest event', () => obs.on(topics.events(D)).some((m) => seqOf(m) === lastSeq));
    const after = firstOccurrences(obs.on(topics.events(D)).map(seqOf)).filter((seq) => seq > sent);
    expect(after).toEqual([lastSeq - 2, lastSeq - 1, lastSeq]);
  });

  it('resumes its persistent session after a daemon restart, and keeps counting event seqs', async () => {
    const url = await startFleetBroker(teardown, kind);
    const presences = await observe(teardown, url, [filters.presence(D)]);
    const events = await observe(teardown, url, [filters.events(D)]);
    const op = await commander(teardown, url);
    const first = await startFleetDevice(teardown, { brokerUrl: url, workloads: [sleeper('alpha')] });
    await waitFor('start event sent', () => events.on(topics.events(D)).length >= 1);
    await first.stop();
    const goodbye = await presences.next(topics.presence(D), (m) => presence(m)?.online === false);
    expect(presence(goodbye)?.reason).toBe('shutdown');
    const seqBefore = Math.max(...events.on(topics.events(D)).map(seqOf));

    // Acknowledged by the broker while no daemon runs; the next daemon finds it in its session.
    const command = encode('cmd', { id: 'while-down', list: {}, reply_to: op.commands.replyTopic });
    await op.client.publishAsync(topics.cmd(D), Buffer.from(command), { qos: 1 });
    const second = await startFleetDevice(teardown, {
      brokerUrl: url,
      workloads: [sleeper('alpha')],
      dir: first.dir,
    });
    await waitFor('reply to the queued command', () => op.replies.find((r) => r.command_id === 'while-down'));
    expect(op.replies.find((r) => r.command_id === 'while-down')?.ok).toBe(true);
    await presences.next(topics.presence(D), (m) => presence(m)?.online === true);
    await waitFor('new events', () => events.on(topics.events(D)).some((m) => seqOf(m) > seqBefore));
    const seqs = firstOccurrences(events.on(topics.events(D)).map(seqOf));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(second.link.stats().event_seq).toBeGreaterThan(seqBefore);
  });

  it('fails over to the next broker URL when the first does not answer', async () => {
    const url = await startFleetBroker(teardown, kind);
    const dead = await startLinkProxy(url);
    await dead.close();
    const obs = await observe(teardown, url, [filters.presence(D)]);
    const device = await startFleetDevice(teardown, {
      brokerUrl: [dead.url, url],
      workloads: [sleeper('alpha')],
    });
    await obs.next(topics.presence(D), (m) => presence(m)?.online === true);
    expect(device.link.connected).toBe(true);
  });
});
