// With a certificate configured the broker speaks only TLS: mqtts on the TCP port and wss
// on the WebSocket port. A client that trusts the CA connects; plain MQTT and clients that
// do not trust the certificate are refused.

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { topics } from '../../proto/topics.ts';
import { makeSelfSignedCert, makeTempDir, startTestBroker } from '../helpers/broker-fixtures.ts';
import { connectClient, openClient } from '../helpers/broker-mqtt.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { onceWithin } from '../helpers/broker-wait.ts';

const teardown = teardownEach();

describe('TLS', () => {
  it('serves mqtts and wss to clients that trust the CA and refuses plain MQTT', async () => {
    const dir = await makeTempDir(teardown);
    const { cert, key } = await makeSelfSignedCert(dir);
    const ca = await readFile(cert);
    const { broker, addresses } = await startTestBroker(teardown, {
      tls: { cert, key },
      ws: { host: '127.0.0.1', port: 0 },
    });
    expect(addresses.mqtt).toMatch(/^mqtts:\/\/127\.0\.0\.1:\d+$/);
    expect(addresses.ws).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/mqtt$/);

    const secure = await connectClient(teardown, addresses.mqtt ?? '', { clientId: 'secure', ca });
    const secureWs = await connectClient(teardown, addresses.ws ?? '', { clientId: 'secure-ws', ca });
    await secureWs.client.subscribeAsync(topics.cmd('dev1'), { qos: 1 });
    const payload = randomBytes(100);
    await secure.client.publishAsync(topics.cmd('dev1'), payload, { qos: 1 });
    expect(Buffer.compare((await secureWs.inbox.next(topics.cmd('dev1'))).payload, payload)).toBe(0);

    // Plain MQTT on the mqtts port: the TLS handshake fails, no MQTT session ever starts.
    const plainUrl = (addresses.mqtt ?? '').replace('mqtts://', 'mqtt://');
    const plain = openClient(teardown, plainUrl, { clientId: 'plain' });
    await onceWithin(plain.client, 'close');
    expect(plain.client.connected).toBe(false);

    // A client that does not trust the self-signed certificate refuses the broker.
    const untrusting = openClient(teardown, addresses.mqtt ?? '', { clientId: 'untrusting' });
    const [err] = await onceWithin<[Error & { code?: string }]>(untrusting.client, 'error');
    expect(err.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(broker.stats().clients).toBe(2);
  });
});
