// The fleet ACL in one place: every role against a list of topics (publish) and filters
// (subscribe). Device rows are from the point of view of device `a`; `b` is another device.
// docs/security.md shows the same policy as prose and a table.
import { describe, expect, it } from 'vitest';
import { canPublish, canSubscribe, type Principal } from '../../controller/auth/acl.ts';

const device: Principal = { role: 'device', device: 'a' };
const operator: Principal = { role: 'operator' };
const observer: Principal = { role: 'observer' };

type Row = [topicOrFilter: string, device: boolean, operator: boolean, observer: boolean, why: string];

// biome-ignore format: a table reads better aligned
const PUBLISH: Row[] = [
  ['mc/a/presence',            true,  true,  false, 'own telemetry; operator may clear it (retained)'],
  ['mc/a/status',              true,  true,  false, 'own telemetry; operator may clear it (retained)'],
  ['mc/a/workloads/web',       true,  true,  false, 'own telemetry; operator may clear it (retained)'],
  ['mc/a/heartbeat',           true,  false, false, 'own telemetry, not retained: nothing to clear'],
  ['mc/a/events',              true,  false, false, 'own telemetry, not retained'],
  ['mc/a/logs/web',            true,  false, false, 'own telemetry, not retained'],
  ['mc/reply/mctl-1f2e',       true,  false, false, 'devices answer commands; operators only receive replies'],
  ['mc/a/cmd',                 false, true,  false, 'a device never commands itself'],
  ['mc/a/desired',             false, true,  false, 'desired state comes from the controller'],
  ['mc/b/cmd',                 false, true,  false, 'commands are for operators'],
  ['mc/b/desired',             false, true,  false, ''],
  ['mc/b/status',              false, true,  false, 'another device'],
  ['mc/b/presence',            false, true,  false, 'another device (also: a will there is refused)'],
  ['mc/b/workloads/web',       false, true,  false, 'another device'],
  ['mc/b/heartbeat',           false, false, false, 'another device'],
  ['mc/b/events',              false, false, false, 'another device'],
  ['mc/b/logs/web',            false, false, false, 'another device'],
  ['mc/releases/1.2.0',        false, true,  false, 'releases come from the controller'],
  ['mc/releases',              false, false, false, 'not a contract topic'],
  ['mc/a/unknown',             false, false, false, 'not a contract topic'],
  ['mc/a/workloads/web/extra', false, false, false, 'not a contract topic'],
  ['mc/A/status',              false, false, false, 'invalid device name'],
  ['mc/reply/status',          true,  false, false, 'a reply topic (see docs/security.md on colliding names)'],
  ['other/a/status',           false, false, false, 'outside mc/'],
  ['$SYS/broker/uptime',       false, false, false, 'outside mc/'],
];

// biome-ignore format: a table reads better aligned
const SUBSCRIBE: Row[] = [
  ['mc/a/cmd',              true,  true,  false, "the device's own commands"],
  ['mc/a/desired',          true,  true,  false, "the device's own desired state"],
  ['mc/releases/#',         true,  true,  false, 'release bundles'],
  ['mc/releases/+',         true,  true,  false, 'release bundles'],
  ['mc/releases/1.2.0',     true,  true,  false, 'one release'],
  ['mc/b/cmd',              false, true,  false, "another device's commands"],
  ['mc/+/cmd',              false, true,  false, "would reach every device's commands"],
  ['mc/b/desired',          false, true,  false, ''],
  ['mc/+/desired',          false, true,  false, ''],
  ['mc/a/#',                false, true,  false, 'includes cmd and desired'],
  ['mc/+/#',                false, true,  false, 'includes cmd and desired'],
  ['mc/#',                  false, true,  false, 'everything'],
  ['mc/+/+',                false, true,  false, 'includes cmd and desired'],
  ['mc/+/+/+',              false, true,  false, 'wildcard leaf'],
  ['mc/+/status',           false, true,  true,  'telemetry'],
  ['mc/+/presence',         false, true,  true,  'telemetry'],
  ['mc/+/heartbeat',        false, true,  true,  'telemetry'],
  ['mc/+/events',           false, true,  true,  'telemetry'],
  ['mc/+/workloads/+',      false, true,  true,  'telemetry'],
  ['mc/+/logs/+',           false, true,  true,  'telemetry'],
  ['mc/b/status',           false, true,  true,  'telemetry of one device'],
  ['mc/a/status',           false, true,  true,  'a device has no need to read its own telemetry'],
  ['mc/b/workloads/web',    false, true,  true,  'one workload'],
  ['mc/b/logs/web',         false, true,  true,  'one log'],
  ['mc/+/workloads/#',      false, true,  false, 'no # for observers'],
  ['mc/reply/#',            false, true,  false, 'replies'],
  ['mc/reply/mctl-1f2e',    false, true,  false, 'replies'],
  ['mc/reply/status',       false, true,  false, 'reply is not a device name'],
  ['mc/releases/status',    true,  true,  false, 'a release (named like a leaf)'],
  ['#',                     false, false, false, 'outside mc/ too'],
  ['+/a/cmd',               false, false, false, 'outside mc/ too'],
  ['$SYS/#',                false, false, false, 'outside mc/'],
  ['other/#',               false, false, false, 'outside mc/'],
  ['mc',                    false, false, false, 'not under mc/'],
];

describe('publish rights', () => {
  it.each(PUBLISH)('%s → device %s, operator %s, observer %s (%s)', (topic, dev, op, obs) => {
    expect([canPublish(device, topic), canPublish(operator, topic), canPublish(observer, topic)]).toEqual([
      dev,
      op,
      obs,
    ]);
  });
});

describe('subscribe rights', () => {
  it.each(SUBSCRIBE)('%s → device %s, operator %s, observer %s (%s)', (filter, dev, op, obs) => {
    expect([
      canSubscribe(device, filter),
      canSubscribe(operator, filter),
      canSubscribe(observer, filter),
    ]).toEqual([dev, op, obs]);
  });
});

describe('identities outside the three roles', () => {
  it('allows nothing to an unknown role or a device identity without a device name', () => {
    for (const who of [{ role: 'anonymous' }, { role: 'local' }, { role: 'device' }] as Principal[]) {
      for (const [topic] of [...PUBLISH, ...SUBSCRIBE]) {
        expect(canPublish(who, topic)).toBe(false);
        expect(canSubscribe(who, topic)).toBe(false);
      }
    }
  });
});
