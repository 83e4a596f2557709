// `mctl validate`: checks a config directory (daemon.yaml + workload files) without running
// anything, the same way the daemon checks it at start-up and on reload. Exit code 1 when
// there is any problem, so deploy scripts can gate on it.
import { Command } from 'commander';
import { formatProblem, summarizeProblems } from '../../device/config/problems.ts';

/** The config loader (YAML parser, zod schemas), loaded by the commands that use it only. */
function configLoader(): Promise<typeof import('../../device/config/loader.ts')> {
  return import('../../device/config/loader.ts');
}

interface ValidateOptions {
  configDir?: string;
  json?: boolean;
}

export const DEFAULT_CONFIG_DIR = './configs';

export function validateCommand(): Command {
  const command = new Command('validate')
    .description('check daemon.yaml and every workload file of --config-dir without running anything')
    .addHelpText(
      'after',
      '\nPrints one line per problem (file:line:column field: message) and a summary; exits 1 on any problem.',
    );
  command.action(async () => {
    // --config-dir and --json are options of the program, shared by every command.
    const opts = command.optsWithGlobals<ValidateOptions>();
    const dir = opts.configDir ?? DEFAULT_CONFIG_DIR;
    const { workloads, problems } = await (await configLoader()).loadConfigDir(dir);
    const ok = problems.length === 0;
    if (opts.json === true) {
      const names = workloads.map((workload) => workload.spec.name);
      process.stdout.write(`${JSON.stringify({ ok, config_dir: dir, workloads: names, problems })}\n`);
    } else {
      const lines = [...problems.map(formatProblem), summarizeProblems(problems, workloads.length)];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    if (!ok) process.exitCode = 1;
  });
  return command;
}
