// `mctl broker up`: runs the embedded MQTT broker alone, in the foreground, until SIGINT or
// SIGTERM. Logs go to stderr as JSON; stdout gets one line once the listeners are bound.
import { Command, InvalidArgumentError } from 'commander';
import { allowAll, isLoopbackAddress, loopbackOnly } from '../../broker/authorizer.ts';
import { McError } from '../../proto/errors.ts';
import { createLogger } from '../logger.ts';
import { waitForShutdown } from '../shutdown.ts';

const DEFAULT_DATA_DIR = './.mc-broker';

interface UpOptions {
  host: string;
  port: number;
  wsPort?: number;
  dataDir?: string;
  tlsCert?: string;
  tlsKey?: string;
  allowRemote?: boolean;
  json?: boolean;
}

interface GlobalOptions {
  dataDir?: string;
  json?: boolean;
  logLevel?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new InvalidArgumentError('expected a port number 0-65535');
  return port;
}

async function up(options: UpOptions, cmd: Command): Promise<void> {
  // With positional options, `--json` / `--data-dir` given after `broker up` are this
  // command's own; optsWithGlobals() would let the program's defaults override them.
  const globals = cmd.optsWithGlobals<GlobalOptions>();
  const json = options.json === true || globals.json === true;
  const dataDir = options.dataDir ?? globals.dataDir ?? DEFAULT_DATA_DIR;
  if ((options.tlsCert === undefined) !== (options.tlsKey === undefined)) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', '--tls-cert and --tls-key go together');
  }
  const logger = createLogger(globals.logLevel);
  if (options.allowRemote) {
    logger.warn('--allow-remote: every client that reaches the port may connect and use every topic');
  } else if (!isLoopbackAddress(options.host)) {
    logger.warn(
      { host: options.host },
      'listening beyond loopback, but only local clients are accepted (see --allow-remote)',
    );
  }

  // Loaded here: Aedes and LevelDB are for this command only.
  const { createBroker } = await import('../../broker/broker.ts');
  const broker = createBroker({
    dataDir,
    tcp: { host: options.host, port: options.port },
    ...(options.wsPort === undefined ? {} : { ws: { host: options.host, port: options.wsPort } }),
    ...(options.tlsCert && options.tlsKey ? { tls: { cert: options.tlsCert, key: options.tlsKey } } : {}),
    authorizer: options.allowRemote ? allowAll() : loopbackOnly(),
    logger,
  });
  const shutdown = waitForShutdown();
  const addresses = await broker.start();
  if (json) {
    process.stdout.write(`${JSON.stringify({ event: 'listening', ...addresses, pid: process.pid })}\n`);
  } else {
    const urls = [addresses.mqtt, addresses.ws].filter((u) => u !== undefined).join(' and ');
    process.stdout.write(
      `MQTT broker listening on ${urls} (data in ${dataDir}); watch it with: mctl sub 'mc/#' --broker ${addresses.mqtt}\n`,
    );
  }
  const signal = await shutdown;
  logger.info({ signal }, 'stopping broker');
  await broker.stop();
}

export function brokerCommand(): Command {
  const broker = new Command('broker').description('the embedded MQTT broker (Aedes)');
  broker
    .command('up')
    .description('run the MQTT broker in the foreground until SIGINT/SIGTERM')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'MQTT port; 0 picks a free port', parsePort, 1883)
    .option('--ws-port <n>', 'also serve MQTT over WebSocket (path /mqtt) on this port', parsePort)
    .option(
      '--data-dir <dir>',
      `persistence directory (default: global --data-dir, else ${DEFAULT_DATA_DIR})`,
    )
    .option('--tls-cert <file>', 'PEM certificate: serve mqtts (and wss) instead of plain MQTT')
    .option('--tls-key <file>', 'PEM private key of --tls-cert')
    .option(
      '--allow-remote',
      'accept clients from any address (default: loopback only); unsafe on open networks',
    )
    .option('--json', 'print the listening line as JSON')
    .action(up);
  return broker;
}
