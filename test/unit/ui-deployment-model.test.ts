// Deployments as the dashboard holds and draws them (ui/src/lib/deployment-model.ts): the
// book fed by the feed and the API, per-batch states and totals, the buttons' rules, and the
// create form turned into the API's request with a message per bad field.
import { describe, expect, it } from 'vitest';
import { planBatches } from '../../controller/deploy/plan.ts';
import {
  batchesOf,
  canCancel,
  canPromote,
  DEFAULT_FORM,
  DeploymentBook,
  type DeploymentForm,
  noteOf,
  previewBatches,
  requestOf,
  targetedDevices,
  targetsText,
  totalsOf,
} from '../../ui/src/lib/deployment-model.ts';
import { deployment } from '../helpers/ui-fixtures.ts';

describe('DeploymentBook', () => {
  it('lists newest first and keeps the same array until something changes', () => {
    const book = new DeploymentBook();
    book.applySnapshot([
      deployment('a', [['d1']], { created_ms: 1 }),
      deployment('b', [['d1']], { created_ms: 2 }),
    ]);
    const list = book.list();
    expect(list.map((d) => d.id)).toEqual(['b', 'a']);
    expect(book.list()).toBe(list);
    book.put(deployment('c', [['d1']], { created_ms: 3 }));
    expect(book.list().map((d) => d.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps the newer record when the feed and an API answer race', () => {
    const book = new DeploymentBook();
    book.put(deployment('a', [['d1']], { updated_ms: 20, status: 'completed' }));
    expect(book.put(deployment('a', [['d1']], { updated_ms: 10, status: 'in_progress' }))).toBe(false);
    expect(book.get('a')?.status).toBe('completed');
    book.merge([deployment('a', [['d1']], { updated_ms: 30, status: 'completed', error: null })]);
    expect(book.get('a')?.updated_ms).toBe(30);
  });

  it('keeps older finished deployments across a snapshot, and drops an active one the snapshot no longer carries', () => {
    const book = new DeploymentBook();
    book.merge([
      deployment('old', [['d1']], { status: 'completed', created_ms: 1 }),
      deployment('gone', [['d1']], { status: 'in_progress', created_ms: 2 }),
    ]);
    book.applySnapshot([deployment('new', [['d1']], { created_ms: 3 })]);
    expect(book.list().map((d) => d.id)).toEqual(['new', 'old']);
  });
});

describe('batches and totals', () => {
  const batches = [['c1'], ['d1', 'd2'], ['d3', 'd4']];

  it('marks batches passed, in progress and waiting while a deployment runs', () => {
    const d = deployment('x', batches, {
      canary: 1,
      current_batch: 1,
      steps: { c1: 'healthy', d1: 'healthy', d2: 'deploying' },
    });
    expect(batchesOf(d).map((b) => [b.index, b.canary, b.state, b.healthy])).toEqual([
      [0, true, 'passed', 1],
      [1, false, 'in_progress', 1],
      [2, false, 'waiting', 0],
    ]);
    expect(totalsOf(d)).toEqual({ total: 5, healthy: 2, failed: 0, inFlight: 1, pending: 2, percent: 40 });
  });

  it('marks a batch with a failed or rolled back device failed, and later ones not started once it ended', () => {
    const d = deployment('x', batches, {
      status: 'rolled_back',
      steps: { c1: 'rolled_back', d1: 'pending' },
    });
    expect(batchesOf(d).map((b) => b.state)).toEqual(['failed', 'not_started', 'not_started']);
    expect(totalsOf(d).failed).toBe(1);
  });

  it('shows the current batch in progress before any of its devices got its desired state', () => {
    const d = deployment('x', [['a'], ['b']], { status: 'pending' });
    expect(batchesOf(d).map((b) => b.state)).toEqual(['in_progress', 'waiting']);
  });

  it('shows the batch after a passed canary waiting, not in progress, until promoted', () => {
    const d = deployment('x', [['c'], ['a', 'b']], {
      canary: 1,
      pause_after_canary: true,
      awaiting_promote: true,
      current_batch: 1,
      steps: { c: 'healthy' },
    });
    expect(batchesOf(d).map((b) => b.state)).toEqual(['passed', 'waiting']);
    expect(batchesOf({ ...d, awaiting_promote: false, promoted: true }).map((b) => b.state)).toEqual([
      'passed',
      'in_progress',
    ]);
  });

  it('describes targets in words', () => {
    expect(targetsText(deployment('x', [['a', 'b']]))).toBe('2 devices: a, b');
    expect(targetsText(deployment('x', [['a']], { targets: { tag: 'lab' } }))).toBe('tag lab');
    expect(targetsText(deployment('x', [['a']], { targets: { all: true } }))).toBe('every device');
    const many = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(targetsText(deployment('x', [many]))).toBe('6 devices: a, b, c, d, e, …');
  });
});

describe('cancel and promote', () => {
  it('offers cancel only while active and not already asked, promote only when waiting for it', () => {
    const running = deployment('x', [['a']]);
    expect([canCancel(running), canPromote(running)]).toEqual([true, false]);
    const paused = deployment('x', [['a'], ['b']], { awaiting_promote: true });
    expect([canCancel(paused), canPromote(paused)]).toEqual([true, true]);
    expect(noteOf(paused)).toMatch(/promote to continue/);
    const asked = deployment('x', [['a']], { cancel_requested: true, rollback_on_cancel: true });
    expect(canCancel(asked)).toBe(false);
    expect(noteOf(asked)).toMatch(/devices go back/);
    const done = deployment('x', [['a']], { status: 'completed', awaiting_promote: true });
    expect([canCancel(done), canPromote(done)]).toEqual([false, false]);
  });
});

describe('the create form', () => {
  const form = (over: Partial<DeploymentForm>): DeploymentForm => ({
    ...DEFAULT_FORM,
    release: 'v1',
    ...over,
  });

  it('turns the defaults into the API body in its names, for every device', () => {
    const r = requestOf(form({}));
    expect(r).toEqual({
      ok: true,
      body: {
        release: 'v1',
        batch_size: 1,
        canary: 0,
        pause_after_canary: false,
        auto_rollback: true,
        min_healthy_time: 10,
        health_check_timeout: 300,
        max_failures: 0,
      },
    });
  });

  it('sends the chosen devices sorted, or the trimmed tag, and pause only with a canary', () => {
    const byDevice = requestOf(form({ target: 'devices', devices: ['b', 'a'], pause_after_canary: true }));
    expect(byDevice.ok && byDevice.body).toMatchObject({ devices: ['a', 'b'], pause_after_canary: false });
    expect(byDevice.ok && 'tag' in byDevice.body).toBe(false);
    const byTag = requestOf(form({ target: 'tag', tag: ' lab ', canary: 2, pause_after_canary: true }));
    expect(byTag.ok && byTag.body).toMatchObject({ tag: 'lab', canary: 2, pause_after_canary: true });
    expect(byTag.ok && 'devices' in byTag.body).toBe(false);
  });

  it('names every bad field instead of sending', () => {
    const r = requestOf(
      form({
        release: '',
        target: 'devices',
        batch_size: 0,
        canary: 1.5,
        max_failures: -1,
        min_healthy_time: 0,
        health_check_timeout: 100_000,
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual([
      'batch_size',
      'canary',
      'devices',
      'health_check_timeout',
      'max_failures',
      'min_healthy_time',
      'release',
    ]);
    const tag = requestOf(form({ target: 'tag', tag: '  ' }));
    expect(!tag.ok && tag.errors.tag).toBe('give the tag');
  });

  it('refuses a health check timeout not longer than the minimum healthy time', () => {
    const r = requestOf(form({ min_healthy_time: 30, health_check_timeout: 30 }));
    expect(!r.ok && r.errors).toEqual({
      health_check_timeout: 'must be longer than the minimum healthy time',
    });
    // An empty number input reads as null: refused, not sent as 0.
    const empty = requestOf(form({ batch_size: null as unknown as number }));
    expect(!empty.ok && empty.errors.batch_size).toBeTruthy();
  });

  it('previews the batches exactly as the controller plans them', () => {
    const names = ['e', 'a', 'c', 'b', 'd', 'f', 'g'];
    for (const [size, canary] of [
      [1, 0],
      [2, 0],
      [3, 1],
      [2, 2],
      [10, 0],
      [1, 9],
    ] as const) {
      expect(previewBatches(names, size, canary)).toEqual(planBatches([...names].sort(), size, canary));
    }
    expect(previewBatches([], 2, 1)).toEqual([]);
  });

  it('resolves the targets a form would reach among the fleet', () => {
    const fleet = [
      { name: 'b', tags: ['lab'] },
      { name: 'a', tags: [] },
      { name: 'c', tags: ['lab', 'roof'] },
    ];
    expect(targetedDevices({ target: 'all', devices: [], tag: '' }, fleet)).toEqual(['a', 'b', 'c']);
    expect(targetedDevices({ target: 'tag', devices: [], tag: 'lab ' }, fleet)).toEqual(['b', 'c']);
    expect(targetedDevices({ target: 'devices', devices: ['c', 'a'], tag: '' }, fleet)).toEqual(['a', 'c']);
  });
});
