// R5, bad input to a device: a real daemon on a real controller's broker gets 100,000 seeded
// random and mutated payloads (MC_FUZZ_SEED replays a run) on its command and desired topics
// and on topics next to them, a few megabyte-sized ones, and a stream of broken or hostile
// release bundles. It must not crash, its memory must stay bounded, its workload must keep
// running untouched, and every payload it refuses must leave a log line with the reason.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decode, encode, type Message } from '../../proto/codec.ts';
import type { CommandClient } from '../../proto/command-client.ts';
import { releaseDigest } from '../../proto/release.ts';
import { topics } from '../../proto/topics.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren } from '../helpers/child.ts';
import { type ControllerProcess, startControllerProcess } from '../helpers/deploy-real-fleet.ts';
import {
  commandClient,
  type FleetDevice,
  operatorClient,
  registeredDevice,
  rssBytes,
} from '../helpers/faults-fleet.ts';
import { FUZZ_SEED, fuzzPayloads, hugePayloads } from '../helpers/faults-payloads.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());

const DEVICE = 'fz-dev';
const TOTAL = 100_000;
const CHUNK = 5_000;
/** Commands a fuzzed payload may carry and still be sent: they read, they change nothing. */
const HARMLESS = new Set(['status', 'list', 'device_status', 'logs', 'logs_stop', 'exec_status']);

let ctl: ControllerProcess;
let device: FleetDevice;
let operator: MqttClient;
let commands: CommandClient;

function logCount(msg: string): number {
  const stderr = device.daemon?.stderr() ?? '';
  let n = 0;
  for (let at = stderr.indexOf(`"msg":"${msg}"`); at >= 0; at = stderr.indexOf(`"msg":"${msg}"`, at + 1)) n++;
  return n;
}

/** A command to the device; a timeout says what the daemon and the broker logged last. */
async function ask(action: Parameters<CommandClient['send']>[1]) {
  try {
    return await commands.send(DEVICE, action, { timeoutMs: 30_000 });
  } catch (err) {
    const tail = (text: string) => text.split('\n').slice(-30).join('\n');
    throw new Error(
      `${String(err)}\ndaemon:\n${tail(device.daemon?.stderr() ?? '')}\ncontroller:\n${tail(ctl.child.stderr())}`,
    );
  }
}

async function deviceStatus(): Promise<Message<'status'>> {
  const reply = await ask({ device_status: {} });
  expect(reply.ok, reply.error?.message ?? '').toBe(true);
  return reply.device_status as Message<'status'>;
}

async function workloadPid(): Promise<number> {
  const reply = await ask({ status: { workload: 'w' } });
  expect(reply.ok, reply.error?.message ?? '').toBe(true);
  expect(reply.detail?.state?.status).toBe(3); // RUNNING
  return Number(reply.detail?.state?.pid);
}

beforeAll(async () => {
  ctl = await startControllerProcess(teardown);
  device = await registeredDevice(teardown, ctl, DEVICE);
  await device.up();
  operator = await operatorClient(teardown, ctl.mqtt, 'faults-fuzz');
  commands = await commandClient(teardown, operator, 'faults-fuzz');
  await vi.waitFor(() => workloadPid(), { timeout: 30_000, interval: 250 });
}, 60_000);

describe(`a device daemon under fuzzed input (seed ${FUZZ_SEED})`, () => {
  it('refuses broken, mismatched and path-escaping release bundles one by one, and keeps running', async () => {
    const pid = await workloadPid();
    const script = { path: 'app.sh', content: Buffer.from('exec sleep 1000\n'), mode: 0o755 };
    const yaml = { path: 'app.yaml', content: Buffer.from('name: app\ncommand: sh ./app.sh\n'), mode: 0o644 };
    const sealed = (version: string, files: Array<{ path: string; content: Uint8Array; mode: number }>) => {
      const sha256 = releaseDigest(version, files);
      return { sha256, payload: encode('release', { version, sha256, files }) };
    };
    const cases: Array<{ version: string; sha256: string; payload: Uint8Array; reason: RegExp }> = [];
    // Bundles whose sha256 matches: only the device's own checks stand between them and the disk.
    const hostile: Array<[string, string]> = [
      ['../escaped.sh', 'parent'],
      ['a/../../escaped.sh', 'nested-parent'],
      ['/tmp/escaped.sh', 'absolute'],
      ['a\\..\\escaped.sh', 'backslash'],
      ['a/\u0000/escaped.sh', 'nul'],
      ['./app.sh', 'dot'],
      ['', 'empty'],
    ];
    hostile.forEach(([path, tag]) => {
      const version = `fz-path-${tag}`;
      const { sha256, payload } = sealed(version, [
        yaml,
        script,
        { path, content: Buffer.from('x'), mode: 0o755 },
      ]);
      cases.push({ version, sha256, payload, reason: /path|unsafe|invalid/i });
    });
    {
      const version = 'fz-daemon-yaml';
      const files = [
        yaml,
        script,
        { path: 'daemon.yaml', content: Buffer.from('device_name: evil\n'), mode: 0o644 },
      ];
      cases.push({ version, ...sealed(version, files), reason: /daemon\.yaml stays in --config-dir/ });
    }
    {
      const version = 'fz-bad-config';
      const files = [
        script,
        { path: 'app.yaml', content: Buffer.from('name: app\nrun_mode: sometimes\n'), mode: 0o644 },
      ];
      cases.push({ version, ...sealed(version, files), reason: /run_mode/ });
    }
    {
      const version = 'fz-other-version';
      const { sha256, payload } = sealed('something-else', [yaml, script]);
      cases.push({ version, sha256, payload, reason: /carries release something-else/ });
    }
    // Mutations of a good bundle: they fail to decode or no longer match the desired sha256.
    const good = sealed('fz-mutant', [yaml, script]);
    const mutants = fuzzPayloads([good.payload], 60, FUZZ_SEED + 1).filter(
      (p) => !Buffer.from(p).equals(Buffer.from(good.payload)) && p.length > 0,
    );
    mutants.forEach((payload, i) => {
      const version = `fz-mutant-${i}`;
      cases.push({ version, sha256: good.sha256, payload, reason: /./ });
    });

    const refusedBefore = logCount('release refused');
    let generation = 0;
    for (const c of cases) {
      generation++;
      // The bundle first (retained, as the controller publishes it), then the desired state.
      await operator.publishAsync(topics.release(c.version), Buffer.from(c.payload), {
        qos: 1,
        retain: true,
      });
      // (Left retained: the controller's data dir goes at teardown.)
      const desired = encode('desired', {
        release: c.version,
        sha256: c.sha256,
        generation,
        ts_ms: Date.now(),
      });
      await operator.publishAsync(topics.desired(DEVICE), Buffer.from(desired), { qos: 1 });
      const status = await vi.waitFor(
        async () => {
          const s = await deviceStatus();
          expect(Number(s.desired_generation)).toBe(generation);
          return s;
        },
        { timeout: 30_000, interval: 20 },
      );
      expect(status.release_error, c.version).toMatch(c.reason);
      expect(status.release, c.version).toBe('');
    }
    await expect
      .poll(() => logCount('release refused') - refusedBefore, { timeout: 10_000 })
      .toBe(cases.length);
    // Nothing was written outside the release directory, and the running workload is the same process.
    const dataDir = join(device.fixture.dir, 'data');
    const everywhere = [device.fixture.dir, dataDir, '/tmp'].flatMap((d) => readdirSync(d));
    expect(everywhere).not.toContain('escaped.sh');
    expect(existsSync(join(device.fixture.dir, 'configs', 'daemon.yaml'))).toBe(true);
    expect(await workloadPid()).toBe(pid);
  }, 120_000);

  it('stays connected after commands whose reply_to is a wildcard or a topic it may not publish', async () => {
    const before = logCount('reply not sent: reply_to is not an mc/reply/{client} topic');
    for (const [i, replyTo] of [
      'mc/reply/#',
      'mc/+/cmd',
      topics.cmd(DEVICE),
      'mc/reply/a/b',
      'x',
    ].entries()) {
      const payload = encode('cmd', { id: `bad-reply-${i}`, reply_to: replyTo, status: { workload: 'w' } });
      await operator.publishAsync(topics.cmd(DEVICE), Buffer.from(payload), { qos: 1 });
    }
    // Answered at once: the link was never dropped (the broker closed it on a '#' topic, and
    // the device resent that reply after every reconnect).
    const reply = await commands.send(DEVICE, { list: {} }, { timeoutMs: 5_000 });
    expect(reply.ok).toBe(true);
    await expect
      .poll(() => logCount('reply not sent: reply_to is not an mc/reply/{client} topic') - before)
      .toBe(5);
    expect(ctl.child.stderr()).not.toContain('# is not allowed in PUBLISH');
  });

  it('refuses a command whose id is too long to remember, with the reason, and keeps running', async () => {
    const id = 'i'.repeat(300_000);
    const payload = encode('cmd', { id, reply_to: topics.reply('faults-fuzz'), list: {} });
    await operator.publishAsync(topics.cmd(DEVICE), Buffer.from(payload), { qos: 1 });
    // The id became an LMDB key of the reply memory: over LMDB's key limit it threw, unhandled.
    await expect
      .poll(() => device.daemon?.stderr() ?? '')
      .toContain('Command id of 300000 characters (at most 256)');
    expect((await ask({ list: {} })).ok).toBe(true);
    expect(device.daemon?.process.exitCode).toBeNull();
  });

  it('survives 100,000 random and mutated payloads on cmd, desired and neighbouring topics', async () => {
    const pid = await workloadPid();
    const daemonPid = device.daemon?.process.pid as number;
    const baseCmds = [
      encode('cmd', {
        id: 'b1',
        reply_to: topics.reply('faults-fuzz-void'),
        status: { workload: 'w', runs: 3 },
      }),
      encode('cmd', { id: 'b2', reply_to: '', list: {} }),
      encode('cmd', { id: 'b3', reply_to: 'mc/reply/x', logs: { workload: 'w', lines: 5 } }),
      encode('cmd', { id: 'b4', expires_at_ms: 1, device_status: {} }),
      encode('cmd', { id: 'b5', reply_to: topics.cmd(DEVICE), status: { workload: 'nope' } }),
      encode('cmd', { id: 'b6', reply_to: 'mc/reply/#', restart: { workload: 'w' } }),
      encode('desired', { release: 'v1', sha256: 'ab', generation: 7 }),
      encode('heartbeat', { seq: 5, uptime_s: 3 } as never),
      encode('release', { version: 'v1', files: [{ path: 'a', content: new Uint8Array(3), mode: 0o644 }] }),
    ];
    const cmdPayloads = fuzzPayloads(baseCmds, 0.6 * TOTAL);
    const desiredPayloads = fuzzPayloads(baseCmds, 0.3 * TOTAL, FUZZ_SEED + 2);
    const strayPayloads = fuzzPayloads(baseCmds, 0.1 * TOTAL, FUZZ_SEED + 3);
    const stray = [
      `mc/${DEVICE}/cmd/x`,
      `mc/${DEVICE}/Cmd`,
      `mc/${DEVICE}/desired/x`,
      `mc/${DEVICE}x/cmd`,
      'mc//cmd',
    ];
    const cmdTopic = topics.cmd(DEVICE);
    const desiredTopic = topics.desired(DEVICE);

    // What the device should refuse, judged with the same codec: undecodable commands and
    // desired states. Decodable commands that would act (stop, restart, exec, shutdown…) are
    // not sent: obeying a well-formed operator command is not a fault.
    const expected = { cmd: 0, desired: 0, skipped: 0 };
    const sends: Array<[string, Uint8Array]> = [];
    for (const p of cmdPayloads) {
      const d = decode('cmd', p);
      if (!d.ok) expected.cmd++;
      else if (!HARMLESS.has(String(d.value.action)) || d.value.logs?.follow) {
        expected.skipped++;
        continue;
      }
      sends.push([cmdTopic, p]);
    }
    for (const p of desiredPayloads) {
      if (p.length > 0 && !decode('desired', p).ok) expected.desired++;
      sends.push([desiredTopic, p]);
    }
    for (const [i, p] of strayPayloads.entries()) sends.push([stray[i % stray.length] as string, p]);
    // Interleave the three streams deterministically.
    sends.sort((a, b) => ((a[1].length * 31 + a[0].length) % 7) - ((b[1].length * 31 + b[0].length) % 7));

    const before = {
      cmd: logCount('undecodable command'),
      desired: logCount('undecodable desired state ignored'),
    };
    let rssAfterFirstChunk = 0;
    const ctlPid = ctl.child.process.pid as number;
    const ctlRssBefore = rssBytes(ctlPid);
    for (let i = 0; i < sends.length; i += CHUNK) {
      for (const [topic, payload] of sends.slice(i, i + CHUNK))
        operator.publish(topic, Buffer.from(payload), { qos: 0 });
      // A QoS 1 round trip after each chunk: the daemon has read everything sent before it.
      await deviceStatus();
      if (i === 0) rssAfterFirstChunk = rssBytes(daemonPid);
    }
    for (const payload of hugePayloads()) {
      await operator.publishAsync(cmdTopic, Buffer.from(payload), { qos: 1 });
      await operator.publishAsync(desiredTopic, Buffer.from(payload), { qos: 1 });
    }
    await deviceStatus();
    const sentCmdHuge = hugePayloads().filter((p) => !decode('cmd', p).ok).length;
    const sentDesiredHuge = hugePayloads().filter((p) => !decode('desired', p).ok).length;

    // Every refusal is in the log, with its reason.
    await expect
      .poll(() => logCount('undecodable command') - before.cmd, { timeout: 20_000 })
      .toBe(expected.cmd + sentCmdHuge);
    await expect
      .poll(() => logCount('undecodable desired state ignored') - before.desired, { timeout: 20_000 })
      .toBe(expected.desired + sentDesiredHuge);
    const refusals = (device.daemon?.stderr() ?? '')
      .split('\n')
      .filter((l) => l.includes('"msg":"undecodable'));
    expect(refusals.every((l) => /"err":"[^"]+"/.test(l))).toBe(true);

    // Alive, the same workload process, memory bounded.
    expect(device.daemon?.process.exitCode).toBeNull();
    expect(ctl.child.process.exitCode).toBeNull();
    expect(await workloadPid()).toBe(pid);
    const rssAfter = rssBytes(daemonPid);
    const ctlRssAfter = rssBytes(ctlPid);
    console.info(
      `fuzz: ${sends.length} payloads (+${expected.skipped} acting commands not sent), refused cmd ${expected.cmd}, desired ${expected.desired}; daemon RSS ${(rssAfterFirstChunk / 2 ** 20).toFixed(0)} → ${(rssAfter / 2 ** 20).toFixed(0)} MiB, controller ${(ctlRssBefore / 2 ** 20).toFixed(0)} → ${(ctlRssAfter / 2 ** 20).toFixed(0)} MiB`,
    );
    expect(rssAfter).toBeLessThan(rssAfterFirstChunk + 96 * 2 ** 20);
    // The controller holds more: the broker's write batcher keeps up to 20,000 recent values,
    // and megabyte packets pass through it (measured +90 to +147 MiB).
    expect(ctlRssAfter).toBeLessThan(ctlRssBefore + 256 * 2 ** 20);
  }, 180_000);
});
