// The fleet link's durable command inbox (device/commands/command-inbox.ts): a real daemon on
// a real broker (in this process, so the test sees the daemon's PUBACKs) is SIGKILLed the
// moment the broker has its PUBACK for a command, and every command acts exactly once after
// the restart; what a killed daemon left in its inbox is replayed at start (expired → expired
// reply, an interrupted restart → "may have acted", a recorded reply → resent, not re-run);
// the inbox is bounded and undecodable payloads never enter it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandInbox, MAX_INBOX_PAYLOAD } from '../../device/commands/command-inbox.ts';
import { CommandLog } from '../../device/commands/command-log.ts';
import { encode, type MessageInput } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';
import { startTestBroker } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { killAllChildren } from '../helpers/child.ts';
import { commander } from '../helpers/fleet-brokers.ts';
import { daemonFixture } from '../helpers/fleet-daemon.ts';

const teardown = teardownEach();
afterEach(() => killAllChildren());
const D = 'inbox-box';

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  teardown.add(`dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The daemon's link database (LMDB), opened while the daemon is down. */
function linkDb(dataDir: string): RootDatabase {
  mkdirSync(join(dataDir, 'link'), { recursive: true });
  const root = open({ path: join(dataDir, 'link'), maxDbs: 8 });
  teardown.add('link db', () => root.close());
  return root;
}

function execCommand(id: string, replyTo: string, file: string, extra: Partial<MessageInput<'cmd'>> = {}) {
  return encode('cmd', {
    id,
    issued_at_ms: Date.now(),
    reply_to: replyTo,
    issuer: 'inbox-test',
    exec: { argv: ['sh', '-c', `echo ${id} >> ${file}`], timeout_s: 30 },
    ...extra,
  });
}

const linesOf = (file: string): string[] => {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

async function setup() {
  const { broker, mqttUrl } = await startTestBroker(teardown, { dataDir: tempDir('mc-inbox-broker-') });
  const fixture = daemonFixture(teardown, { device: D, brokerUrl: mqttUrl, workloads: ['w'] });
  const requester = await commander(teardown, mqttUrl);
  await requester.client.subscribeAsync(requester.commands.replyTopic, { qos: 1 });
  const file = join(fixture.dir, 'acted');
  writeFileSync(file, '');
  return { broker, fixture, requester, file, replyTo: requester.commands.replyTopic };
}

/** Resolves once the daemon answers over the fleet (its cmd subscription is in place). */
async function online(requester: Awaited<ReturnType<typeof setup>>['requester']): Promise<void> {
  await vi.waitFor(
    async () => {
      const reply = await requester.commands.send(D, { list: {} }, { timeoutMs: 2_000 });
      expect(reply.ok).toBe(true);
    },
    { timeout: 30_000, interval: 100 },
  );
}

describe('command inbox of the fleet link', () => {
  it('acts exactly once on every command when the daemon is SIGKILLed right after a PUBACK', async () => {
    const { broker, fixture, requester, file, replyTo } = await setup();
    let daemon = await fixture.up();
    await online(requester);
    const COMMANDS = 30;
    const KILL_AT = 8;
    let acks = 0;
    let killedAfter = '';
    broker.aedes.on('ack', (packet) => {
      if (!packet || !('topic' in packet) || packet.topic !== topics.cmd(D)) return;
      acks++;
      // Synchronously, in the broker's handler of the PUBACK: the daemon dies with the
      // commands it acknowledged but may not have run yet.
      if (acks === KILL_AT && daemon.process.pid) {
        killedAfter = `${acks}`;
        process.kill(daemon.process.pid, 'SIGKILL');
      }
    });
    const ids = Array.from({ length: COMMANDS }, (_, i) => `x-${i}`);
    await Promise.all(
      ids.map((id) =>
        requester.client.publishAsync(topics.cmd(D), Buffer.from(execCommand(id, replyTo, file)), { qos: 1 }),
      ),
    );
    await daemon.exited;
    expect(killedAfter).toBe(`${KILL_AT}`);
    daemon = await fixture.up();

    // Every command is answered. An exec whose run record was written but whose pid was not
    // when the daemon died cannot be known to have run: it is answered "interrupted" (and
    // acted at most once); every other one is answered ok and acted exactly once.
    const answered = () => new Set(requester.replies.map((r) => r.command_id));
    await vi.waitFor(() => expect(ids.filter((id) => !answered().has(id))).toEqual([]), {
      timeout: 30_000,
      interval: 100,
    });
    const refused = requester.replies.filter((r) => !r.ok && ids.includes(r.command_id));
    expect(refused.filter((r) => !/interrupted by a daemon restart/.test(r.error?.message ?? ''))).toEqual(
      [],
    );
    const ok = new Set(
      requester.replies.filter((r) => r.ok && ids.includes(r.command_id)).map((r) => r.command_id),
    );
    await vi.waitFor(() => expect([...ok].filter((id) => !linesOf(file).includes(id))).toEqual([]), {
      timeout: 30_000,
      interval: 100,
    });
    const lines = linesOf(file);
    expect(
      lines.filter((l, i) => lines.indexOf(l) !== i),
      'acted twice',
    ).toEqual([]);
    expect(ok.size, 'interrupted: at most the commands in flight at the kill').toBeGreaterThanOrEqual(
      COMMANDS - 2,
    );
  }, 90_000);

  it('replays what a killed daemon left: runs a pending command once, refuses an expired one, answers an interrupted restart and resends a recorded reply', async () => {
    const { fixture, requester, file, replyTo } = await setup();
    const dataDir = join(fixture.dir, 'data');
    const root = linkDb(dataDir);
    const inbox = new CommandInbox(root);
    const log = new CommandLog(root);
    const now = Date.now();
    // Kept by a daemon that died before running them (what handleMessage writes before the PUBACK).
    await inbox.add('pending', execCommand('pending', replyTo, file, { expires_at_ms: now + 600_000 }));
    await inbox.add('late', execCommand('late', replyTo, file, { expires_at_ms: now - 1 }));
    // A restart whose handler had started (not safe to repeat).
    const restart = encode('cmd', {
      id: 'interrupted',
      issued_at_ms: now,
      reply_to: replyTo,
      restart: { workload: 'w' },
    });
    await inbox.add('interrupted', restart);
    await inbox.markStarted('interrupted');
    // Ran and recorded its reply; the daemon died before removing the entry.
    await inbox.add('recorded', execCommand('recorded', replyTo, file));
    const recordedReply = encode('reply', {
      command_id: 'recorded',
      ok: true,
      device: D,
      exec: { run_id: 'r-earlier', pid: 7 },
    });
    await log.remember('recorded', recordedReply);
    expect(inbox.size()).toBe(4);
    await root.close();

    await fixture.up();
    const replyOf = async (id: string) =>
      vi.waitFor(
        () => {
          const r = requester.replies.find((x) => x.command_id === id);
          if (!r) throw new Error(`no reply to ${id} yet`);
          return r;
        },
        { timeout: 30_000, interval: 100 },
      );
    const pending = await replyOf('pending');
    expect(pending.ok).toBe(true);
    expect(pending.exec?.run_id).toBeTruthy();
    const late = await replyOf('late');
    expect(late.error?.code).toBe('MC_ERR_EXPIRED');
    const interrupted = await replyOf('interrupted');
    expect(interrupted.error?.code).toBe('MC_ERR_UNAVAILABLE');
    expect(interrupted.error?.message).toContain('may have acted');
    const recorded = await replyOf('recorded');
    expect(recorded.exec?.run_id).toBe('r-earlier');
    await vi.waitFor(() => expect(linesOf(file)).toEqual(['pending']), { timeout: 30_000, interval: 100 });

    // A broker redelivery of a replayed command acts once: the same reply, no second line.
    await requester.client.publishAsync(topics.cmd(D), Buffer.from(execCommand('pending', replyTo, file)), {
      qos: 1,
    });
    await vi.waitFor(
      () => expect(requester.replies.filter((r) => r.command_id === 'pending')).toHaveLength(2),
      {
        timeout: 30_000,
        interval: 100,
      },
    );
    const [first, second] = requester.replies.filter((r) => r.command_id === 'pending');
    expect(second?.exec?.run_id).toBe(first?.exec?.run_id);
    expect(linesOf(file)).toEqual(['pending']);
  }, 90_000);

  it('keeps garbage out of the inbox and is empty once every command is answered', async () => {
    const { fixture, requester, file, replyTo } = await setup();
    const daemon = await fixture.up();
    await online(requester);
    for (let i = 0; i < 50; i++) {
      await requester.client.publishAsync(topics.cmd(D), Buffer.from([0xff, 0xff, 0xff, 0xff, i]), {
        qos: 1,
      });
    }
    await requester.client.publishAsync(
      topics.cmd(D),
      Buffer.from(execCommand('after-garbage', replyTo, file)),
      {
        qos: 1,
      },
    );
    await vi.waitFor(
      () => expect(requester.replies.some((r) => r.command_id === 'after-garbage' && r.ok)).toBe(true),
      {
        timeout: 30_000,
        interval: 100,
      },
    );
    await daemon.kill('SIGTERM');
    const root = linkDb(join(fixture.dir, 'data'));
    expect(new CommandInbox(root).takeLeftOver()).toEqual([]);
  }, 60_000);

  it('is bounded in entries and entry size, and hands what it kept back oldest first', async () => {
    const root = linkDb(tempDir('mc-inbox-db-'));
    const inbox = new CommandInbox(root, 3);
    expect(await inbox.add('a', Uint8Array.of(1))).toBe(true);
    expect(await inbox.add('b', Uint8Array.of(2))).toBe(true);
    expect(await inbox.add('b', Uint8Array.of(9))).toBe(true); // already kept: not written again
    expect(await inbox.add('big', new Uint8Array(MAX_INBOX_PAYLOAD + 1))).toBe(false);
    expect(await inbox.add('c', Uint8Array.of(3))).toBe(true);
    await inbox.markStarted('c');
    expect(await inbox.add('d', Uint8Array.of(4))).toBe(false); // full
    await inbox.remove('a');
    expect(await inbox.add('d', Uint8Array.of(4))).toBe(true);
    const again = new CommandInbox(root, 3);
    expect(again.takeLeftOver().map((e) => [e.id, [...e.payload], e.started])).toEqual([
      ['b', [2], false],
      ['c', [3], true],
      ['d', [4], false],
    ]);
    expect(again.takeLeftOver()).toEqual([]);
  });
});
