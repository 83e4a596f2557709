// `mctl up`: runs the device daemon in the foreground (what systemd runs), or with
// --detach in the background. SIGTERM/SIGINT stop every workload gracefully, SIGHUP reloads
// the configuration. A crash leaves the workloads running; the next daemon re-adopts them.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import type { DeviceDaemon } from '../../device/daemon.ts';
import { McError, toErrorBody } from '../../proto/errors.ts';
import { DAEMON_NODE_FLAGS } from '../daemon-flags.ts';
import { createLogger } from '../logger.ts';
import { waitForShutdown } from '../shutdown.ts';

interface UpOptions {
  detach: boolean;
  logFile?: string;
}

interface Globals {
  configDir: string;
  dataDir?: string;
  socketPath: string;
  json: boolean;
  logLevel: string;
}

/** Re-runs `mctl up` without --detach in a new session, and returns once it reports ready. */
async function detach(argv: string[], logFile: string, json: boolean): Promise<void> {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = openSync(logFile, 'a');
  // argv[1] is the mctl entry script that runs us, in a checkout and in a built package alike.
  const args = [process.argv[1] ?? '', ...argv.filter((a) => a !== '--detach' && a !== '-d'), '--json'];
  // The daemon's own V8 flags (cli/daemon-flags.ts), as the systemd unit gives them.
  const child = spawn(process.execPath, [...DAEMON_NODE_FLAGS, ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', log],
  });
  const stdout = child.stdout;
  if (!stdout) throw new McError('MC_ERR_INTERNAL', 'no stdout pipe to the detached daemon');
  const lines = createInterface({ input: stdout });
  const ready = await new Promise<Record<string, unknown>>((resolveReady, reject) => {
    child.once('exit', (code) =>
      reject(
        new McError('MC_ERR_UNAVAILABLE', `the daemon exited with ${code} during start-up; see ${logFile}`),
      ),
    );
    lines.on('line', (line) => {
      try {
        resolveReady(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not the ready line
      }
    });
  });
  lines.close();
  stdout.destroy();
  child.unref();
  if (ready.error) throw new McError('MC_ERR_CONFIG', String((ready.error as { message?: string }).message));
  process.stdout.write(
    json
      ? `${JSON.stringify({ ...ready, log_file: logFile })}\n`
      : `daemon started (pid ${child.pid}), log: ${logFile}\n`,
  );
}

export function upCommand(): Command {
  return new Command('up')
    .description(
      'run the device daemon: supervise the workloads of --config-dir, serve mctl on --socket-path',
    )
    .option('-d, --detach', 'run in the background (log: --log-file, default <data_dir>/daemon.log)', false)
    .option('--log-file <file>', 'daemon log with --detach (default <data_dir>/daemon.log)')
    .action(async (opts: UpOptions, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      if (opts.detach) {
        // Default: beside the daemon's state, as daemon.yaml (or --data-dir) places it.
        const dataDir =
          globals.dataDir ??
          (
            await import('../../device/config/loader.ts').then((m) =>
              m.loadConfigDir(resolve(globals.configDir), { checkFiles: false }),
            )
          ).daemon.data_dir;
        const logFile = resolve(opts.logFile ?? join(dataDir, 'daemon.log'));
        await detach(process.argv.slice(2), logFile, globals.json);
        return;
      }
      const logger = createLogger(globals.logLevel, 'mctl-daemon');
      // Loaded here, not at the top: other mctl commands should not pay for the daemon's modules.
      const { DeviceDaemon } = await import('../../device/daemon.ts');
      const daemon = new DeviceDaemon({
        configDir: resolve(globals.configDir),
        dataDir: globals.dataDir,
        // The global default is the seed's /tmp/master_control.sock; only an explicit flag overrides daemon.yaml.
        socketPath:
          cmd.getOptionValueSourceWithGlobals('socketPath') === 'cli' ? globals.socketPath : undefined,
        logger,
      });
      // Signal handlers first: a SIGHUP or SIGTERM that arrives while starting (or right
      // after the ready line) must not hit Node's default action, which ends the process.
      // waitForShutdown also swallows signals after the first, so a second SIGTERM (systemd,
      // `timeout`, a Ctrl-C reaching the whole process group) cannot kill a graceful stop.
      let started = false;
      const onHup = () => {
        if (!started) {
          logger.warn('SIGHUP during start-up ignored: the configuration is being loaded now');
          return;
        }
        daemon
          .reload()
          .catch((err: unknown) =>
            logger.error({ err: toErrorBody(err) }, 'reload rejected; nothing changed'),
          );
      };
      process.on('SIGHUP', onHup);
      const stopRequested = Promise.race([
        waitForShutdown(),
        new Promise<string>((done) => daemon.once('shutdown-requested', () => done('shutdown command'))),
      ]);
      let info: Awaited<ReturnType<DeviceDaemon['start']>>;
      try {
        info = await daemon.start();
        started = true;
      } catch (err) {
        process.removeListener('SIGHUP', onHup);
        await daemon.stop().catch(() => {});
        if (globals.json)
          process.stdout.write(`${JSON.stringify({ event: 'failed', error: toErrorBody(err) })}\n`);
        throw err;
      }
      process.stdout.write(
        globals.json
          ? `${JSON.stringify({ event: 'ready', pid: process.pid, ...info })}\n`
          : `device ${info.device}: ${info.workloads} workloads, control socket ${info.socketPath} (Ctrl-C stops)\n`,
      );
      const reason = await stopRequested;
      logger.info({ reason }, 'stopping');
      process.removeListener('SIGHUP', onHup);
      await daemon.stop();
    });
}
