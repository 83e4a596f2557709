// `mctl run <name>`: runs one workload once in the foreground, exactly as the daemon would
// launch it (argv, env, MC_PARAMS, cwd, limits, timeout) but with its output on this
// terminal, and exits with its exit code. No daemon needed; nothing is recorded.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { formatProblem } from '../../device/config/problems.ts';
import { systemClock } from '../../device/supervisor/clock.ts';
import { detectContainerEngineOnce } from '../../device/supervisor/container.ts';
import { planLaunch } from '../../device/supervisor/launch.ts';
import { terminateGroup } from '../../device/supervisor/process-group-control.ts';
import { McError } from '../../proto/errors.ts';
import { parsePositiveInt } from '../args.ts';

/** The config loader (YAML parser, zod schemas), loaded by the commands that use it only. */
function configLoader(): Promise<typeof import('../../device/config/loader.ts')> {
  return import('../../device/config/loader.ts');
}

/** Exit code of a run killed by its timeout, as timeout(1) uses. */
export const TIMEOUT_EXIT_CODE = 124;

export function runCommand(): Command {
  return new Command('run')
    .description('run one workload once in the foreground, without a daemon, and exit with its exit code')
    .argument('<name>', 'workload name')
    .option('--timeout <seconds>', "override the workload's timeout", parsePositiveInt)
    .action(async (name: string, opts: { timeout?: number }, cmd: Command) => {
      const { configDir } = cmd.optsWithGlobals<{ configDir: string }>();
      const set = await (await configLoader()).loadConfigDir(resolve(configDir));
      const loaded = set.workloads.find((w) => w.spec.name === name);
      const own = set.problems.filter((p) => !loaded || p.file === loaded.file);
      if (!loaded) {
        const known = set.workloads.map((w) => w.spec.name).join(', ') || 'none';
        const why = own.length ? `; problems:\n${own.map(formatProblem).join('\n')}` : ` (known: ${known})`;
        throw new McError('MC_ERR_NOT_FOUND', `no valid workload named ${name} in ${configDir}${why}`);
      }
      const plan = planLaunch(loaded, {
        runId: randomBytes(6).toString('hex'),
        rlimitAs: 'auto',
        engine: loaded.spec.runtime === 'container' ? await detectContainerEngineOnce() : null,
      });
      for (const note of plan.notes) process.stderr.write(`mctl run: ${note}\n`);
      // Its own process group, like under the daemon, so a timeout or Ctrl-C stops grandchildren too.
      const child = spawn(plan.file, plan.args, {
        cwd: plan.cwd,
        env: plan.env,
        stdio: 'inherit',
        detached: true,
      });
      const graceMs = loaded.spec.stop_timeout * 1000;
      let timedOut = false;
      const stop = () => void terminateGroup(child.pid ?? 0, graceMs, systemClock);
      const onSignal = () => stop();
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const timeoutS = opts.timeout ?? loaded.spec.timeout;
      const timer =
        timeoutS === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              process.stderr.write(`mctl run: ${name} exceeded its timeout of ${timeoutS} s; stopping it\n`);
              stop();
            }, timeoutS * 1000);
      const code = await new Promise<number>((done, fail) => {
        child.once('error', (err) =>
          fail(new McError('MC_ERR_SPAWN', `cannot start ${name}: ${err.message}`)),
        );
        child.once('exit', (exitCode, signal) => {
          if (timedOut) done(TIMEOUT_EXIT_CODE);
          else if (signal) done(128 + (signalNumber(signal) ?? 1));
          else done(exitCode ?? 1);
        });
      });
      if (timer) clearTimeout(timer);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      process.exitCode = code;
    });
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  const numbers: Partial<Record<NodeJS.Signals, number>> = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGKILL: 9,
    SIGTERM: 15,
    SIGSEGV: 11,
  };
  return numbers[signal];
}
