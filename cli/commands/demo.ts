// `mctl demo` (what `npm start` runs): the one-machine demo. It starts the embedded,
// persistent broker with its data under ./.demo and shows how to watch and talk to it.
// Later parts of the product (controller, device daemons, dashboard) join this demo.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { createBroker } from '../../broker/broker.ts';
import { parsePort } from '../args.ts';
import { createLogger } from '../logger.ts';
import { waitForShutdown } from '../shutdown.ts';

interface DemoOptions {
  port: number;
  dir: string;
}

export function demoCommand(): Command {
  return new Command('demo')
    .description('run the one-machine demo (what `npm start` runs)')
    .option('--port <port>', 'MQTT port of the embedded broker', parsePort, 1883)
    .option('--dir <dir>', 'directory for all demo state', './.demo')
    .action(async (opts: DemoOptions, cmd: Command) => {
      const globals = cmd.optsWithGlobals<{ logLevel: string; json: boolean }>();
      const logger = createLogger(globals.logLevel, 'mctl-demo');
      const dataDir = resolve(opts.dir, 'broker');
      const broker = createBroker({ dataDir, tcp: { host: '127.0.0.1', port: opts.port }, logger });
      const addresses = await broker.start();
      if (globals.json) {
        process.stdout.write(`${JSON.stringify({ event: 'listening', ...addresses, data_dir: dataDir })}\n`);
      } else {
        const url = addresses.mqtt ?? '';
        process.stdout.write(
          [
            '',
            `Master Control demo: embedded broker on ${url} (data in ${dataDir})`,
            '',
            'Watch every message, decoded:',
            `  node bin/mctl.js sub 'mc/#' --broker ${url}`,
            'Publish something as a third-party client would (Debian: apt-get install mosquitto-clients):',
            `  mosquitto_pub -V mqttv311 -p ${opts.port} -t mc/demo-device/heartbeat -m ''`,
            '',
            'Press Ctrl-C to stop.',
            '',
          ].join('\n'),
        );
      }
      await waitForShutdown();
      await broker.stop();
    });
}
