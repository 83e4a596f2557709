// Third-party MQTT 3.1.1 clients (here Debian's Mosquitto tools, which CI installs) must
// exchange binary payloads with our broker byte for byte. These tests fail, not skip,
// when the tools are missing.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { filters, topics } from '../../proto/topics.ts';
import { makeTempDir, startTestBroker } from '../helpers/broker-fixtures.ts';
import { connectClient } from '../helpers/broker-mqtt.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';

const run = promisify(execFile);
const teardown = teardownEach();

/** Every byte value once, then random bytes: no text encoding can survive this unchanged. */
function binaryPayload(): Buffer {
  return Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(256)]);
}

async function mosquitto(tool: 'mosquitto_sub' | 'mosquitto_pub', args: string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, args, { timeout: 15_000 });
    return stdout;
  } catch (err) {
    if (err instanceof Error && Reflect.get(err, 'code') === 'ENOENT') {
      throw new Error(`${tool} not found: install Debian's mosquitto-clients package`);
    }
    throw err;
  }
}

describe('interop with the Mosquitto command-line clients', () => {
  it('mosquitto_sub receives a retained binary payload published by MQTT.js', async () => {
    const { mqttUrl } = await startTestBroker(teardown);
    const port = new URL(mqttUrl).port;
    const payload = binaryPayload();
    const publisher = await connectClient(teardown, mqttUrl, { clientId: 'dev1' });
    await publisher.client.publishAsync(topics.status('dev1'), payload, { qos: 1, retain: true });

    // -F '%t %x': topic, then the payload as hex, so binary bytes compare exactly.
    const out = await mosquitto('mosquitto_sub', [
      ...['-V', 'mqttv311', '-h', '127.0.0.1', '-p', port, '-t', filters.status()],
      ...['-C', '1', '-W', '10', '-F', '%t %x'],
    ]);
    expect(out.trimEnd()).toBe(`${topics.status('dev1')} ${payload.toString('hex')}`);
  });

  it('an MQTT.js subscriber receives the exact bytes mosquitto_pub sends from a file', async () => {
    const { mqttUrl } = await startTestBroker(teardown);
    const port = new URL(mqttUrl).port;
    const dir = await makeTempDir(teardown);
    const file = join(dir, 'payload.bin');
    const payload = binaryPayload();
    await writeFile(file, payload);
    const subscriber = await connectClient(teardown, mqttUrl, { clientId: 'controller' });
    await subscriber.client.subscribeAsync(filters.events(), { qos: 1 });

    await mosquitto('mosquitto_pub', [
      ...['-V', 'mqttv311', '-h', '127.0.0.1', '-p', port],
      ...['-t', topics.events('dev2'), '-q', '1', '-f', file],
    ]);
    const received = await subscriber.inbox.next(topics.events('dev2'));
    expect(received.payload.toString('hex')).toBe(payload.toString('hex'));
  });
});
