import { describe, expect, it } from 'vitest';
import { fleetRow, fleetTable, noReplyMessage } from '../../cli/commands/fleet.ts';
import { mc } from '../../proto/codec.ts';

const NOW = 1_800_000_000_000;
const STALE = 900_000;
const presence = (p: Partial<mc.v1.IPresence>) => mc.v1.Presence.create(p);
const status = (s: Partial<mc.v1.IDeviceStatus>) => mc.v1.DeviceStatus.create(s);

describe('mctl fleet ls rows', () => {
  it('is online with a fresh status, stale with an old one and no heartbeat', () => {
    const online = fleetRow(
      'a',
      {
        presence: presence({ online: true, since_ms: NOW - 10_000 }),
        status: status({ ts_ms: NOW - 60_000 }),
      },
      NOW,
      STALE,
    );
    expect(online.health).toBe('online');
    const stale = fleetRow(
      'b',
      {
        presence: presence({ online: true, since_ms: NOW - 86_400_000 }),
        status: status({ ts_ms: NOW - 3_600_000 }),
      },
      NOW,
      STALE,
    );
    expect(stale.health).toBe('stale');
    expect(stale.last_seen_ms).toBe(NOW - 3_600_000);
  });

  it('is online when a heartbeat arrived during collection, whatever the status age', () => {
    const row = fleetRow(
      'a',
      {
        presence: presence({ online: true }),
        status: status({ ts_ms: NOW - 3_600_000 }),
        heartbeat: mc.v1.Heartbeat.create({ cpu_percent: 12.300000190734863, mem_percent: 40 }),
        heartbeatAt: NOW,
      },
      NOW,
      STALE,
    );
    expect(row).toMatchObject({ health: 'online', cpu_percent: 12.3, mem_percent: 40, last_seen_ms: NOW });
  });

  it('is offline with the reason of its presence, and unknown without presence', () => {
    const off = fleetRow(
      'a',
      { presence: presence({ online: false, since_ms: NOW - 5000, reason: 'shutdown' }) },
      NOW,
      STALE,
    );
    expect(off).toMatchObject({ health: 'offline', reason: 'shutdown', last_seen_ms: NOW - 5000 });
    expect(fleetRow('b', { status: status({ ts_ms: NOW }) }, NOW, STALE).health).toBe('unknown');
    expect(fleetTable([off], NOW)).toContain('offline since 5s ago');
  });
});

describe('mctl --device without a reply', () => {
  it('says whether the device is offline, lost, online or unknown', () => {
    const shutdown = presence({ online: false, since_ms: NOW - 120_000, reason: 'shutdown' });
    expect(noReplyMessage('d', shutdown, NOW)).toMatch(
      /^queued: device d offline since .* \(2m ago\), shutdown; the broker keeps/,
    );
    const lost = presence({ online: false, since_ms: NOW - 3_600_000, reason: 'connection lost' });
    expect(noReplyMessage('d', lost, NOW)).toMatch(
      /^queued: device d lost its connection \(connected since .* \(1h ago\)\)/,
    );
    expect(noReplyMessage('d', presence({ online: true }), NOW)).toContain('which is online');
    expect(noReplyMessage('d', null, NOW)).toContain('never connected');
  });
});
