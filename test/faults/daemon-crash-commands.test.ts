// Commands across a daemon crash: an operator streams exec commands (each appends its own
// command id to a file) to a fleet daemon that is SIGKILLed mid-stream and started again.
// Whatever happens, no command may act twice (a redelivered command is recognised by its id)
// and none may be lost: the daemon keeps each command in its inbox before acknowledging it
// and replays what it had not answered when it restarts (device/commands/command-inbox.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decode, encode } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren } from '../helpers/child.ts';
import { startControllerProcess } from '../helpers/deploy-real-fleet.ts';
import { operatorClient, registeredDevice } from '../helpers/faults-fleet.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());

// Fewer than the device's 64 parallel task runs in all: a finished run stays active while its
// output drains (~2 s), so a faster or longer stream meets that cap, which is not the point here.
const COMMANDS = 60;
const KILL_AFTER_REPLIES = 20;
const WINDOW = 10;

describe('exec commands streamed to a daemon that is SIGKILLed mid-stream', () => {
  it('acts on each at most once, and on every one it answered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-faults-exec-'));
    teardown.add(`dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'acted');
    const ctl = await startControllerProcess(teardown);
    const device = await registeredDevice(teardown, ctl, 'cmd-crash');
    await device.up();
    const operator = await operatorClient(teardown, ctl.mqtt, 'faults-exec', { clean: false });
    const replyTopic = topics.reply('faults-exec');
    const replies = new Set<string>();
    const probes = new Set<string>();
    const refusals: string[] = [];
    operator.on('message', (topic, payload) => {
      if (topic !== replyTopic) return;
      const reply = decode('reply', payload);
      if (!reply.ok) return;
      if (reply.value.command_id.startsWith('probe-')) return void probes.add(reply.value.command_id);
      if (reply.value.ok) replies.add(reply.value.command_id);
      else refusals.push(`${reply.value.command_id}: ${reply.value.error?.message}`);
    });
    await operator.subscribeAsync(replyTopic, { qos: 1 });
    // A brand-new device has no broker session until its first CONNECT has subscribed its
    // cmd topic ("ready" comes before that): commands published earlier reach nobody. Probe
    // with a harmless list until one is answered, so the stream starts on a live session.
    for (let probe = 0; probes.size === 0; probe++) {
      expect(probe, 'the device never answered a probe').toBeLessThan(60);
      const id = `probe-${probe}`;
      await operator.publishAsync(
        topics.cmd(device.name),
        Buffer.from(encode('cmd', { id, issued_at_ms: Date.now(), reply_to: replyTopic, list: {} })),
        { qos: 1 },
      );
      await vi
        .waitFor(() => expect(probes.size).toBeGreaterThan(0), { timeout: 500, interval: 20 })
        .catch(() => undefined);
    }
    const send = (id: string) =>
      operator.publishAsync(
        topics.cmd(device.name),
        Buffer.from(
          encode('cmd', {
            id,
            issued_at_ms: Date.now(),
            reply_to: replyTopic,
            issuer: 'faults-exec',
            exec: { argv: ['sh', '-c', `echo ${id} >> ${file}`], timeout_s: 30 },
          }),
        ),
        { qos: 1 },
      );

    let acked = 0;
    const streamStart = Date.now();
    let killed: Promise<void> | undefined;
    for (let i = 0; i < COMMANDS; i++) {
      // Paced by the device's replies (so the kill lands mid-stream); the stream waits while
      // the daemon is down, then goes on paced by the broker's acknowledgements (lost commands
      // never get a reply).
      for (;;) {
        if (!killed && replies.size + refusals.length >= KILL_AFTER_REPLIES) {
          killed = device.kill().then(async () => {
            await device.up();
          });
          await killed;
        }
        const answered = replies.size + refusals.length;
        if ((killed ? i - acked : i - answered) < WINDOW) break;
        if (Date.now() - streamStart > 60_000) {
          throw new Error(
            `stream stalled at ${i}: ${answered} answered, ${acked} acked, refusals ${refusals.slice(0, 3)}`,
          );
        }
        await new Promise((r) => setTimeout(r, 2));
      }
      void send(`exec-${i}`).then(() => {
        acked++;
      });
    }
    await vi.waitFor(() => expect(acked).toBe(COMMANDS), { timeout: 60_000, interval: 50 });
    await killed;
    expect(killed).toBeDefined();
    // A last command, queued behind every other: once its line is there, all that will run ran.
    await send('marker');
    const acted = () =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('exec-'));
    await vi.waitFor(
      () => expect(replies.has('marker') || refusals.some((r) => r.startsWith('marker:'))).toBe(true),
      { timeout: 60_000, interval: 100 },
    );
    // The only refusal allowed: a replayed exec whose run was interrupted before it was known
    // to have started says so instead of claiming it ran.
    expect(refusals.filter((r) => !/interrupted by a daemon restart/.test(r))).toEqual([]);
    await vi.waitFor(() => expect(readFileSync(file, 'utf8')).toContain('marker'), {
      timeout: 30_000,
      interval: 100,
    });

    const lines = acted();
    const counts = new Map<string, number>();
    for (const id of lines) counts.set(id, (counts.get(id) ?? 0) + 1);
    const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    expect(twice, 'commands that acted twice').toEqual([]);
    // Every command the device answered did act (exactly once, per the line above).
    const answeredNotActed = [...replies].filter((id) => id !== 'marker' && !counts.has(id));
    expect(answeredNotActed).toEqual([]);
    const lost = COMMANDS - counts.size;
    // None lost: every command acted, or was answered that its run was interrupted.
    const interrupted = new Set(refusals.map((r) => r.slice(0, r.indexOf(':'))));
    const missing = Array.from({ length: COMMANDS }, (_, i) => `exec-${i}`).filter(
      (id) => !counts.has(id) && !interrupted.has(id),
    );
    expect(missing, 'commands lost (never acted, never answered)').toEqual([]);
    console.info(
      `daemon crash with commands in flight: ${counts.size} of ${COMMANDS} acted once, ${lost} lost, 0 twice`,
    );
  }, 180_000);
});
