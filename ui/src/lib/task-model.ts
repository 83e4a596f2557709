// Fleet tasks as the dashboard shows them, without any UI framework: the book of full task
// records from the live feed (and GET /api/tasks/{id}), table rows in the API's summary shape
// (older tasks come from GET /api/tasks as summaries), the queue / running / done grouping,
// and the submit form turned into the API's request with a message per bad field.
import { summaryOf, type TaskSummary } from '../../../controller/tasks/summary.ts';
import type { Task, TaskState } from '../../../controller/tasks/types.ts';
import { RecordBook } from './record-book.ts';

export type { Task, TaskState };

const ACTIVE: readonly TaskState[] = ['queued', 'dispatching', 'running'];
export const isActiveTask = (t: { state: TaskState }): boolean => ACTIVE.includes(t.state);

export const TASK_TONE: Record<TaskState, 'ok' | 'warn' | 'bad' | ''> = {
  queued: '',
  dispatching: 'warn',
  running: 'warn',
  succeeded: 'ok',
  failed: 'bad',
  timeout: 'bad',
  cancelled: '',
  lost: 'bad',
};

/** Every task this page holds in full, newest submission first. */
export class TaskBook extends RecordBook<Task> {
  constructor() {
    super(isActiveTask, (a, b) => b.seq - a.seq);
  }
}

/** One row of a task table: GET /api/tasks's summary, computed by the controller's own code. */
export type TaskRow = TaskSummary;

/** The row of a full record (a live-feed record), exactly as the API summarises it. */
export const rowOf = (t: Task): TaskRow => summaryOf(t);

export interface TaskGroups {
  /** Queued and being handed to a device, in the order they will run: priority, then submission. */
  queue: TaskRow[];
  running: TaskRow[];
  /** Finished, newest first. */
  done: TaskRow[];
}

/**
 * Full records (live) and older summaries (read once) as one table: a task the book holds is
 * shown from the book. `order` is each id's submission order (newest first), which ids alone
 * do not give.
 */
export function groupTasks(tasks: readonly Task[], older: readonly TaskRow[]): TaskGroups {
  const rows = new Map<string, TaskRow>();
  const seq = new Map<string, number>();
  for (const t of tasks) {
    rows.set(t.id, rowOf(t));
    seq.set(t.id, t.seq);
  }
  for (const r of older) if (!rows.has(r.id)) rows.set(r.id, r);
  const all = [...rows.values()];
  const newest = (a: TaskRow, b: TaskRow) =>
    b.created_ms - a.created_ms || (seq.get(b.id) ?? 0) - (seq.get(a.id) ?? 0);
  const runOrder = (a: TaskRow, b: TaskRow) => b.priority - a.priority || -newest(a, b);
  return {
    queue: all.filter((r) => r.state === 'queued' || r.state === 'dispatching').sort(runOrder),
    running: all.filter((r) => r.state === 'running').sort(newest),
    done: all.filter((r) => !isActiveTask(r)).sort(newest),
  };
}

export const canCancelTask = (t: { state: TaskState; cancel_requested: boolean }): boolean =>
  isActiveTask(t) && !t.cancel_requested;

/** The output to show for a task: its kept result's, else its latest attempt's. */
export function outputOf(t: Task): string {
  return t.result?.output_tail ?? t.attempts[t.attempts.length - 1]?.output_tail ?? '';
}

/** argv as a person would type it back: words with spaces or quotes in single quotes. */
export function quoteArgs(argv: readonly string[]): string {
  return argv.map((a) => (a === '' || /[\s'"\\]/.test(a) ? `'${a.replaceAll("'", `'\\''`)}'` : a)).join(' ');
}

// --- the submit form ---------------------------------------------------------------------

export interface TaskForm {
  name: string;
  /** A command line (split like a shell would, without expansion) or a script. */
  mode: 'command' | 'script';
  command: string;
  script: string;
  interpreter: string;
  target: 'any' | 'device' | 'tags';
  device: string;
  /** Comma- or space-separated. */
  tags: string;
  /** Seconds; 0 = the device's default. */
  timeout: number;
  priority: number;
  retries: number;
}

export const DEFAULT_TASK_FORM: TaskForm = {
  name: '',
  mode: 'command',
  command: '',
  script: '',
  interpreter: '',
  target: 'any',
  device: '',
  tags: '',
  timeout: 0,
  priority: 0,
  retries: 0,
};

/** POST /api/tasks, in the API's names. */
export interface TaskRequest {
  name?: string;
  argv?: string[];
  script?: string;
  interpreter?: string;
  device?: string;
  tags?: string[];
  timeout: number;
  priority: number;
  retries: number;
}

export type TaskFormErrors = Partial<Record<keyof TaskForm, string>>;

/**
 * A command line as argv: words split on unquoted whitespace; '…' keeps everything literally,
 * "…" and a backslash escape the next character. No variables, globs or pipes: for those,
 * write a script. Null when a quote is left open.
 */
export function splitArgs(line: string): string[] | null {
  const args: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) args.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return null;
  if (inWord) args.push(word);
  return args;
}

const isInt = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

export function taskRequestOf(
  form: TaskForm,
): { ok: true; body: TaskRequest } | { ok: false; errors: TaskFormErrors } {
  const errors: TaskFormErrors = {};
  let argv: string[] | null = null;
  if (form.mode === 'command') {
    argv = splitArgs(form.command.trim());
    if (argv === null) errors.command = 'a quote is not closed';
    else if (argv.length === 0) errors.command = 'give the command to run';
  } else if (!form.script.trim()) errors.script = 'give the script to run';
  const device = form.device.trim();
  if (form.target === 'device' && !device) errors.device = 'choose a device';
  const tags = [...new Set(form.tags.split(/[,\s]+/).filter(Boolean))];
  if (form.target === 'tags' && tags.length === 0) errors.tags = 'give at least one tag';
  if (!isInt(form.timeout, 0, 7 * 86_400)) errors.timeout = 'whole seconds, 0 for the device default';
  if (!isInt(form.priority, -1000, 1000)) errors.priority = 'a whole number from -1000 to 1000';
  if (!isInt(form.retries, 0, 100)) errors.retries = 'a whole number, 0 or more';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const name = form.name.trim();
  return {
    ok: true,
    body: {
      ...(name ? { name } : {}),
      ...(form.mode === 'command' ? { argv: argv ?? [] } : { script: form.script }),
      ...(form.mode === 'script' && form.interpreter.trim() ? { interpreter: form.interpreter.trim() } : {}),
      ...(form.target === 'device' ? { device } : {}),
      ...(form.target === 'tags' ? { tags } : {}),
      timeout: form.timeout,
      priority: form.priority,
      retries: form.retries,
    },
  };
}
