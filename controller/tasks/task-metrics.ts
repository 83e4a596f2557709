// Prometheus metrics of the task queue, on the controller's registry (controller/metrics.ts):
// counters advanced where things happen, gauges of the queue computed at scrape time.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { FINAL_TASK_STATES } from './types.ts';

/** Seconds from submission to the start on a device: from a free device (~10 ms) to a long queue. */
const QUEUE_LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800];

export interface QueueGauges {
  /** Tasks by active state: queued, dispatching, running. */
  activeCounts(): Record<'queued' | 'dispatching' | 'running', number>;
}

export class TaskMetrics {
  readonly #dispatched: Counter;
  readonly #finished: Counter<'state'>;
  readonly #requeued: Counter<'reason'>;
  readonly #duplicates: Counter;
  readonly #latency: Histogram;

  constructor(registry: Registry, queue: QueueGauges) {
    const registers = [registry];
    this.#dispatched = new Counter({
      name: 'mc_tasks_dispatched_total',
      help: 'Task attempts sent to devices (ExecCmd published)',
      registers,
    });
    this.#finished = new Counter({
      name: 'mc_tasks_finished_total',
      help: 'Tasks that reached a final state, by state',
      labelNames: ['state'],
      registers,
    });
    for (const state of FINAL_TASK_STATES) this.#finished.inc({ state }, 0);
    this.#requeued = new Counter({
      name: 'mc_tasks_requeued_total',
      help: 'Attempts given up and their task queued again, by reason (lost, refused, failed)',
      labelNames: ['reason'],
      registers,
    });
    this.#duplicates = new Counter({
      name: 'mc_tasks_duplicate_reports_total',
      help: 'Finished reports of attempts that came after their task had its result',
      registers,
    });
    this.#latency = new Histogram({
      name: 'mc_task_queue_seconds',
      help: 'Time from submission to the first attempt starting on a device',
      buckets: QUEUE_LATENCY_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'mc_tasks',
      help: 'Active tasks by state (queued = queue depth)',
      labelNames: ['state'],
      registers,
      collect() {
        for (const [state, n] of Object.entries(queue.activeCounts())) this.set({ state }, n);
      },
    });
  }

  dispatched(n = 1): void {
    this.#dispatched.inc(n);
  }

  finished(state: string): void {
    this.#finished.inc({ state });
  }

  requeued(reason: 'lost' | 'refused' | 'failed'): void {
    this.#requeued.inc({ reason });
  }

  duplicate(): void {
    this.#duplicates.inc();
  }

  started(queueMs: number): void {
    this.#latency.observe(queueMs / 1000);
  }
}
