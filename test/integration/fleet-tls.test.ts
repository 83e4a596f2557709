// The fleet link over TLS (mqtts and wss) with credentials from a password file, and the
// configuration errors it reports instead of connecting.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Authorizer } from '../../broker/authorizer.ts';
import type { mc } from '../../proto/codec.ts';
import { filters, topics } from '../../proto/topics.ts';
import { makeSelfSignedCert, makeTempDir, startTestBroker } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { observe } from '../helpers/fleet-brokers.ts';
import { sleeper, startFleetDevice } from '../helpers/fleet-device.ts';

const teardown = teardownEach();
const online = (m: { message: unknown }) => (m.message as mc.v1.Presence | null)?.online === true;

/** Devices must present the password of their own name (a stand-in for the controller's registry). */
function passwordPerDevice(): Authorizer {
  return {
    async authenticate({ clientId, username, password, meta }) {
      if (clientId.startsWith('mc-dev-') && password?.toString() !== `pw-${username}`) return null;
      return { clientId, role: 'device', meta, ...(username === undefined ? {} : { username }) };
    },
    authorizePublish: () => true,
    authorizeSubscribe: () => true,
  };
}

describe('fleet link security', () => {
  it('connects over mqtts and wss with the CA and a password file', async () => {
    const dir = await makeTempDir(teardown, 'mc-fleet-tls-');
    const { cert, key } = await makeSelfSignedCert(dir);
    const { addresses } = await startTestBroker(teardown, {
      tls: { cert, key },
      ws: { host: '127.0.0.1', port: 0 },
      authorizer: passwordPerDevice(),
    });
    const obs = await observe(teardown, addresses.mqtt ?? '', [filters.presence()], {
      ca: await readFile(cert),
    });
    for (const [device, url] of [
      ['dev-tls', addresses.mqtt],
      ['dev-wss', addresses.ws],
    ] as const) {
      const passwordFile = join(dir, `${device}.pw`);
      writeFileSync(passwordFile, `pw-${device}\n`);
      await startFleetDevice(teardown, {
        brokerUrl: url ?? '',
        device,
        workloads: [sleeper('alpha')],
        fleet: { username: device, password_file: passwordFile, tls: { ca: cert } },
      });
      await obs.next(topics.presence(device), online);
    }
  });

  it('keeps retrying a refused CONNACK with backoff, without disturbing supervision', async () => {
    const { broker, mqttUrl } = await startTestBroker(teardown, { authorizer: passwordPerDevice() });
    const device = await startFleetDevice(teardown, {
      brokerUrl: mqttUrl,
      device: 'dev-bad',
      workloads: [sleeper('alpha')],
      fleet: { username: 'dev-bad', password: 'wrong' },
    });
    await waitFor('workload running', () => device.supervisor.get('alpha')?.status === 'running');
    await waitFor('several refused attempts', () => broker.stats().refusedConnects >= 3);
    expect(device.link.connected).toBe(false);
  });

  it('refuses to start with an unreadable password or TLS file', async () => {
    const dir = await makeTempDir(teardown, 'mc-fleet-cfg-');
    await expect(
      startFleetDevice(teardown, {
        brokerUrl: 'mqtt://127.0.0.1:1',
        workloads: [],
        fleet: { password_file: join(dir, 'missing.pw') },
      }),
    ).rejects.toMatchObject({ code: 'MC_ERR_CONFIG' });
    await expect(
      startFleetDevice(teardown, {
        brokerUrl: 'mqtts://127.0.0.1:1',
        workloads: [],
        fleet: { tls: { ca: join(dir, 'missing.pem') } },
      }),
    ).rejects.toMatchObject({ code: 'MC_ERR_CONFIG' });
  });
});
