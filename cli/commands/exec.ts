// `mctl exec`: runs a command or a script on the device (the local daemon, or --device over
// the fleet broker) as a task run, streams its output and exits with its exit code. The same
// command inspects runs: `mctl exec status|logs|stop RUN_ID` and `mctl exec ls`. Words after
// `--` are always the command to run, so `mctl exec -- ls` runs ls.
import { readFileSync, statSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { MAX_SCRIPT_BYTES } from '../../device/tasks/exec-spec.ts';
import { cliExitCode } from '../../device/tasks/task-record.ts';
import { type MessageInput, type mc, toPlain } from '../../proto/codec.ts';
import type { CommandAction } from '../../proto/command-client.ts';
import { McError } from '../../proto/errors.ts';
import { parsePositiveInt } from '../args.ts';
import { duration, table } from '../format.ts';
import { connectTarget, type Target, type TargetOptions } from '../target.ts';
import { followRun, replyError } from './exec-follow.ts';

interface Globals extends TargetOptions {
  json: boolean;
}

interface ExecOptions {
  script?: string;
  interpreter?: string;
  memory?: number;
  nice?: number;
  env: string[];
  cwd?: string;
  image?: string;
  rootfs?: string;
  cpus?: number;
  mount: string[];
  detach: boolean;
  lines: number;
  follow: boolean;
  task?: string;
  limit: number;
}

const SUBCOMMANDS = new Set(['status', 'logs', 'stop', 'ls']);
const REPLY_TIMEOUT_MS = 30_000;

const collect = (value: string, previous: string[]) => [...previous, value];

function parseNice(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -20 || n > 19)
    throw new InvalidArgumentError('must be an integer from -20 to 19');
  return n;
}

function parseCpus(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number (e.g. 0.5)');
  return n;
}

function envOf(pairs: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new McError('MC_ERR_INVALID_ARGUMENT', `--env ${pair}: expected NAME=value`);
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return env;
}

function mountsOf(specs: readonly string[]): { source: string; target: string; read_only: boolean }[] {
  return specs.map((spec) => {
    const [source, target, mode, ...rest] = spec.split(':');
    if (!source || !target || rest.length > 0 || (mode !== undefined && mode !== 'ro' && mode !== 'rw')) {
      throw new McError('MC_ERR_INVALID_ARGUMENT', `--mount ${spec}: expected SOURCE:TARGET[:ro]`);
    }
    return { source, target, read_only: mode === 'ro' };
  });
}

function scriptOf(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (err) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', `--script ${file}: ${(err as Error).message}`);
  }
  if (size > MAX_SCRIPT_BYTES) {
    throw new McError('MC_ERR_LIMIT', `--script ${file} is ${size} bytes (at most ${MAX_SCRIPT_BYTES})`);
  }
  return readFileSync(file, 'utf8');
}

/** The ExecCmd of `mctl exec [options] -- CMD…`; --timeout (a global option) is the run's time limit here. */
export function execRequest(
  argv: readonly string[],
  opts: ExecOptions,
  timeoutS: number | undefined,
): NonNullable<MessageInput<'cmd'>['exec']> {
  if (opts.script && argv.length > 0) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'give a command after -- or --script FILE, not both');
  }
  if (!opts.script && argv.length === 0) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'nothing to run: mctl exec [options] -- CMD [ARGS…]');
  }
  return {
    argv: [...argv],
    ...(opts.script ? { script: scriptOf(opts.script) } : {}),
    ...(opts.interpreter ? { interpreter: opts.interpreter } : {}),
    ...(timeoutS ? { timeout_s: timeoutS } : {}),
    ...(opts.memory ? { memory_limit_mb: opts.memory } : {}),
    ...(opts.nice ? { cpu_nice: opts.nice } : {}),
    env: envOf(opts.env),
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
    ...(opts.image ? { image: opts.image } : {}),
    ...(opts.rootfs ? { rootfs: opts.rootfs } : {}),
    ...(opts.cpus ? { cpu_limit: opts.cpus } : {}),
    mounts: mountsOf(opts.mount),
  };
}

function statusLine(s: mc.v1.ExecStatus): string {
  const exit = s.exit_code !== undefined && s.exit_code !== null ? `exit ${s.exit_code}` : s.signal || '-';
  return `${s.run_id}: ${s.state} (${exit}) after ${duration(Number(s.duration_ms))}${s.message ? ` — ${s.message}` : ''}`;
}

async function withTarget<T>(cmd: Command, act: (t: Target, g: Globals) => Promise<T>): Promise<T> {
  const globals = cmd.optsWithGlobals<Globals>();
  const target = await connectTarget(globals);
  try {
    return await act(target, globals);
  } finally {
    await target.close();
  }
}

async function ask(t: Target, action: CommandAction) {
  const reply = await t.send(action, { timeoutMs: REPLY_TIMEOUT_MS });
  if (!reply.ok) throw replyError(t.device, reply);
  return reply;
}

let stdoutState: 'unwatched' | 'open' | 'closed' = 'unwatched';
/** Output piped into e.g. `head` may close early: the follow goes on quietly (the run is not ours to stop). */
function write(text: string): void {
  if (stdoutState === 'closed') return;
  if (stdoutState === 'unwatched') {
    stdoutState = 'open';
    process.stdout.on('error', () => {
      stdoutState = 'closed';
    });
  }
  process.stdout.write(`${text}\n`);
}

async function runSubcommand(cmd: Command, word: string, args: string[], opts: ExecOptions): Promise<void> {
  const runId = args[0] ?? '';
  if (word !== 'ls' && (!runId || args.length > 1)) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', `usage: mctl exec ${word} RUN_ID`);
  }
  await withTarget(cmd, async (t, g) => {
    if (word === 'logs' && opts.follow) {
      const print = lineWriter(g.json, runId);
      const { status } = await followRun(t, runId, print);
      if (status) process.exitCode = cliExitCode(status as mc.v1.ExecStatus);
      return;
    }
    const action: CommandAction =
      word === 'status'
        ? { exec_status: { run_id: runId } }
        : word === 'stop'
          ? { exec_stop: { run_id: runId } }
          : word === 'logs'
            ? { logs: { run_id: runId, lines: opts.lines } }
            : { exec_list: { task_id: opts.task ?? '', limit: opts.limit } };
    const reply = await ask(t, action);
    if (g.json) return write(JSON.stringify(toPlain('reply', reply)));
    const status = reply.exec_status as mc.v1.ExecStatus | null | undefined;
    if (status) return write(`${statusLine(status)}\n${status.output_tail}`.trimEnd());
    if (reply.logs) return write((reply.logs.lines ?? []).join('\n'));
    const runs = (reply.exec_list?.runs ?? []) as mc.v1.ExecStatus[];
    write(
      runs.length === 0
        ? 'no task runs'
        : table(
            ['run', 'state', 'exit', 'started', 'took', 'task', 'command'],
            runs.map((r) => [
              r.run_id,
              r.state,
              r.exit_code !== undefined && r.exit_code !== null ? String(r.exit_code) : r.signal || '-',
              new Date(Number(r.started_ms)).toISOString(),
              duration(Number(r.duration_ms)),
              r.task_id || '-',
              r.command,
            ]),
          ),
    );
  });
}

function lineWriter(json: boolean, runId: string): (lines: readonly string[]) => void {
  return (lines) => {
    for (const line of lines) write(json ? JSON.stringify({ run_id: runId, line }) : line);
  };
}

async function runExec(cmd: Command, argv: string[], opts: ExecOptions): Promise<void> {
  const program = cmd.parent;
  const timeoutGiven = program?.getOptionValueSource('timeout') === 'cli';
  const timeoutS = timeoutGiven ? cmd.optsWithGlobals<Globals>().timeout : undefined;
  const request = execRequest(argv, opts, timeoutS);
  await withTarget(cmd, async (t, g) => {
    const started = await t.send({ exec: request }, { timeoutMs: REPLY_TIMEOUT_MS });
    if (!started.ok && started.error?.code === 'MC_ERR_SPAWN') {
      // Like a shell: a command that cannot be started is 127.
      process.stderr.write(`mctl: ${t.device}: ${started.error.message}\n`);
      process.exitCode = 127;
      return;
    }
    if (!started.ok) throw replyError(t.device, started);
    const runId = started.exec?.run_id ?? '';
    if (opts.detach) {
      write(g.json ? JSON.stringify({ run_id: runId, pid: started.exec?.pid ?? 0 }) : runId);
      return;
    }
    if (process.stderr.isTTY)
      process.stderr.write(`mctl: ${t.via}: run ${runId} (pid ${started.exec?.pid ?? '-'})\n`);
    const { status: followed } = await followRun(t, runId, lineWriter(g.json, runId));
    const status = followed as mc.v1.ExecStatus | undefined;
    if (!status) {
      process.stderr.write(
        `mctl: stopped following; run ${runId} goes on (mctl exec status ${runId}, mctl exec stop ${runId})\n`,
      );
      process.exitCode = 130;
      return;
    }
    if (g.json) write(JSON.stringify({ status: { ...status, output_tail: undefined } }));
    const code = cliExitCode(status);
    if (code !== 0 || status.state !== 'succeeded') process.stderr.write(`mctl: ${statusLine(status)}\n`);
    process.exitCode = code;
  });
}

/** Whether `word` came before a `--` on the command line (then it names a subcommand). */
function isSubcommandWord(word: string | undefined): word is string {
  if (word === undefined || !SUBCOMMANDS.has(word)) return false;
  const raw = process.argv;
  const at = raw.indexOf('exec');
  const dashes = raw.indexOf('--', at + 1);
  return dashes < 0 || raw.indexOf(word, at + 1) < dashes;
}

export function execCommand(): Command {
  return new Command('exec')
    .description(
      'run a command or a script on the device as a task run; stream its output and exit with its code',
    )
    .usage(
      '[options] -- CMD [ARGS…]\n       mctl exec status|stop RUN_ID | logs RUN_ID [-f] | ls [--task ID]',
    )
    .argument('[command...]', 'the command to run (after --), or status|logs|stop RUN_ID, or ls')
    .option(
      '--script <file>',
      `run this script file (at most ${MAX_SCRIPT_BYTES / 1024} KiB) instead of a command`,
    )
    .option('--interpreter <path>', 'interpreter of --script (default /bin/sh)')
    .option(
      '--memory <mb>',
      'memory limit: RLIMIT_AS and the RSS watchdog (container: --memory)',
      parsePositiveInt,
    )
    .option('--nice <n>', 'CPU nice level, -20..19', parseNice)
    .option('--env <name=value>', 'environment variable (repeatable)', collect, [])
    .option('--cwd <dir>', 'working directory on the device (absolute)')
    .option(
      '--image <name>',
      'run in a container from this local image (needs podman or docker on the device)',
    )
    .option(
      '--rootfs <dir>',
      'run in a container from this root file system directory on the device (podman)',
    )
    .option('--cpus <n>', 'CPU limit of the container, e.g. 0.5', parseCpus)
    .option('--mount <src:dst[:ro]>', 'bind mount into the container (repeatable)', collect, [])
    .option('-d, --detach', 'print the run id and return at once (no output, exit 0)', false)
    .option('-n, --lines <n>', 'exec logs: how many lines', parsePositiveInt, 50)
    .option('-f, --follow', 'exec logs: keep printing until the run ends (Ctrl-C stops following)', false)
    .option('--task <id>', 'exec ls: only the runs of this task id')
    .option('--limit <n>', 'exec ls: how many runs', parsePositiveInt, 50)
    .addHelpText(
      'after',
      `
The global --timeout <seconds> is the run's time limit here (default: none); at the limit the
daemon kills the run's whole process group. Without --device the local daemon runs it; with
--device NAME it runs on that device over the fleet broker.

Exit code: the run's own exit code; 128+N when it died of signal N; 124 when it exceeded its
timeout; 137 when stopped at its memory limit; 127 when it could not be started; 125 when its
exit status is unknown (it outlived a daemon restart); 130 after Ctrl-C.

Ctrl-C stops following the output; the run itself goes on (stop it with mctl exec stop RUN_ID).
Words after -- are always the command: mctl exec -- ls runs ls; mctl exec ls lists runs.

Examples:
  mctl exec -- uname -a
  mctl exec --device sensor-7 --timeout 60 --memory 128 -- ./collect.sh --all
  mctl exec --script ./fix.sh --env LEVEL=2
  mctl exec --rootfs /srv/rootfs --memory 64 -- /bin/sh -c 'echo in a container'
  mctl exec status t0mwsjl2w2dca2ae`,
    )
    .action(async (words: string[], opts: ExecOptions, cmd: Command) => {
      const [first, ...rest] = words;
      if (isSubcommandWord(first)) return runSubcommand(cmd, first, rest, opts);
      return runExec(cmd, words, opts);
    });
}
