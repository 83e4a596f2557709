// `mctl sub [filter]`: prints every message on a topic filter as one JSON line, decoded
// with the message type its topic carries (docs/topics.md). Retained messages are marked.
import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import { decodeTopic, plainOfTopicMessage } from '../../proto/codec.ts';
import { filters } from '../../proto/topics.ts';
import { parsePositiveInt } from '../args.ts';
import { connectBroker } from '../broker-client.ts';
import { waitForShutdown } from '../shutdown.ts';

interface SubOptions {
  broker?: string;
  username?: string;
  password?: string;
  ca?: string;
  count?: number;
  for?: number;
  qos: 0 | 1;
}

/** One output line: the topic, whether it was retained, and the decoded message or the decode error. */
export function formatMessage(topic: string, payload: Buffer, retained: boolean): Record<string, unknown> {
  const line: Record<string, unknown> = { ts: new Date().toISOString(), topic, retained };
  const result = decodeTopic(topic, payload);
  if (result.ok) {
    Object.assign(line, result.topic);
    if (result.message === null) line.cleared = true;
    line.message = plainOfTopicMessage(result);
  } else {
    if (result.topic) Object.assign(line, result.topic);
    line.error = result.error.toJSON();
    line.payload_base64 = payload.toString('base64');
  }
  return line;
}

export function subCommand(): Command {
  return new Command('sub')
    .description(
      'print every message on a topic filter as JSON lines, decoded by topic (retained ones marked)',
    )
    .argument('[filter]', 'MQTT topic filter', filters.all())
    .option('-n, --count <n>', 'exit after this many messages', parsePositiveInt)
    .option('--for <seconds>', 'exit after this long', parsePositiveInt)
    .option('--qos <qos>', 'subscription QoS (0 or 1)', (v) => (v === '0' ? 0 : 1), 1)
    .addHelpText('after', '\nConnection: the global --broker, --username, --password and --ca options.')
    .action(async (filter: string, _opts: SubOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<SubOptions>();
      const client = await connectBroker({
        url: opts.broker,
        username: opts.username,
        password: opts.password,
        caFile: opts.ca,
        clientId: `mctl-sub-${randomBytes(4).toString('hex')}`,
        reconnect: true,
      });
      let seen = 0;
      let finish: () => void = () => {};
      const done = new Promise<void>((resolve) => {
        finish = resolve;
      });
      client.on('message', (topic, payload, packet) => {
        if (opts.count !== undefined && seen >= opts.count) return;
        process.stdout.write(`${JSON.stringify(formatMessage(topic, payload, packet.retain))}\n`);
        seen++;
        if (opts.count !== undefined && seen >= opts.count) finish();
      });
      client.on('offline', () => process.stderr.write('mctl sub: connection lost, reconnecting…\n'));
      const granted = await client.subscribeAsync(filter, { qos: opts.qos });
      if (granted.some((g) => g.qos === 128)) {
        await client.endAsync();
        throw new Error(`the broker refused the subscription to ${filter}`);
      }
      const timer = opts.for === undefined ? undefined : setTimeout(finish, opts.for * 1000);
      await Promise.race([done, waitForShutdown()]);
      if (timer) clearTimeout(timer);
      await client.endAsync();
    });
}
