// Fans the fleet store's changes — and the deployer's and the task queue's, when there are
// ones — out to the live-feed sessions through one listener per source, attached while at
// least one session is open (so an idle controller pays nothing, and a hundred dashboards do
// not trip the emitter's listener limit). Changes that the store does not see — a device registered or
// unregistered through the API — are announced here too. A deployment's records go out at
// most every 250 ms or more (deploymentInterval; the latest wins) and are turned into their
// API view once here, not once per session.
import { McError } from '../../proto/errors.ts';
import { viewOf } from '../api/deploy-routes.ts';
import { ACTIVE_STATUSES, type Deployment, type DeploymentChange } from '../deploy/types.ts';
import type { FleetStore } from '../store/fleet-store.ts';
import type { FleetChange } from '../store/types.ts';
import {
  ACTIVE_TASK_STATES,
  FINAL_TASK_STATES,
  type Task,
  type TaskChange,
  type TaskState,
} from '../tasks/types.ts';
import { KeyedThrottle } from './keyed-throttle.ts';
import type { DeploymentView } from './messages.ts';

/** What the live feed carries: the fleet's changes, deployments' progress, tasks' changes. */
export type LiveChange = FleetChange | { kind: 'deployment'; deployment: DeploymentView } | TaskChange;
export type ChangeListener = (change: LiveChange) => void;

/** The deployer as the feed sees it (controller/deploy/deployer.ts). */
export interface DeploymentSource {
  on(event: 'change', listener: (change: DeploymentChange) => void): unknown;
  off(event: 'change', listener: (change: DeploymentChange) => void): unknown;
  /** Every deployment, newest first. */
  list(): Deployment[];
}

/** The task queue as the feed sees it (controller/tasks/task-queue.ts). */
export interface TaskSource {
  on(event: 'change', listener: (change: TaskChange) => void): unknown;
  off(event: 'change', listener: (change: TaskChange) => void): unknown;
  /** Newest first. */
  list(q: { states: TaskState[]; limit: number }): { tasks: Task[] };
}

/**
 * Least time between two records of one deployment on the feed: 250 ms, plus 0.1 ms per
 * target device (1 s at 7,500 devices), since the record grows with its devices.
 */
export const deploymentInterval = (devices: number): number => Math.max(250, devices * 0.1);

/** Finished deployments in a snapshot besides the active ones. */
export const SNAPSHOT_RECENT_DEPLOYMENTS = 20;
/** Active tasks in a snapshot at most (the oldest beyond are in GET /api/tasks). */
export const SNAPSHOT_ACTIVE_TASKS = 500;
/** Finished tasks in a snapshot. */
export const SNAPSHOT_RECENT_TASKS = 20;

export class LiveHub {
  readonly #store: FleetStore;
  readonly #deployments: DeploymentSource | undefined;
  readonly #tasks: TaskSource | undefined;
  readonly #listeners = new Set<ChangeListener>();
  readonly #deploymentThrottle = new KeyedThrottle<Deployment>((d) =>
    this.#fanOut({ kind: 'deployment', deployment: viewOf(d) }),
  );

  constructor(store: FleetStore, sources: { deployments?: DeploymentSource; tasks?: TaskSource } = {}) {
    this.#store = store;
    this.#deployments = sources.deployments;
    this.#tasks = sources.tasks;
  }

  get size(): number {
    return this.#listeners.size;
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    if (this.#listeners.size === 0) this.#attach();
    this.#listeners.add(listener);
    return () => this.#unsubscribe(listener);
  }

  announce(change: FleetChange): void {
    this.#fanOut(change);
  }

  /** For a snapshot: every active deployment and the newest finished ones, newest first. */
  deployments(): DeploymentView[] {
    if (!this.#deployments) return [];
    let finished = 0;
    return this.#deployments
      .list()
      .filter((d) => ACTIVE_STATUSES.includes(d.status) || finished++ < SNAPSHOT_RECENT_DEPLOYMENTS)
      .map(viewOf);
  }

  /** For a snapshot: the active tasks and the newest finished ones, newest first. */
  tasks(): Task[] {
    if (!this.#tasks) return [];
    try {
      const active = this.#tasks.list({
        states: [...ACTIVE_TASK_STATES],
        limit: SNAPSHOT_ACTIVE_TASKS,
      }).tasks;
      const done = this.#tasks.list({ states: [...FINAL_TASK_STATES], limit: SNAPSHOT_RECENT_TASKS }).tasks;
      return [...active, ...done].sort((a, b) => b.seq - a.seq);
    } catch (err) {
      // The controller stops its task queue before the HTTP server: a dashboard reconnecting
      // in between gets no tasks (it reconnects to the next controller anyway), not an error.
      if (err instanceof McError && err.code === 'MC_ERR_UNAVAILABLE') return [];
      throw err;
    }
  }

  /** Detaches from the sources whatever sessions are left. */
  close(): void {
    this.#listeners.clear();
    this.#detach();
  }

  #attach(): void {
    this.#store.on('change', this.#fanOut);
    this.#deployments?.on('change', this.#onDeployment);
    this.#tasks?.on('change', this.#fanOut);
  }

  #detach(): void {
    this.#store.off('change', this.#fanOut);
    this.#deployments?.off('change', this.#onDeployment);
    this.#tasks?.off('change', this.#fanOut);
    this.#deploymentThrottle.clear();
  }

  #unsubscribe(listener: ChangeListener): void {
    if (!this.#listeners.delete(listener)) return;
    if (this.#listeners.size === 0) this.#detach();
  }

  readonly #onDeployment = (change: DeploymentChange): void => {
    const d = change.deployment;
    this.#deploymentThrottle.push(d.id, d, deploymentInterval(d.batches.flat().length));
  };

  readonly #fanOut = (change: LiveChange): void => {
    for (const listener of this.#listeners) listener(change);
  };
}
