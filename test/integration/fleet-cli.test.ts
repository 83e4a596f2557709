// `mctl fleet ls` against a real broker with real devices on it: one online, one shut
// down, and a leftover retained "online" whose device never came back (stale).
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { devicePresence, type FleetRow, fleetCommand } from '../../cli/commands/fleet.ts';
import { encode } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';
import { connectClient } from '../helpers/broker-mqtt.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { BROKER_KINDS, startFleetBroker } from '../helpers/fleet-brokers.ts';
import { sleeper, startFleetDevice } from '../helpers/fleet-device.ts';

const teardown = teardownEach();

/** Runs `mctl [globals] fleet ls [args]` in-process (the global options as cli/main.ts defines them). */
async function fleetLs(url: string, args: string[]): Promise<string> {
  const program = new Command('mctl')
    .exitOverride()
    .option('--broker <url>')
    .option('--username <name>')
    .option('--password <secret>')
    .option('--ca <file>')
    .option('--json', '', false)
    .option('--timeout <seconds>', '', Number, 10)
    .addCommand(fleetCommand());
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'mctl', '--broker', url, ...args]);
  } finally {
    write.mockRestore();
  }
  return out;
}

describe.each(BROKER_KINDS)('mctl fleet ls on %s', (kind) => {
  it('lists online, offline and stale devices from the retained topics', async () => {
    const url = await startFleetBroker(teardown, kind);
    const up = await startFleetDevice(teardown, {
      brokerUrl: url,
      device: 'dev-up',
      workloads: [sleeper('alpha'), sleeper('beta')],
    });
    const gone = await startFleetDevice(teardown, { brokerUrl: url, device: 'dev-gone', workloads: [] });
    await waitFor('both connected', () => up.link.connected && gone.link.connected);
    await waitFor(
      'dev-up status',
      () => up.link.stats().status_seq > 0 && up.supervisor.list().every((w) => w.status === 'running'),
    );
    await gone.stop();
    // What a broker restart leaves behind: an "online" presence nobody will replace, an old status.
    const { client } = await connectClient(teardown, url, { clientId: 'leftover' });
    const hourAgo = Date.now() - 3_600_000;
    await client.publishAsync(
      topics.presence('dev-old'),
      Buffer.from(encode('presence', { online: true, since_ms: hourAgo - 1000 })),
      {
        qos: 1,
        retain: true,
      },
    );
    await client.publishAsync(
      topics.status('dev-old'),
      Buffer.from(encode('status', { device: 'dev-old', ts_ms: hourAgo, workloads_total: 1 })),
      {
        qos: 1,
        retain: true,
      },
    );

    // dev-up's status must show both running before we look.
    let rows: FleetRow[] = [];
    await waitFor('dev-up running in the retained status', async () => {
      rows = JSON.parse(await fleetLs(url, ['--json', 'fleet', 'ls', '--quiet', '150'])) as FleetRow[];
      return rows.find((r) => r.device === 'dev-up')?.workloads_running === 2;
    });
    expect(rows.map((r) => [r.device, r.health])).toEqual([
      ['dev-gone', 'offline'],
      ['dev-old', 'stale'],
      ['dev-up', 'online'],
    ]);
    expect(rows[0]).toMatchObject({ reason: 'shutdown', workloads_total: 0 });
    expect(rows[2]).toMatchObject({
      workloads_running: 2,
      workloads_failed: 0,
      workloads_total: 2,
      daemon_version: '0.0.0-test',
    });
    expect(rows[2]?.mem_percent).toBeGreaterThan(0);

    // What `mctl --device` can say when no reply comes.
    expect((await devicePresence(client, 'dev-gone'))?.reason).toBe('shutdown');
    expect((await devicePresence(client, 'dev-up'))?.online).toBe(true);
    expect(await devicePresence(client, 'ghost', 200)).toBeNull();

    const text = await fleetLs(url, ['fleet', 'ls', '--quiet', '150']);
    expect(text.split('\n')[0]).toMatch(/^DEVICE\s+HEALTH\s+RELEASE\s+WORKLOADS\s+CPU\s+MEM\s+LAST SEEN/);
    expect(text).toMatch(/dev-gone\s+offline since \S+ ago/);
    expect(text).toMatch(/dev-up\s+online\s+-\s+2\/0\/2/);
  });
});
