// One handler per command action (as aedes has one per packet type), over the supervisor.
// The dispatcher turns what they return into the Reply and what they throw into an error reply.
import type { MessageInput } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import type { LogFollower } from '../log-follow.ts';
import type { ApplyResult, Supervisor } from '../supervisor/supervisor.ts';
import type { TaskManager } from '../tasks/task-manager.ts';
import { runRecordOf, workloadStateOf } from '../wire.ts';
import type { Command, CommandHandlers, CommandOrigin, ReplyResult } from './dispatcher.ts';

export const DEFAULT_LOG_LINES = 50;
export const DEFAULT_STATUS_RUNS = 10;
/** Bounds a single logs reply (the broker's packet limit is 1 MiB). */
export const MAX_LOG_LINES = 5000;
export const DEFAULT_EXEC_LIST = 50;
export const MAX_EXEC_LIST = 500;

export interface HandlerDeps {
  device: string;
  supervisor: Supervisor;
  /** Task runs (Command.exec and friends); without it those commands are unknown. */
  tasks?: TaskManager;
  follower: LogFollower;
  /** Re-reads the config dir and applies it; throws McError(MC_ERR_CONFIG) and changes nothing when invalid. */
  reload(): Promise<ApplyResult>;
  /** Starts a graceful shutdown after the reply has gone out. */
  requestShutdown(): void;
  deviceStatus(): Promise<MessageInput<'status'>>;
}

function runId(command: Command, value: string | null | undefined): string {
  if (!value) throw new McError('MC_ERR_INVALID_ARGUMENT', `${command.action} needs a run id`);
  return value;
}

function workloadName(command: Command, value: string | null | undefined): string {
  if (!value) throw new McError('MC_ERR_INVALID_ARGUMENT', `${command.action} needs a workload name`);
  return value;
}

export function createHandlers(deps: HandlerDeps): CommandHandlers {
  const { supervisor, tasks } = deps;
  const stateOf = (name: string): ReplyResult => {
    const view = supervisor.get(name);
    if (!view) throw new McError('MC_ERR_NOT_FOUND', `no workload named ${name}`);
    return { workload: workloadStateOf(view) };
  };
  const known = (name: string): string => {
    if (!supervisor.get(name)) throw new McError('MC_ERR_NOT_FOUND', `no workload named ${name}`);
    return name;
  };

  /** start / stop / restart: act on a known workload, answer with its state afterwards. */
  const lifecycle =
    (action: 'start' | 'stop' | 'restart', act: (name: string) => Promise<void>) =>
    async (command: Command): Promise<ReplyResult> => {
      const name = known(workloadName(command, command[action]?.workload));
      await act(name);
      return stateOf(name);
    };

  return {
    start: lifecycle('start', (name) => supervisor.startWorkload(name)),
    stop: lifecycle('stop', (name) => supervisor.stopWorkload(name)),
    restart: lifecycle('restart', (name) => supervisor.restartWorkload(name)),
    async status(command) {
      const name = known(workloadName(command, command.status?.workload));
      const runs = await supervisor.history(name, command.status?.runs || DEFAULT_STATUS_RUNS);
      const state = stateOf(name).workload;
      return { detail: { state, runs: runs.map(runRecordOf) } };
    },
    async list() {
      return { workloads: { workloads: supervisor.list().map(workloadStateOf) } };
    },
    async reload() {
      return { reload: await deps.reload() };
    },
    async logs(command, origin) {
      const args = command.logs;
      const count = Math.min(args?.lines || DEFAULT_LOG_LINES, MAX_LOG_LINES);
      if (args?.run_id) {
        if (!tasks) throw new McError('MC_ERR_UNKNOWN_COMMAND', 'this daemon runs no tasks');
        return taskLogs(deps, tasks, command, origin, count);
      }
      const name = known(workloadName(command, args?.workload));
      const lines = await supervisor.tailLog(name, count);
      if (!args?.follow) return { logs: { workload: name, lines } };
      await deps.follower.follow({
        streamId: command.id,
        device: deps.device,
        workload: name,
        file: supervisor.logPath(name),
        origin,
        seconds: args.follow_seconds ?? 0,
      });
      return { logs: { workload: name, lines, stream_id: command.id } };
    },
    async logs_stop(command) {
      const id = command.logs_stop?.stream_id;
      if (!id || !deps.follower.stop(id)) throw new McError('MC_ERR_NOT_FOUND', `no log stream ${id ?? ''}`);
      return {};
    },
    ...(tasks ? taskHandlers(tasks) : {}),
    async device_status() {
      return { device_status: await deps.deviceStatus() };
    },
    async shutdown() {
      deps.requestShutdown();
      return {};
    },
  };
}

/** logs of a task run: its tail, or a follow stream on mc/{d}/logs/{run_id} ending with the run. */
async function taskLogs(
  deps: HandlerDeps,
  tasks: TaskManager,
  command: Command,
  origin: CommandOrigin,
  count: number,
): Promise<ReplyResult> {
  const args = command.logs;
  const id = args?.run_id ?? '';
  const log = await tasks.logs(id, count);
  const fromStart = args?.follow === true && args.from_start === true;
  // A run that has ended has nothing more to stream: no stream id, the tail is all there
  // is — unless the whole log was asked for (from_start), which is streamed in chunks.
  if (!args?.follow || (!log.until && !fromStart)) return { logs: { run_id: id, lines: log.lines } };
  await deps.follower.follow({
    streamId: command.id,
    device: deps.device,
    workload: id,
    runId: id,
    file: log.file,
    position: fromStart ? 0 : log.position,
    until: log.until ?? Promise.resolve(),
    origin,
    seconds: args.follow_seconds ?? 0,
  });
  return { logs: { run_id: id, lines: fromStart ? [] : log.lines, stream_id: command.id } };
}

/** exec, exec_status, exec_stop, exec_list: task runs by run id (device/tasks/). */
function taskHandlers(tasks: TaskManager): CommandHandlers {
  return {
    async exec(command) {
      // Act once per command id: a command replayed from the inbox after a daemon crash
      // (command-inbox.ts) whose run had been recorded answers with that run.
      const earlier = tasks.runOfCommand(command.id);
      // A run recorded without a pid: the daemon died between writing the record and the
      // spawn (or before the pid was stored). Answering ok would claim a run that may never
      // have happened (seen by test/faults/daemon-crash-commands: answered, never acted).
      if (earlier && !earlier.pid) {
        throw new McError(
          'MC_ERR_UNAVAILABLE',
          `exec ${command.id} was interrupted by a daemon restart before its process was recorded; it may not have run (run ${earlier.run_id})`,
        );
      }
      if (earlier) return { exec: earlier };
      return { exec: await tasks.exec(command.exec, command.id) };
    },
    async exec_status(command) {
      return { exec_status: await tasks.status(runId(command, command.exec_status?.run_id)) };
    },
    async exec_stop(command) {
      return { exec_status: await tasks.stopRun(runId(command, command.exec_stop?.run_id)) };
    },
    async exec_list(command) {
      const limit = Math.min(command.exec_list?.limit || DEFAULT_EXEC_LIST, MAX_EXEC_LIST);
      return { exec_list: { runs: tasks.list(limit, command.exec_list?.task_id ?? '') } };
    },
  };
}
