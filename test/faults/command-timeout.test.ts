// A requester whose command is never acknowledged (the link to the broker froze mid-publish,
// as when a daemon or broker is killed with commands in flight) gets MC_ERR_TIMEOUT after its
// timeout, and nothing else happens: the timeout used to fire while send() still awaited the
// PUBACK, an unhandled rejection that ends a Node process (controller, mctl) — found by the
// daemon-crash fault test.
import { connectAsync } from 'mqtt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandClient } from '../../proto/command-client.ts';
import { startTestBroker } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { startLinkProxy } from '../helpers/fleet-proxy.ts';

const teardown = teardownEach();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('a command whose PUBACK never comes', () => {
  it('times out with MC_ERR_TIMEOUT after timeoutMs and leaves no unhandled rejection', async () => {
    const { mqttUrl } = await startTestBroker(teardown);
    const proxy = await startLinkProxy(mqttUrl);
    teardown.add('proxy', () => proxy.close());
    const client = await connectAsync(proxy.url, {
      protocolVersion: 4,
      clientId: 'faults-timeout',
      reconnectPeriod: 0,
    });
    const commands = new CommandClient({ client, replyName: 'faults-timeout', issuer: 'faults' });
    await commands.start();
    // Closed in this order: the client first (the frozen link would hold an UNSUBSCRIBE forever).
    teardown.add('commands', () => commands.stop());
    teardown.add('client', () => client.endAsync(true));

    proxy.freeze();
    const started = Date.now();
    await expect(commands.send('nobody', { list: {} }, { timeoutMs: 300 })).rejects.toMatchObject({
      code: 'MC_ERR_TIMEOUT',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    // Give a late rejection the turns it would need to surface.
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
  });
});
