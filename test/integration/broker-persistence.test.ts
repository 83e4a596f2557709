// The broker process can die at any moment (kill -9, power cut of the controller host):
// retained messages and queued QoS 1 messages of offline persistent sessions must be there
// when it comes back on the same data dir.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { filters, topics } from '../../proto/topics.ts';
import { makeTempDir } from '../helpers/broker-fixtures.ts';
import { connectClient } from '../helpers/broker-mqtt.ts';
import { spawnBroker } from '../helpers/broker-process.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';

const teardown = teardownEach();

describe('mctl broker up persistence', () => {
  it('keeps retained messages and offline sessions across SIGKILL of the broker process', async () => {
    const dataDir = await makeTempDir(teardown);
    const first = await spawnBroker(teardown, ['--port', '0', '--data-dir', dataDir, '--json']);
    expect(first.listening).toMatchObject({ event: 'listening', pid: first.child.pid });
    expect(first.listening.mqtt).toMatch(/^mqtt:\/\/127\.0\.0\.1:\d+$/);

    const statusTopic = topics.status('dev1');
    const cmdTopic = topics.cmd('dev2');
    const status = randomBytes(300);
    const command = randomBytes(200);

    // dev2 opens a persistent session, subscribes at QoS 1 and goes offline.
    const dev2 = await connectClient(teardown, first.listening.mqtt, { clientId: 'dev2', clean: false });
    await dev2.client.subscribeAsync(cmdTopic, { qos: 1 });
    await dev2.client.endAsync();

    // Aedes writes PUBACK before it stores the message, so a PUBACK alone does not prove the
    // message is on disk. Aedes stores retained and offline copies before it delivers to
    // online subscribers: an observer receiving both messages is the proof we wait for.
    const observer = await connectClient(teardown, first.listening.mqtt, { clientId: 'observer' });
    await observer.client.subscribeAsync('mc/#', { qos: 1 });
    const publisher = await connectClient(teardown, first.listening.mqtt, { clientId: 'controller' });
    await publisher.client.publishAsync(statusTopic, status, { qos: 1, retain: true });
    await publisher.client.publishAsync(cmdTopic, command, { qos: 1 });
    await observer.inbox.next(statusTopic);
    await observer.inbox.next(cmdTopic);

    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const second = await spawnBroker(teardown, ['--port', '0', '--data-dir', dataDir, '--json']);

    const late = await connectClient(teardown, second.listening.mqtt, { clientId: 'late-subscriber' });
    await late.client.subscribeAsync(filters.status(), { qos: 1 });
    const retained = await late.inbox.next(statusTopic);
    expect(retained.packet.retain).toBe(true);
    expect(Buffer.compare(retained.payload, status)).toBe(0);

    const back = await connectClient(teardown, second.listening.mqtt, { clientId: 'dev2', clean: false });
    expect(back.client.connected).toBe(true);
    const queued = await back.inbox.next(cmdTopic);
    expect(Buffer.compare(queued.payload, command)).toBe(0);

    // An orderly stop: SIGTERM closes the store and exits 0.
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  });
});
