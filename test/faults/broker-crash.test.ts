// R1, broker crash: twenty real device daemons on a controller process with its embedded
// broker (Aedes + level persistence). While an operator streams 1,000 QoS 1 `restart`
// commands to them — five devices offline, fifteen online — the controller is SIGKILLed and
// started again on the same data dir. Nothing may be lost: every retained state is still
// there after the restart, and each command restarts its workload exactly once, which the
// devices' own run histories show (one run per restart, plus the first), and answers each one.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encode } from '../../proto/codec.ts';
import { publishUntilAcked } from '../../proto/mqtt-publish.ts';
import { topics } from '../../proto/topics.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren } from '../helpers/child.ts';
import { type ControllerProcess, startControllerProcess } from '../helpers/deploy-real-fleet.ts';
import {
  commandClient,
  decoded,
  type FleetDevice,
  operatorClient,
  registeredDevice,
  retainedSnapshot,
  runHistory,
  upAll,
} from '../helpers/faults-fleet.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());

const DEVICE_COUNT = 20;
const OFFLINE_COUNT = 5;
const COMMANDS = 1000;
/** The controller dies once this many commands are acknowledged; the rest go out around the crash. */
const KILL_AFTER_ACKS = 400;
const PER_DEVICE = COMMANDS / DEVICE_COUNT;
/** Commands published and not yet acknowledged, at most. */
const WINDOW = 100;
const RETAINED = ['mc/+/presence', 'mc/+/status', 'mc/+/workloads/+'];

let ctl: ControllerProcess;
let devices: FleetDevice[];

async function health(name: string): Promise<string | undefined> {
  try {
    const res = await ctl.api<{ device: { health: string } }>('GET', `/api/fleet/clients/${name}`);
    return res.body.device?.health;
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  ctl = await startControllerProcess(teardown);
  devices = [];
  for (let i = 0; i < DEVICE_COUNT; i++) {
    devices.push(await registeredDevice(teardown, ctl, `r1-${String(i).padStart(2, '0')}`));
  }
  await upAll(devices);
  for (const d of devices) {
    await vi.waitFor(async () => expect(await health(d.name)).toBe('online'), {
      timeout: 30_000,
      interval: 200,
    });
  }
}, 120_000);

describe('broker crash (controller SIGKILL) under a stream of commands', () => {
  it('keeps every retained state and acts on each of 1,000 QoS 1 commands exactly once', async () => {
    const offline = devices.slice(DEVICE_COUNT - OFFLINE_COUNT);
    for (const d of offline) await d.kill();
    for (const d of offline) await expect.poll(() => health(d.name), { timeout: 15_000 }).toBe('offline');
    const before = await retainedSnapshot(teardown, ctl.mqtt, RETAINED);

    // The operator keeps its session across the crash: what it had not got acknowledged is
    // sent again after the reconnect (MQTT.js's store, and publishUntilAcked for what MQTT.js
    // drops when a connection closes during that resend), as CommandClient does.
    const operator = await operatorClient(teardown, ctl.mqtt, 'faults-r1-operator', { clean: false });
    const replies = new Map<string, number>();
    const replyTopic = topics.reply('faults-r1');
    operator.on('message', (topic, payload) => {
      if (topic !== replyTopic) return;
      const id = /r1-cmd-\d+/.exec(payload.toString('latin1'))?.[0];
      if (id) replies.set(id, (replies.get(id) ?? 0) + 1);
    });
    await operator.subscribeAsync(replyTopic, { qos: 1 });

    let acked = 0;
    let killed: Promise<unknown> | undefined;
    let publishedWhenKilled = 0;
    const sent: Promise<void>[] = [];
    // A stream with a window of unacknowledged commands, as a requester would send them: the
    // crash lands between publishes, and the ones sent while the broker is down wait in the
    // client (MQTT.js keeps QoS 1 packets and sends them after the reconnect).
    const stream = (async () => {
      for (let i = 0; i < COMMANDS; i++) {
        while (i - acked >= WINDOW) await new Promise((r) => setTimeout(r, 2));
        const device = devices[i % DEVICE_COUNT] as FleetDevice;
        const payload = encode('cmd', {
          id: `r1-cmd-${i}`,
          issued_at_ms: Date.now(),
          expires_at_ms: 0,
          reply_to: replyTopic,
          issuer: 'faults-r1',
          restart: { workload: 'w' },
        });
        sent.push(
          publishUntilAcked(operator, topics.cmd(device.name), Buffer.from(payload), { qos: 1 }).then(() => {
            acked++;
            if (acked !== KILL_AFTER_ACKS) return;
            publishedWhenKilled = sent.length;
            killed = ctl.child.kill('SIGKILL');
          }),
        );
      }
    })();
    await expect.poll(() => killed !== undefined, { timeout: 30_000 }).toBe(true);
    await killed;
    expect(publishedWhenKilled).toBeLessThan(COMMANDS);
    await ctl.restart();

    // Retained states of the offline devices are exactly what they were before the crash.
    const after = await retainedSnapshot(teardown, ctl.mqtt, RETAINED);
    for (const d of devices) {
      decoded('presence', after.get(topics.presence(d.name)));
      expect(after.has(topics.status(d.name)), `${d.name} status`).toBe(true);
      expect(after.has(topics.workload(d.name, 'w')), `${d.name} workload state`).toBe(true);
    }
    for (const d of offline) {
      for (const topic of [topics.presence(d.name), topics.status(d.name), topics.workload(d.name, 'w')]) {
        expect(after.get(topic)?.equals(before.get(topic) ?? Buffer.alloc(0)), topic).toBe(true);
      }
      expect(decoded('presence', after.get(topics.presence(d.name))).online).toBe(false);
    }

    await stream;
    await Promise.all(sent);
    expect(acked).toBe(COMMANDS);
    await upAll(offline);

    // Exactly once: one run per restart command plus the first run, on every device.
    const status = await commandClient(
      teardown,
      await operatorClient(teardown, ctl.mqtt, 'faults-r1-reader'),
      'faults-r1-reader',
    );
    const counts = async () =>
      Promise.all(devices.map(async (d) => (await runHistory(status, d.name, 'w')).length));
    await expect
      .poll(counts, { timeout: 90_000, interval: 1_000 })
      .toEqual(devices.map(() => PER_DEVICE + 1));
    // Every command is answered: 1–31 of 1,000 replies went missing here in CI until devices
    // and requesters published QoS 1 through publishUntilAcked (proto/mqtt-publish.ts).
    // The missing ones are named, so a failure says which commands went unanswered.
    const unanswered = () => {
      const missing: string[] = [];
      for (let i = 0; i < COMMANDS; i++) if (!replies.has(`r1-cmd-${i}`)) missing.push(`r1-cmd-${i}`);
      return missing;
    };
    await expect.poll(unanswered, { timeout: 30_000 }).toEqual([]);
    for (const d of devices) {
      const runs = await runHistory(status, d.name, 'w');
      expect(runs.length, d.name).toBe(PER_DEVICE + 1);
      expect(new Set(runs.map((r) => r.run_id)).size).toBe(runs.length);
      const started = runs.map((r) => Number(r.started_ms)).reverse();
      expect(started).toEqual([...started].sort((a, b) => a - b));
    }
  }, 240_000);
});
