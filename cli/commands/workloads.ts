// Workload commands of mctl: list, start, stop, restart, status, logs, reload, down. They
// talk to the local daemon over its socket, or with --device to a device over the fleet
// broker; both are the same Command/Reply exchange (cli/target.ts).
import { Command } from 'commander';
import { type mc, toPlain } from '../../proto/codec.ts';
import type { CommandAction, Reply } from '../../proto/command-client.ts';
import { McError } from '../../proto/errors.ts';
import { workloadStatusName } from '../../proto/names.ts';
import { parsePositiveInt } from '../args.ts';
import { duration, relative, table } from '../format.ts';
import { connectTarget, type Target, type TargetOptions } from '../target.ts';
import { followLogs } from './logs-follow.ts';

interface Globals extends TargetOptions {
  json: boolean;
}

// Decoded nested messages are instances with every field defaulted, so the class types
// (not the optional-field $Properties the oneof is typed with) describe them exactly.
type WorkloadState = mc.v1.WorkloadState;
type RunRecord = mc.v1.RunRecord;

/**
 * Connects, sends one command, prints its reply, closes; a failed reply is thrown as its
 * McError. `after` runs between the reply and the close (e.g. waiting for the daemon to exit).
 */
async function exchange(
  cmd: Command,
  action: CommandAction,
  print: (reply: Reply, t: Target) => string,
  after?: (t: Target) => Promise<void>,
): Promise<void> {
  const globals = cmd.optsWithGlobals<Globals>();
  const target = await connectTarget(globals);
  try {
    const reply = await target.send(action);
    if (!reply.ok) {
      const code = reply.error?.code ?? 'MC_ERR_INTERNAL';
      throw new McError(
        code as McError['code'],
        `${target.device}: ${reply.error?.message ?? 'command failed'}`,
      );
    }
    if (after) await after(target);
    const text = globals.json ? JSON.stringify(toPlain('reply', reply)) : print(reply, target);
    if (text) process.stdout.write(`${text}\n`);
  } finally {
    await target.close();
  }
}

/** The local daemon closes its socket once every workload has stopped; wait for that. */
function socketClosed(t: Target, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new McError('MC_ERR_TIMEOUT', `the daemon is still stopping after ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    t.mqtt.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function stateLine(s: WorkloadState): string {
  const exit = s.last_exit_code ?? (s.last_signal ? s.last_signal : '-');
  return `${s.name}: ${workloadStatusName(s.status)}${s.pid ? ` (pid ${s.pid})` : ''}, ${s.run_count} runs, last exit ${exit}`;
}

export function workloadsTable(states: readonly WorkloadState[], now = Date.now()): string {
  const rows = states.map((s) => [
    s.name,
    s.type,
    s.run_mode,
    workloadStatusName(s.status),
    s.pid ? String(s.pid) : '-',
    s.max_runs ? `${s.run_count}/${s.max_runs}` : String(s.run_count),
    String(s.restarts),
    s.last_exit_code !== undefined && s.last_exit_code !== null
      ? String(s.last_exit_code)
      : s.last_signal || '-',
    s.status === 3 && s.last_started_ms
      ? duration(now - s.last_started_ms)
      : relative(s.next_run_ms || s.backoff_until_ms, now),
  ]);
  return rows.length === 0
    ? 'no workloads configured'
    : table(['name', 'type', 'mode', 'status', 'pid', 'runs', 'restarts', 'last exit', 'up / next'], rows);
}

const nameArg = (c: Command) => c.argument('<name>', 'workload name');

export function workloadCommands(): Command[] {
  const list = new Command('list')
    .alias('ls')
    .description('list the workloads of the daemon and their state')
    .action((_o, cmd: Command) =>
      exchange(
        cmd,
        { list: {} },
        (r, t) => `${t.via}\n${workloadsTable((r.workloads?.workloads ?? []) as WorkloadState[])}`,
      ),
    );

  const simple = (verb: 'start' | 'stop' | 'restart', description: string) =>
    nameArg(new Command(verb))
      .description(description)
      .action((name: string, _o, cmd: Command) =>
        exchange(cmd, { [verb]: { workload: name } } as CommandAction, (r) =>
          r.workload ? stateLine(r.workload as WorkloadState) : `${verb} ${name}: ok`,
        ),
      );

  const status = nameArg(new Command('status'))
    .description('state of one workload and its recent runs')
    .option('--runs <n>', 'how many recent runs to show', parsePositiveInt, 10)
    .action((name: string, opts: { runs: number }, cmd: Command) =>
      exchange(cmd, { status: { workload: name, runs: opts.runs } }, (r) => {
        const state = r.detail?.state as WorkloadState | undefined;
        if (!state) return `${name}: no detail`;
        const runs = ((r.detail?.runs ?? []) as RunRecord[]).map((run) => [
          run.run_id,
          new Date(run.started_ms).toISOString(),
          duration(run.duration_ms),
          run.exit_code !== undefined && run.exit_code !== null ? String(run.exit_code) : run.signal || '-',
          run.reason,
        ]);
        return [
          stateLine(state),
          state.last_error ? `last error: ${state.last_error}` : '',
          runs.length ? table(['run', 'started', 'took', 'exit', 'reason'], runs) : 'no runs yet',
        ]
          .filter(Boolean)
          .join('\n');
      }),
    );

  const logs = nameArg(new Command('logs'))
    .description('the last lines of a workload log; -f keeps following it')
    .option('-n, --lines <n>', 'how many lines', parsePositiveInt, 50)
    .option('-f, --follow', 'keep printing new lines until Ctrl-C', false)
    .action(async (name: string, opts: { lines: number; follow: boolean }, cmd: Command) => {
      if (opts.follow) {
        await followLogs(cmd.optsWithGlobals<Globals>(), name, opts.lines);
        return;
      }
      await exchange(cmd, { logs: { workload: name, lines: opts.lines } }, (r) =>
        (r.logs?.lines ?? []).join('\n'),
      );
    });

  const reload = new Command('reload')
    .description(
      're-read the configuration: add, remove and update workloads (an invalid set changes nothing)',
    )
    .action((_o, cmd: Command) =>
      exchange(cmd, { reload: {} }, (r) => {
        const x = r.reload;
        const part = (label: string, names: string[] | null | undefined) =>
          `${label}: ${names?.length ? names.join(', ') : '-'}`;
        return [
          part('added', x?.added),
          part('removed', x?.removed),
          part('updated', x?.updated),
          part('unchanged', x?.unchanged),
        ].join('\n');
      }),
    );

  const down = new Command('down')
    .description('stop every workload gracefully, then stop the daemon (waits for it, locally)')
    .option('--wait <seconds>', 'how long to wait for the local daemon to finish', parsePositiveInt, 120)
    .action((opts: { wait: number }, cmd: Command) => {
      const local = !cmd.optsWithGlobals<Globals>().device;
      return exchange(
        cmd,
        { shutdown: {} },
        (_r, t) => (local ? `${t.device}: stopped` : `${t.device}: shutting down`),
        local ? (t) => socketClosed(t, opts.wait * 1000) : undefined,
      );
    });

  return [
    list,
    simple('start', 'start a workload'),
    simple('stop', 'stop a workload (it stays stopped until started)'),
    simple('restart', 'restart a workload'),
    status,
    logs,
    reload,
    down,
  ];
}
