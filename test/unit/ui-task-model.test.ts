// Tasks as the dashboard holds and draws them (ui/src/lib/task-model.ts): rows in the API's
// summary shape, the waiting / running / done grouping with live records winning over older
// summaries, the book, the command-line splitter, and the submit form → request.
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../controller/api/task-routes.ts';
import {
  canCancelTask,
  DEFAULT_TASK_FORM,
  groupTasks,
  outputOf,
  quoteArgs,
  rowOf,
  splitArgs,
  TaskBook,
  type TaskForm,
  taskRequestOf,
} from '../../ui/src/lib/task-model.ts';
import { attempt, task } from '../helpers/ui-fixtures.ts';

describe('task rows', () => {
  it('are the API summary of the same record', () => {
    const records = [
      task('a', 1),
      task('b', 2, {
        state: 'running',
        attempts: [attempt(1, 'd1')],
        placement: { device: 'd1', tags: [], strategy: 'least_loaded', max_parallel_per_device: 1 },
      }),
      task('c', 3, {
        state: 'succeeded',
        command: { ...task('x', 0).command, argv: [], script: 'echo hi', interpreter: '/bin/bash' },
        attempts: [
          attempt(1, 'd1', { state: 'lost' }),
          attempt(2, 'd2', { state: 'succeeded', exit_code: 0 }),
        ],
        result: {
          attempt: 2,
          device: 'd2',
          run_id: 'r2',
          state: 'succeeded',
          exit_code: 0,
          signal: '',
          duration_ms: 40,
          output_tail: 'hi\n',
        },
        duplicates: [
          { attempt: 1, device: 'd1', run_id: 'r1', state: 'succeeded', exit_code: 0, received_ms: 9 },
        ],
      }),
    ];
    for (const t of records) expect(rowOf(t)).toEqual(summaryOf(t));
    expect(rowOf(records[2] ?? task('z', 0)).command).toBe('script (/bin/bash)');
  });

  it('group into waiting in run order, running, and done newest first; a live record wins over its old summary', () => {
    const live = [
      task('q-low', 1),
      task('q-high', 2, { priority: 5 }),
      task('q-low-later', 3, { state: 'dispatching' }),
      task('run', 4, { state: 'running' }),
      task('done-new', 6, { state: 'failed' }),
    ];
    const older = [
      rowOf(task('done-old', 5, { state: 'succeeded' })),
      rowOf(task('run', 4, { state: 'queued' })),
    ];
    const g = groupTasks(live, older);
    expect(g.queue.map((r) => r.id)).toEqual(['q-high', 'q-low', 'q-low-later']);
    expect(g.running.map((r) => r.id)).toEqual(['run']);
    expect(g.done.map((r) => r.id)).toEqual(['done-new', 'done-old']);
  });

  it('show the kept output, else the latest attempt’s, and offer cancel only while active', () => {
    const running = task('a', 1, {
      state: 'running',
      attempts: [attempt(1, 'd', { output_tail: 'partial' })],
    });
    expect(outputOf(running)).toBe('partial');
    expect(outputOf(task('b', 2))).toBe('');
    expect(canCancelTask(running)).toBe(true);
    expect(canCancelTask({ ...running, cancel_requested: true })).toBe(false);
    expect(canCancelTask(task('c', 3, { state: 'succeeded' }))).toBe(false);
  });

  it('are kept newest submission first by the book, the newer copy winning', () => {
    const book = new TaskBook();
    book.applySnapshot([task('a', 1), task('b', 2, { state: 'succeeded' })]);
    book.put(task('c', 3));
    expect(book.list().map((t) => t.id)).toEqual(['c', 'b', 'a']);
    expect(book.put(task('a', 1, { updated_ms: 0, state: 'failed' }))).toBe(false);
    // A reconnect's snapshot without the queued 'a': it ended meanwhile.
    book.applySnapshot([task('b', 2, { state: 'succeeded' })]);
    expect(book.list().map((t) => t.id)).toEqual(['b']);
  });
});

describe('splitArgs', () => {
  it('splits on unquoted whitespace and keeps quoted words whole', () => {
    expect(splitArgs('df  -h /')).toEqual(['df', '-h', '/']);
    expect(splitArgs(`sh -c 'echo "a b"; exit 3'`)).toEqual(['sh', '-c', 'echo "a b"; exit 3']);
    expect(splitArgs('echo "x \\"y\\"" z\\ w')).toEqual(['echo', 'x "y"', 'z w']);
    expect(splitArgs(`printf ''`)).toEqual(['printf', '']);
    expect(splitArgs('   ')).toEqual([]);
  });

  it('is undone by quoteArgs', () => {
    for (const argv of [
      ['sh', '-c', `echo "a b"; it's`],
      ['printf', ''],
      ['a\\b', 'plain'],
    ]) {
      expect(splitArgs(quoteArgs(argv))).toEqual(argv);
    }
    expect(quoteArgs(['sh', '-c', 'echo hi'])).toBe(`sh -c 'echo hi'`);
  });

  it('refuses an open quote', () => {
    expect(splitArgs(`echo 'oops`)).toBeNull();
    expect(splitArgs('echo "oops')).toBeNull();
  });
});

describe('the submit form', () => {
  const form = (over: Partial<TaskForm>): TaskForm => ({ ...DEFAULT_TASK_FORM, ...over });

  it('sends a command line as argv, for any device by default', () => {
    expect(taskRequestOf(form({ command: `sh -c 'echo hi'`, name: ' greet ' }))).toEqual({
      ok: true,
      body: { name: 'greet', argv: ['sh', '-c', 'echo hi'], timeout: 0, priority: 0, retries: 0 },
    });
  });

  it('sends a script with its interpreter, on a device or on tags', () => {
    const onDevice = taskRequestOf(
      form({ mode: 'script', script: 'uptime\n', interpreter: '/bin/bash', target: 'device', device: 'd1' }),
    );
    expect(onDevice.ok && onDevice.body).toEqual({
      script: 'uptime\n',
      interpreter: '/bin/bash',
      device: 'd1',
      timeout: 0,
      priority: 0,
      retries: 0,
    });
    const onTags = taskRequestOf(form({ command: 'true', target: 'tags', tags: 'gpu, lab gpu' }));
    expect(onTags.ok && onTags.body.tags).toEqual(['gpu', 'lab']);
  });

  it('names every bad field instead of sending', () => {
    const r = taskRequestOf(
      form({ command: `echo 'x`, target: 'device', timeout: -1, priority: 2000, retries: 1.5 }),
    );
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual([
      'command',
      'device',
      'priority',
      'retries',
      'timeout',
    ]);
    const empty = taskRequestOf(form({ mode: 'script', script: '  ', target: 'tags', tags: ' , ' }));
    expect(!empty.ok && empty.errors).toEqual({
      script: 'give the script to run',
      tags: 'give at least one tag',
    });
    expect(!taskRequestOf(form({})).ok).toBe(true);
  });
});
