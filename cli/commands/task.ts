// `mctl task submit|ls|show|cancel|logs`: the controller's fleet task queue through its HTTP
// API (--controller, --token, as `mctl deploy`). `task submit --wait` follows the task to its
// end (polling GET /api/tasks/:id), prints the kept output and exits with the task's exit code.
// --device and --timeout are also global options of mctl: commander hands them to the
// program, so they are read with optsWithGlobals and --timeout only counts when typed.
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import type { TaskSummary } from '../../controller/api/task-routes.ts';
import type { Task, TaskLogs } from '../../controller/tasks/types.ts';
import { McError } from '../../proto/errors.ts';
import { parsePositiveInt } from '../args.ts';
import { duration, relative, table } from '../format.ts';
import { callApi } from './device.ts';
import { type ControllerApiOptions, withControllerOptions } from './release.ts';

const FINAL = new Set(['succeeded', 'failed', 'timeout', 'cancelled', 'lost']);
const POLL_MS = 250;
/** Exit codes of `task submit --wait` for tasks that ended without an exit code of their own. */
export const EXIT_TASK_TIMEOUT = 124;
export const EXIT_TASK_LOST = 125;
export const EXIT_TASK_CANCELLED = 130;

interface SubmitFlags {
  device?: string;
  tag: string[];
  priority: number;
  timeout?: number;
  retries?: number;
  retryFailed: boolean;
  maxParallel?: number;
  env: string[];
  cwd?: string;
  script?: string;
  interpreter?: string;
  name?: string;
  memoryLimitMb?: number;
  nice?: number;
  wait: boolean;
}

const path = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;
const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').filter(Boolean)];

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`expected a whole number, got ${value}`);
  return n;
}

function nonNegative(value: string): number {
  const n = integer(value);
  if (n < 0) throw new InvalidArgumentError(`expected a whole number ≥ 0, got ${value}`);
  return n;
}

function envOf(pairs: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new McError('MC_ERR_INVALID_ARGUMENT', `--env wants NAME=VALUE, got ${pair}`);
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return env;
}

function readScript(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', `cannot read --script ${file}: ${(err as Error).message}`);
  }
}

/** The root program's value of a global option, only when it was given on the command line. */
function typedGlobal(cmd: Command, name: string): unknown {
  let root = cmd;
  while (root.parent) root = root.parent;
  return root.getOptionValueSource(name) === 'cli' ? root.opts()[name] : undefined;
}

/** The exit code `task submit --wait` ends with. */
export function exitCodeOf(task: Pick<Task, 'state' | 'result'>): number {
  switch (task.state) {
    case 'succeeded':
      return 0;
    case 'timeout':
      return EXIT_TASK_TIMEOUT;
    case 'lost':
      return EXIT_TASK_LOST;
    case 'cancelled':
      return EXIT_TASK_CANCELLED;
    default:
      return task.result?.exit_code ?? 1;
  }
}

function line(t: Task): string {
  const where = t.result?.device ?? t.attempts[t.attempts.length - 1]?.device ?? '-';
  const exit = t.result?.exit_code ?? null;
  return `task ${t.id} ${t.state}${t.cancel_requested && !FINAL.has(t.state) ? ' (cancelling)' : ''} on ${where}, attempt ${t.attempts.length}/${t.retries + 1}${exit !== null ? `, exit code ${exit}` : ''}${t.error ? ` — ${t.error}` : ''}`;
}

function show(opts: ControllerApiOptions, t: Task): void {
  if (opts.json) return void process.stdout.write(`${JSON.stringify(t)}\n`);
  const rows = t.attempts.map((a) => [
    String(a.n),
    a.device,
    a.state,
    a.exit_code === null ? '-' : String(a.exit_code),
    a.duration_ms === null ? '-' : duration(a.duration_ms),
    a.run_id ?? '-',
    a.reason,
  ]);
  const dupes =
    t.duplicates.length > 0
      ? `\nduplicate reports: ${t.duplicates.map((d) => `attempt ${d.attempt} on ${d.device} ${d.state}`).join(', ')}`
      : '';
  process.stdout.write(
    `${line(t)}\n${table(['ATTEMPT', 'DEVICE', 'STATE', 'EXIT', 'TOOK', 'RUN', 'REASON'], rows)}${dupes}\n`,
  );
}

async function follow(opts: ControllerApiOptions, id: string): Promise<Task> {
  let last = '';
  for (;;) {
    const t = await callApi<Task>(opts, 'GET', path(id));
    const now = line(t);
    if (now !== last && !opts.json) process.stderr.write(`${now}\n`);
    last = now;
    if (FINAL.has(t.state)) return t;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function submit(argv: string[], o: SubmitFlags, cmd: Command): Promise<void> {
  const opts = cmd.optsWithGlobals<ControllerApiOptions & { device?: string }>();
  if (argv.length > 0 === (o.script !== undefined)) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'give a command after -- or --script FILE (one of them)');
  }
  const device = opts.device;
  if (device !== undefined && o.tag.length > 0) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'give --device or --tag, not both');
  }
  const timeout = typedGlobal(cmd, 'timeout') as number | undefined;
  const body = {
    ...(argv.length > 0 ? { argv } : { script: readScript(o.script ?? '') }),
    ...(o.interpreter !== undefined ? { interpreter: o.interpreter } : {}),
    ...(o.name !== undefined ? { name: o.name } : {}),
    ...(device !== undefined ? { device } : {}),
    ...(o.tag.length > 0 ? { tags: o.tag } : {}),
    priority: o.priority,
    ...(timeout !== undefined ? { timeout } : {}),
    ...(o.retries !== undefined ? { retries: o.retries } : {}),
    ...(o.retryFailed ? { retry_failed: true } : {}),
    ...(o.maxParallel !== undefined ? { max_parallel_per_device: o.maxParallel } : {}),
    ...(o.env.length > 0 ? { env: envOf(o.env) } : {}),
    ...(o.cwd !== undefined ? { cwd: o.cwd } : {}),
    ...(o.memoryLimitMb !== undefined ? { memory_limit_mb: o.memoryLimitMb } : {}),
    ...(o.nice !== undefined ? { cpu_nice: o.nice } : {}),
  };
  const created = await callApi<Task>(opts, 'POST', '/api/tasks', body);
  if (!o.wait) {
    if (opts.json) process.stdout.write(`${JSON.stringify(created)}\n`);
    else process.stdout.write(`${created.id}\n`);
    return;
  }
  if (!opts.json) process.stderr.write(`task ${created.id} queued\n`);
  const end = await follow(opts, created.id);
  if (opts.json) process.stdout.write(`${JSON.stringify(end)}\n`);
  else if (end.result?.output_tail) process.stdout.write(end.result.output_tail);
  process.exitCode = exitCodeOf(end);
}

async function list(
  opts: ControllerApiOptions,
  o: { state?: string; device?: string; limit: number; before?: string },
): Promise<void> {
  const q = new URLSearchParams({ limit: String(o.limit) });
  if (o.state) q.set('state', o.state);
  if (o.device) q.set('device', o.device);
  if (o.before) q.set('before', o.before);
  const page = await callApi<{ tasks: TaskSummary[]; next: string | null; counts: Record<string, number> }>(
    opts,
    'GET',
    `/api/tasks?${q}`,
  );
  if (opts.json) return void process.stdout.write(`${JSON.stringify(page)}\n`);
  const rows = page.tasks.map((t) => [
    t.id,
    t.state,
    String(t.priority),
    t.device ?? '-',
    String(t.attempts),
    t.exit_code === null ? '-' : String(t.exit_code),
    relative(t.created_ms),
    t.name || t.command,
  ]);
  const counts = Object.entries(page.counts)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  process.stdout.write(
    `${table(['ID', 'STATE', 'PRIO', 'DEVICE', 'TRIES', 'EXIT', 'CREATED', 'COMMAND'], rows)}\n${counts}${page.next ? ` — more: --before ${page.next}` : ''}\n`,
  );
}

export function taskCommand(): Command {
  const task = withControllerOptions(
    new Command('task').description('fleet tasks through the controller: submit | ls | show | cancel | logs'),
  );

  task
    .command('submit')
    .description(
      'queue a command (after --) or --script FILE; --device NAME, or --tag T to place by tags and load',
    )
    .argument('[command...]', 'program and arguments (put them after --)')
    .option('--script <file>', 'run this script file instead of a command')
    .option('--interpreter <path>', 'with --script: the interpreter (device default /bin/sh)')
    .option(
      '--tag <tag>',
      'place on a device carrying this tag (repeatable, or comma-separated)',
      collect,
      [],
    )
    .option('--priority <n>', 'higher runs first (-1000..1000)', integer, 0)
    .option('--retries <n>', 'further attempts after a lost one (default 2)', nonNegative)
    .option('--retry-failed', 'also retry an attempt that failed or timed out', false)
    .option('--max-parallel <n>', 'queue tasks at once per device (default 4)', parsePositiveInt)
    .option(
      '--env <NAME=VALUE>',
      'environment variable (repeatable)',
      (v: string, p: string[]) => [...p, v],
      [],
    )
    .option('--cwd <dir>', 'working directory on the device')
    .option('--memory-limit-mb <n>', 'memory limit of the run', parsePositiveInt)
    .option('--nice <n>', 'CPU nice value (-20..19)', integer)
    .option('--name <text>', 'a name shown in listings')
    .option('--wait', 'follow the task to its end, print its output, exit with its exit code', false)
    .addHelpText(
      'after',
      '\n--device NAME and --timeout SECONDS (the task timeout) are read from the global options.',
    )
    .action(async (argv: string[], o: SubmitFlags, cmd: Command) => submit(argv, o, cmd));

  task
    .command('ls')
    .description('tasks, newest first')
    .option(
      '--state <states>',
      'comma-separated: queued,dispatching,running,succeeded,failed,timeout,cancelled,lost',
    )
    .option('--limit <n>', 'at most this many', parsePositiveInt, 50)
    .option('--before <id>', 'the page after this task id')
    .action(async (o: { state?: string; limit: number; before?: string }, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ControllerApiOptions & { device?: string }>();
      await list(opts, { ...o, ...(opts.device ? { device: opts.device } : {}) });
    });

  task
    .command('show')
    .description('one task with every attempt')
    .argument('<id>')
    .option('--wait', 'follow it until it ends (exit with its exit code)', false)
    .action(async (id: string, o: { wait: boolean }, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ControllerApiOptions>();
      const t = o.wait ? await follow(opts, id) : await callApi<Task>(opts, 'GET', path(id));
      show(opts, t);
      if (o.wait) process.exitCode = exitCodeOf(t);
    });

  task
    .command('cancel')
    .description('cancel a queued task, or stop a running one')
    .argument('<id>')
    .option('--wait', 'wait until a running task has stopped', false)
    .action(async (id: string, o: { wait: boolean }, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ControllerApiOptions>();
      const t = await callApi<Task>(opts, 'POST', `${path(id)}/cancel`);
      show(opts, o.wait && !FINAL.has(t.state) ? await follow(opts, id) : t);
    });

  task
    .command('logs')
    .description("a task run's output, read from its device (else the kept tail)")
    .argument('<id>')
    .option('--attempt <n>', 'this attempt (default: the one whose result was kept)', parsePositiveInt)
    .option('--lines <n>', 'last N lines', parsePositiveInt, 200)
    .action(async (id: string, o: { attempt?: number; lines: number }, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ControllerApiOptions>();
      const q = new URLSearchParams({ lines: String(o.lines) });
      if (o.attempt !== undefined) q.set('attempt', String(o.attempt));
      const logs = await callApi<TaskLogs>(opts, 'GET', `${path(id)}/logs?${q}`);
      if (opts.json) return void process.stdout.write(`${JSON.stringify(logs)}\n`);
      if (logs.note) process.stderr.write(`mctl: ${logs.note}\n`);
      if (logs.lines.length > 0) process.stdout.write(`${logs.lines.join('\n')}\n`);
    });
  return task;
}
