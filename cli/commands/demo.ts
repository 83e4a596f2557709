// `mctl demo` (what `npm start` runs): the one-machine demo. A controller with its embedded
// broker, and three device daemons (separate processes, own data dirs under --dir) that are
// registered automatically and run the example workloads. Ctrl-C stops everything.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { McError } from '../../proto/errors.ts';
import { parsePort } from '../args.ts';
import { createLogger } from '../logger.ts';
import { waitForShutdown } from '../shutdown.ts';
import { VERSION } from '../version.ts';
import { dashboardDir } from './controller.ts';

interface DemoOptions {
  port: number;
  mqttPort: number;
  dir: string;
  devices: number;
}

const EXAMPLES = fileURLToPath(new URL('../../configs/examples', import.meta.url));
const TAGS = [
  ['lab', 'north'],
  ['lab', 'south'],
  ['field', 'south'],
];

/** A config dir for one demo device: the example workloads and programs, plus its daemon.yaml. */
function writeDeviceConfig(
  root: string,
  name: string,
  i: number,
  broker: string[],
  password: string,
): string {
  const configDir = join(root, 'configs');
  mkdirSync(configDir, { recursive: true });
  for (const file of readdirSync(EXAMPLES)) {
    if (file !== 'daemon.yaml') cpSync(join(EXAMPLES, file), join(configDir, file), { recursive: true });
  }
  const daemon = {
    device_name: name,
    data_dir: join(root, 'data'),
    socket_path: join(root, 'mctl.sock'),
    fleet: {
      broker_url: broker,
      username: name,
      password,
      heartbeat_interval: 5,
      keepalive: 10,
      tags: TAGS[i % TAGS.length],
    },
  };
  // JSON is YAML: no YAML writer in mctl's main module (every command, the daemon too, loads it).
  writeFileSync(
    join(configDir, 'daemon.yaml'),
    `# written by mctl demo\n${JSON.stringify(daemon, null, 2)}\n`,
    {
      mode: 0o600,
    },
  );
  return configDir;
}

/** Starts `mctl up` for one device and resolves once it reports ready. */
async function startDevice(configDir: string, logFile: string): Promise<ChildProcess> {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [process.argv[1] ?? '', 'up', '--config-dir', configDir, '--json'], {
    stdio: ['ignore', 'pipe', log],
  });
  const stdout = child.stdout;
  if (!stdout) throw new McError('MC_ERR_INTERNAL', 'no stdout pipe to a demo device');
  const lines = createInterface({ input: stdout });
  await new Promise<void>((ready, fail) => {
    child.once('exit', (code) =>
      fail(new McError('MC_ERR_UNAVAILABLE', `a demo device exited with ${code}; see ${logFile}`)),
    );
    lines.on('line', (line) => {
      if (line.includes('"ready"')) ready();
      else if (line.includes('"failed"'))
        fail(new McError('MC_ERR_CONFIG', `a demo device failed to start: ${line}`));
    });
  });
  return child;
}

async function stopDevice(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM'); // graceful: the daemon stops its workloads first
  await exited;
}

export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'run the one-machine demo: controller + embedded broker + 3 device daemons (what `npm start` runs)',
    )
    .option('--port <port>', 'HTTP port of the API and dashboard', parsePort, 8080)
    .option('--mqtt-port <port>', 'MQTT port of the embedded broker', parsePort, 1883)
    .option('--devices <n>', 'how many device daemons', (v) => Math.max(1, Math.min(10, Number(v) || 3)), 3)
    .option('--dir <dir>', 'directory for all demo state', './.demo')
    .action(async (opts: DemoOptions, cmd: Command) => {
      const globals = cmd.optsWithGlobals<{ logLevel: string; json: boolean }>();
      const dir = resolve(opts.dir);
      const logger = createLogger(globals.logLevel === 'info' ? 'warn' : globals.logLevel, 'mctl-demo');
      const { controllerConfigFrom } = await import('../../controller/config/load.ts');
      const { Controller } = await import('../../controller/controller.ts');
      const config = controllerConfigFrom(
        {
          data_dir: 'controller',
          port: opts.port,
          // The demo dashboard is readable without the token; every change still needs it.
          read_auth: 'open',
          broker: { mqtt_port: opts.mqttPort },
        },
        dir,
      );
      const ui = dashboardDir();
      const controller = new Controller({ config, logger, version: VERSION, ...(ui ? { uiDir: ui } : {}) });
      const shutdown = waitForShutdown();
      const devices: ChildProcess[] = [];
      try {
        const addresses = await controller.start();
        const registry = controller.registry;
        if (!registry) throw new McError('MC_ERR_INTERNAL', 'the controller has no registry');
        const brokerUrls = controller.deviceBrokerUrls();
        for (let i = 0; i < opts.devices; i++) {
          const name = `demo-${i + 1}`;
          // Re-running the demo rotates the password: the plaintext of the old one is gone.
          const creds = registry.get(name)
            ? await registry.rotate(name, { brokerUrls })
            : await registry.add(name, { brokerUrls, tags: TAGS[i % TAGS.length] ?? [] });
          const root = join(dir, 'devices', name);
          const configDir = writeDeviceConfig(root, name, i, brokerUrls, creds.password);
          devices.push(await startDevice(configDir, join(root, 'daemon.log')));
        }
        const ready = {
          event: 'ready',
          ...addresses,
          api_token: config.api_token,
          devices: opts.devices,
          dir,
        };
        if (globals.json) process.stdout.write(`${JSON.stringify(ready)}\n`);
        else {
          const mqtt = addresses.mqtt ?? '';
          process.stdout.write(
            [
              '',
              `Master Control demo: ${opts.devices} devices, controller ${VERSION}`,
              '',
              `  dashboard     ${addresses.http}`,
              `  API           ${addresses.http}/api/fleet/clients   (OpenAPI: /api/openapi.json, metrics: /metrics)`,
              `  MQTT broker   ${mqtt}${addresses.ws ? ` and ${addresses.ws}` : ''}`,
              `  operator token ${config.api_token}`,
              '',
              'Try, in another terminal:',
              `  export MC_BROKER_URL=${mqtt} MC_BROKER_USERNAME=operator MC_BROKER_PASSWORD=${config.api_token} MC_API_TOKEN=${config.api_token}`,
              '  node bin/mctl.js fleet ls',
              '  node bin/mctl.js --device demo-1 list',
              '  node bin/mctl.js --device demo-2 logs ticker-service -f',
              `  node bin/mctl.js --socket-path ${join(dir, 'devices', 'demo-3', 'mctl.sock')} status flaky-service`,
              "  node bin/mctl.js sub 'mc/+/events'",
              '',
              `State and logs are in ${dir}. Press Ctrl-C to stop everything.`,
              '',
            ].join('\n'),
          );
        }
        await shutdown;
      } finally {
        await Promise.all(devices.map(stopDevice));
        await controller.stop();
      }
    });
}
