import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandLog } from '../../device/commands/command-log.ts';
import { type Command, CommandDispatcher, type CommandHandlers } from '../../device/commands/dispatcher.ts';
import { decode, encode, type MessageInput } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';

const logger = pino({ level: 'silent' });
let dir: string;
let root: RootDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-dispatch-'));
  root = open({ path: dir });
});

afterEach(async () => {
  await root.close();
  rmSync(dir, { recursive: true, force: true });
});

function command(fields: MessageInput<'cmd'>): Uint8Array {
  return encode('cmd', { reply_to: 'mc/reply/tester', issued_at_ms: 1, ...fields });
}

function replyOf(bytes: Uint8Array | undefined) {
  const result = decode('reply', bytes ?? new Uint8Array());
  if (!result.ok) throw result.error;
  return result.value;
}

// The link a command came in on; none of these handlers streams, so nothing is published.
const origin = {
  link: 'local' as const,
  publish: async () => {
    throw new Error('no handler here publishes');
  },
};

function makeDispatcher(handlers: CommandHandlers, now = () => 1_000) {
  return new CommandDispatcher({ device: 'dev-1', handlers, memory: new CommandLog(root), logger, now });
}

describe('command dispatcher', () => {
  it('runs the handler of the action and replies ok with its result', async () => {
    const seen: Command[] = [];
    const d = makeDispatcher({
      stop: async (c) => {
        seen.push(c);
        return { workload: { name: c.stop?.workload ?? '', status: 5 } };
      },
    });
    const out = await d.dispatch(command({ id: 'c1', stop: { workload: 'pump' } }), origin);
    expect(out?.replyTo).toBe('mc/reply/tester');
    const reply = replyOf(out?.reply);
    expect(reply).toMatchObject({ command_id: 'c1', ok: true, device: 'dev-1', ts_ms: 1_000 });
    expect(reply.workload?.name).toBe('pump');
    expect(seen).toHaveLength(1);
  });

  it('acts once on a redelivered command and replies with the same bytes', async () => {
    let calls = 0;
    const d = makeDispatcher({
      restart: async () => {
        calls++;
        return {};
      },
    });
    const payload = command({ id: 'same', restart: { workload: 'w' } });
    const first = await d.dispatch(payload, origin);
    const second = await d.dispatch(payload, origin);
    expect(calls).toBe(1);
    expect(second?.duplicate).toBe(true);
    expect(Buffer.from(second?.reply ?? []).equals(Buffer.from(first?.reply ?? []))).toBe(true);
  });

  it('acts once when the redelivery arrives while the first copy is still running', async () => {
    let calls = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const d = makeDispatcher({
      start: async () => {
        calls++;
        await gate;
        return {};
      },
    });
    const payload = command({ id: 'race', start: { workload: 'w' } });
    const a = d.dispatch(payload, origin);
    const b = d.dispatch(payload, origin);
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(calls).toBe(1);
    expect([ra?.duplicate, rb?.duplicate].sort()).toEqual([false, true]);
  });

  it('remembers replies across a reopened store (a daemon restart)', async () => {
    let calls = 0;
    const handlers: CommandHandlers = {
      reload: async () => {
        calls++;
        return {};
      },
    };
    await makeDispatcher(handlers).dispatch(command({ id: 'persist', reload: {} }), origin);
    await root.close();
    root = open({ path: dir });
    const again = await makeDispatcher(handlers).dispatch(command({ id: 'persist', reload: {} }), origin);
    expect(calls).toBe(1);
    expect(again?.duplicate).toBe(true);
  });

  it('answers an expired command with MC_ERR_EXPIRED and does not run it', async () => {
    let calls = 0;
    const d = makeDispatcher(
      {
        start: async () => {
          calls++;
          return {};
        },
      },
      () => 5_000,
    );
    const out = await d.dispatch(
      command({ id: 'old', expires_at_ms: 4_000, start: { workload: 'w' } }),
      origin,
    );
    expect(replyOf(out?.reply)).toMatchObject({ ok: false, error: { code: 'MC_ERR_EXPIRED' } });
    expect(calls).toBe(0);
  });

  it('answers an action without handler with MC_ERR_UNKNOWN_COMMAND', async () => {
    const out = await makeDispatcher({}).dispatch(command({ id: 'x', exec: { argv: ['true'] } }), origin);
    expect(replyOf(out?.reply).error?.code).toBe('MC_ERR_UNKNOWN_COMMAND');
  });

  it('turns a handler error into an error reply with its code', async () => {
    const d = makeDispatcher({
      start: async () => {
        throw new McError('MC_ERR_NOT_FOUND', 'no workload nope');
      },
      stop: async () => {
        throw new TypeError('bug');
      },
    });
    const notFound = replyOf(
      (await d.dispatch(command({ id: 'a', start: { workload: 'nope' } }), origin))?.reply,
    );
    expect(notFound).toMatchObject({
      ok: false,
      error: { code: 'MC_ERR_NOT_FOUND', message: 'no workload nope' },
    });
    const internal = replyOf(
      (await d.dispatch(command({ id: 'b', stop: { workload: 'w' } }), origin))?.reply,
    );
    expect(internal.error?.code).toBe('MC_ERR_INTERNAL');
  });

  it('answers a command without id or action when it names a reply_to, and ignores garbage', async () => {
    const d = makeDispatcher({});
    const noAction = await d.dispatch(encode('cmd', { id: 'n', reply_to: 'mc/reply/tester' }), origin);
    expect(noAction?.replyTo).toBe('mc/reply/tester');
    expect(replyOf(noAction?.reply).error?.code).toBe('MC_ERR_DECODE');
    expect(await d.dispatch(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]), origin)).toBeNull();
    expect(await d.dispatch(encode('cmd', { start: { workload: 'w' } }), origin)).toBeNull();
  });

  it('keeps at most `limit` remembered replies, dropping the oldest', async () => {
    const log = new CommandLog(root, 3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) await log.remember(id, Uint8Array.from([1]));
    expect(log.size()).toBe(3);
    expect(log.get('a')).toBeUndefined();
    expect(log.get('b')).toBeUndefined();
    expect(log.get('e')).toBeDefined();
    const reopened = new CommandLog(root, 3);
    await reopened.remember('f', Uint8Array.from([2]));
    expect(reopened.size()).toBe(3);
    expect(reopened.get('c')).toBeUndefined();
    expect(reopened.get('f')).toBeDefined();
  });
});
