// The `mctl` program: global options and the subcommands. Each subcommand lives in
// cli/commands/<name>.ts and exports a factory returning a commander Command.
import { Command, CommanderError, Option } from 'commander';
import { McError, toErrorBody } from '../proto/errors.ts';
import { parsePositiveInt } from './args.ts';
import { brokerCommand } from './commands/broker.ts';
import { controllerCommand } from './commands/controller.ts';
import { demoCommand } from './commands/demo.ts';
import { deployCommand, deploymentsCommand } from './commands/deploy.ts';
import { deviceCommand } from './commands/device.ts';
import { execCommand } from './commands/exec.ts';
import { fleetCommand } from './commands/fleet.ts';
import { releaseCommand } from './commands/release.ts';
import { runCommand } from './commands/run.ts';
import { subCommand } from './commands/sub.ts';
import { taskCommand } from './commands/task.ts';
import { upCommand } from './commands/up.ts';
import { validateCommand } from './commands/validate.ts';
import { workloadCommands } from './commands/workloads.ts';
import { LOG_LEVELS } from './logger.ts';
import { VERSION } from './version.ts';

export function buildProgram(): Command {
  const program = new Command('mctl')
    .description('Master Control: run and supervise workloads on a fleet of devices over MQTT')
    // No commander .version(): its --version is caught anywhere on the line, which swallowed
    // `mctl release create DIR --version 1.2`. main() answers a leading -V/--version instead.
    .addHelpText('before', `mctl ${VERSION} (mctl --version prints only the version)`)
    .option(
      '--config-dir <dir>',
      'workload configuration directory',
      process.env.MC_CONFIG_DIR ?? './configs',
    )
    .option('--data-dir <dir>', 'state directory (LMDB, logs, broker persistence)', process.env.MC_DATA_DIR)
    .option(
      '--socket-path <path>',
      'Unix socket of the local device daemon',
      process.env.MC_SOCKET_PATH ?? '/tmp/master_control.sock',
    )
    .option('--json', 'machine-readable JSON output', false)
    .option('--device <name>', 'talk to this device over the fleet broker instead of the local daemon')
    .option(
      '--broker <url>',
      'fleet broker URL, mqtt[s]:// or ws[s]:// (env MC_BROKER_URL, default mqtt://127.0.0.1:1883)',
    )
    .option('--username <name>', 'broker user name (env MC_BROKER_USERNAME)')
    .option('--password <secret>', 'broker password (env MC_BROKER_PASSWORD)')
    .option('--ca <file>', 'CA certificate (PEM) that signed the broker certificate')
    .option('--timeout <seconds>', 'how long to wait for a reply', parsePositiveInt, 10)
    .option(
      '--expires <seconds>',
      'with --device: how long a command queued for an offline device stays valid (default 600)',
      parsePositiveInt,
    )
    .addOption(
      new Option('--log-level <level>', 'log level of long-running commands (logs go to stderr)')
        .choices(LOG_LEVELS)
        .default(process.env.MC_LOG_LEVEL ?? 'info'),
    )
    .showHelpAfterError('(run with --help for usage)');

  program.addCommand(brokerCommand());
  program.addCommand(subCommand());
  program.addCommand(validateCommand());
  program.addCommand(upCommand());
  program.addCommand(runCommand());
  program.addCommand(demoCommand());
  program.addCommand(fleetCommand());
  program.addCommand(controllerCommand());
  program.addCommand(deviceCommand());
  program.addCommand(releaseCommand());
  program.addCommand(deployCommand());
  program.addCommand(deploymentsCommand());
  program.addCommand(taskCommand());
  program.addCommand(execCommand());
  for (const command of workloadCommands()) program.addCommand(command);
  return program;
}

async function main(argv: string[]): Promise<number> {
  if (argv[2] === '--version' || argv[2] === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version arrive here too, with exit code 0.
      return err.exitCode;
    }
    const json = program.opts<{ json?: boolean }>().json === true;
    const body = toErrorBody(err);
    if (json) process.stdout.write(`${JSON.stringify({ error: body })}\n`);
    else process.stderr.write(`mctl: ${body.message}${err instanceof McError ? ` (${body.code})` : ''}\n`);
    if (!(err instanceof McError) && process.env.MC_DEBUG) console.error(err);
    return err instanceof McError && err.code === 'MC_ERR_UNAVAILABLE' ? 3 : 1;
  }
}

const code = await main(process.argv);
// Long-running commands (broker up, sub, demo) resolve only when they are done; a short
// command's open handles must not keep the process alive after its answer.
process.exit(code);
