// R4, network partition: two real daemons, each in its own network namespace behind a veth
// pair, on a controller process whose broker listens on the host end of the first pair. One
// link is cut for CUT_S seconds (keepalive 2 s, so 20 s is ten keep-alive periods: long
// enough for the daemon to notice and the broker to fire the will, many times over). During
// the cut the workload keeps running and stays manageable on the box, its events wait in the
// outbox, and commands sent to it wait in its session at the broker. After healing: every
// event arrives (no gap in the sequence), the controller's view converges within a heartbeat
// of the reconnection, and each queued command acted exactly once. Then both links are made
// slow (tc) and a rolling deployment still completes.
import type { MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deployment } from '../../controller/deploy/types.ts';
import type { DeviceSnapshot, StoredEvent } from '../../controller/store/types.ts';
import { encode } from '../../proto/codec.ts';
import type { CommandClient } from '../../proto/command-client.ts';
import { topics } from '../../proto/topics.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren, runMctl } from '../helpers/child.ts';
import {
  type ControllerProcess,
  releaseDir,
  startControllerProcess,
  TOKEN,
  waitDeployment,
} from '../helpers/deploy-real-fleet.ts';
import { localCommands } from '../helpers/faults-daemon.ts';
import { type FleetDevice, operatorClient, registeredDevice } from '../helpers/faults-fleet.ts';
import { type NetnsLink, netnsLink, netnsUnavailable } from '../helpers/faults-netns.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());

const CUT_S = Number(process.env.MC_FAULTS_CUT_S ?? 20);
/** From fleet-daemon.ts: keepalive 2 s, heartbeat_interval 1 s, status debounce 50 ms. */
const KEEPALIVE_S = 2;
const HEARTBEAT_MS = 1000;
const QUEUED_COMMANDS = 3;
const LOCAL_RESTARTS = 2;

const unavailable = netnsUnavailable();
if (unavailable)
  console.warn(`\n*** faults/partition SKIPPED: network namespaces unavailable (${unavailable}) ***\n`);

let ctl: ControllerProcess;
let links: NetnsLink[];
let devices: FleetDevice[];
let operator: MqttClient;

async function snapshot(name: string): Promise<DeviceSnapshot> {
  return (await ctl.api<{ device: DeviceSnapshot }>('GET', `/api/fleet/clients/${name}`)).body.device;
}

describe.skipIf(unavailable !== null)('network partition of a device in its own namespace', () => {
  beforeAll(async () => {
    links = [netnsLink(teardown, 'part-1'), netnsLink(teardown, 'part-2')];
    ctl = await startControllerProcess(teardown, { mqttHost: (links[0] as NetnsLink).hostIp });
    devices = [];
    for (const [i, link] of links.entries()) {
      devices.push(await registeredDevice(teardown, ctl, `part-${i + 1}`, { netns: link.netns }));
    }
    await Promise.all(devices.map((d) => d.up()));
    for (const d of devices) {
      await vi.waitFor(async () => expect((await snapshot(d.name)).health).toBe('online'), {
        timeout: 30_000,
        interval: 200,
      });
    }
    operator = await operatorClient(teardown, ctl.mqtt, 'faults-partition');
  }, 90_000);

  it(`keeps the workload and its events through a ${CUT_S} s cut; after healing it converges and queued commands act once`, async () => {
    const [link, other] = links as [NetnsLink, NetnsLink];
    const [device, bystander] = devices as [FleetDevice, FleetDevice];
    const local: CommandClient = await localCommands(teardown, device.fixture.socket, 'faults-part-local');
    const localView = async () => {
      const reply = await local.send(device.name, { status: { workload: 'w', runs: 1000 } });
      expect(reply.ok).toBe(true);
      return {
        pid: Number(reply.detail?.state?.pid),
        restarts: Number(reply.detail?.state?.restarts),
        runs: reply.detail?.runs?.length ?? 0,
      };
    };
    const start = await localView();
    const eventsBefore = (
      await ctl.api<StoredEvent[]>('GET', `/api/fleet/clients/${device.name}/events?limit=1000`)
    ).body;
    const lastSeqBefore = Math.max(0, ...eventsBefore.map((e) => e.seq));

    const cutAt = Date.now();
    link.cut();
    // The broker notices the silent client (1.5 × keepalive) and publishes its will.
    await vi.waitFor(async () => expect((await snapshot(device.name)).health).toBe('offline'), {
      timeout: 15_000,
      interval: 100,
    });
    const willAfterMs = Date.now() - cutAt;
    expect(willAfterMs).toBeLessThan(3 * KEEPALIVE_S * 1000 + 4_000);
    // The daemon notices too (no PINGRESP within its keepalive).
    await vi.waitFor(() => expect(device.daemon?.stderr()).toContain('fleet broker connection lost'), {
      timeout: 15_000,
      interval: 100,
    });

    // Cut off, the device is still fully manageable on the box: its events go to the outbox.
    for (let i = 0; i < LOCAL_RESTARTS; i++) {
      expect((await local.send(device.name, { restart: { workload: 'w' } })).ok).toBe(true);
    }
    // Commands for it wait in its persistent session at the broker.
    const queuedIds: string[] = [];
    for (let i = 0; i < QUEUED_COMMANDS; i++) {
      const id = `part-queued-${i}`;
      queuedIds.push(id);
      const payload = encode('cmd', {
        id,
        issued_at_ms: Date.now(),
        reply_to: '',
        restart: { workload: 'w' },
      });
      await operator.publishAsync(topics.cmd(device.name), Buffer.from(payload), { qos: 1 });
    }
    const duringCut = await localView();
    expect(duringCut.runs).toBe(start.runs + LOCAL_RESTARTS);
    // The workload keeps running for the whole cut, and the other device is not affected.
    while (Date.now() - cutAt < CUT_S * 1000) {
      const now = await localView();
      expect(now.pid).toBe(duringCut.pid);
      expect(process.kill(now.pid, 0)).toBe(true);
      expect((await snapshot(bystander.name)).health).toBe('online');
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(other.netns).not.toBe(link.netns);

    const healAt = Date.now();
    link.heal();
    await vi.waitFor(async () => expect((await snapshot(device.name)).health).toBe('online'), {
      timeout: 90_000,
      interval: 50,
    });
    const reconnectedAt = Date.now();
    // Each queued command acted once: three more runs, no more.
    const expectedRuns = start.runs + LOCAL_RESTARTS + QUEUED_COMMANDS;
    await vi.waitFor(async () => expect((await localView()).runs).toBe(expectedRuns), {
      timeout: 15_000,
      interval: 100,
    });
    const final = await localView();
    // The controller's view converges on the device's own.
    await vi.waitFor(
      async () => {
        const w = (await snapshot(device.name)).workloads.find((x) => x.name === 'w') as unknown as Record<
          string,
          unknown
        >;
        expect([Number(w?.pid), Number(w?.restarts)]).toEqual([final.pid, final.restarts]);
      },
      { timeout: 10_000, interval: 50 },
    );
    const convergedMs = Date.now() - reconnectedAt;
    // Every event made during the cut arrived: the sequence has no gap.
    const events = (
      await ctl.api<StoredEvent[]>('GET', `/api/fleet/clients/${device.name}/events?limit=1000`)
    ).body;
    const newSeqs = events
      .map((e) => e.seq)
      .filter((s) => s > lastSeqBefore)
      .sort((a, b) => a - b);
    expect(newSeqs.length).toBeGreaterThanOrEqual(LOCAL_RESTARTS);
    expect(newSeqs).toEqual(newSeqs.map((_, i) => lastSeqBefore + 1 + i));
    const cutEvents = events.filter((e) => e.ts_ms >= cutAt && e.ts_ms < healAt);
    expect(cutEvents.length).toBeGreaterThanOrEqual(LOCAL_RESTARTS);
    console.info(
      `partition: will after ${willAfterMs} ms, reconnected ${reconnectedAt - healAt} ms after healing, converged ${convergedMs} ms later, ${cutEvents.length} events from the cut delivered`,
    );
    // "Within one heartbeat" of the reconnection, with room for a loaded machine.
    expect(convergedMs).toBeLessThan(HEARTBEAT_MS + 2_000);
    const again = await localView();
    expect(again.runs).toBe(expectedRuns);
  }, 180_000);

  it('completes a rolling deployment over slow links', async () => {
    const shaped = (links as NetnsLink[]).map((l) => l.shape());
    console.info(`partition: links shaped with ${shaped[0]}`);
    const dir = releaseDir(teardown, {
      'app.yaml': 'name: app\ntype: service\nrun_mode: forever\ncommand: sh ./app.sh\nstop_timeout: 2\n',
      'app.sh': 'echo "app up"\nexec sleep 1000\n',
      // 96 KiB, so the bundle takes a couple of seconds over each link.
      'data.bin': Buffer.alloc(96 * 1024, 'abcdefgh').toString(),
    });
    const create = runMctl([
      'release',
      'create',
      dir,
      '--version=slow-1',
      '--controller',
      ctl.http,
      '--token',
      TOKEN,
    ]);
    expect(await create.exited).toBe(0);
    const created = await ctl.api<Deployment>('POST', '/api/fleet/deployments', {
      version: 'slow-1',
      target_clients: devices.map((d) => d.name),
      batch_size: 1,
      min_healthy_time: 1,
      health_check_timeout: 60,
    });
    expect(created.status).toBe(201);
    const done = await waitDeployment(ctl.api, created.body.id, undefined, 120_000);
    expect(done.status, JSON.stringify(done.devices)).toBe('completed');
    for (const d of devices) {
      await expect.poll(async () => (await snapshot(d.name)).release, { timeout: 15_000 }).toBe('slow-1');
    }
  }, 180_000);
});
