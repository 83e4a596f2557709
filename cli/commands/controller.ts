// `mctl controller up`: runs the controller in the foreground: embedded broker (unless
// controller.yaml names an external one), fleet store, HTTP API, live feed and dashboard.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { createLogger } from '../logger.ts';
import { waitForShutdown } from '../shutdown.ts';
import { VERSION } from '../version.ts';

interface UpOptions {
  config?: string;
}

/** The built dashboard, when `npm run build` has produced it. */
export function dashboardDir(): string | undefined {
  const dir = resolve(new URL('../../ui/dist', import.meta.url).pathname);
  return existsSync(dir) ? dir : undefined;
}

export function controllerCommand(): Command {
  const controller = new Command('controller').description('the fleet controller');
  controller
    .command('up')
    .description('run the controller in the foreground until SIGINT/SIGTERM')
    .option('-c, --config <file>', 'controller.yaml (default: <config-dir>/controller.yaml when it exists)')
    .action(async (opts: UpOptions, cmd: Command) => {
      const globals = cmd.optsWithGlobals<{ configDir: string; json: boolean; logLevel: string }>();
      const fallback = resolve(globals.configDir, 'controller.yaml');
      const file = opts.config ? resolve(opts.config) : existsSync(fallback) ? fallback : undefined;
      // Loaded here: the controller's modules (Fastify, the broker…) are for this command only.
      const { loadControllerConfig } = await import('../../controller/config/load.ts');
      const { Controller } = await import('../../controller/controller.ts');
      const config = await loadControllerConfig(file);
      const logger = createLogger(globals.logLevel ?? config.log_level, 'mctl-controller');
      const ui = dashboardDir();
      const instance = new Controller({ config, logger, version: VERSION, ...(ui ? { uiDir: ui } : {}) });
      const shutdown = waitForShutdown();
      const addresses = await instance.start();
      const shown = config.token_source === 'generated' ? config.api_token : undefined;
      if (globals.json) {
        process.stdout.write(
          `${JSON.stringify({ event: 'listening', pid: process.pid, ...addresses, data_dir: config.data_dir, token_source: config.token_source, ...(shown ? { api_token: shown } : {}) })}\n`,
        );
      } else {
        const lines = [
          `controller ${VERSION}: API and dashboard on ${addresses.http}`,
          addresses.mqtt
            ? `embedded MQTT broker on ${addresses.mqtt}${addresses.ws ? ` and ${addresses.ws}` : ''}`
            : 'using the external broker',
          `data in ${config.data_dir}`,
          shown
            ? `operator token (generated, kept in ${config.data_dir}/api-token): ${shown}`
            : `operator token from ${config.token_source === 'data_dir' ? `${config.data_dir}/api-token` : config.token_source}`,
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      await shutdown;
      await instance.stop();
    });
  return controller;
}
