// The rolling deployer: creates deployments, advances every active one on a timer and on
// every fleet change, and resumes them from LMDB on start — a deployment the controller was
// running when it stopped continues (or rolls back when its deadlines passed meanwhile), so
// none stays in progress forever. Announces every persisted change as a 'change' event.
//
// The deployments with work left (active, or watching devices that owe a late report) are
// held in memory between ticks: the deployer is their only writer and writes every change
// before acting on it, so the in-memory record is exactly what LMDB holds — and a tick (four
// a second plus one per fleet change) does not decode every deployment ever made. Cancel and
// promote change that same object, so a tick in flight cannot save over them.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { encode } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { topics } from '../../proto/topics.ts';
import type { DeviceRegistry } from '../registry/device-registry.ts';
import type { ReleaseDb } from '../releases/release-db.ts';
import type { ReleasePublisher } from '../releases/release-publisher.ts';
import type { ReleaseStore } from '../releases/release-store.ts';
import type { FleetStore } from '../store/fleet-store.ts';
import { advance, noteLateReports, resync, type StepContext } from './deploy-steps.ts';
import { planBatches, resolveTargets } from './plan.ts';
import {
  ACTIVE_STATUSES,
  type Deployment,
  type DeploymentChange,
  type DeploymentSpec,
  type DeviceDesired,
} from './types.ts';

/** Active, or an ended one still watching a device that did not report (deploy-steps.ts noteLateReports). */
function needsWork(d: Deployment): boolean {
  return (
    ACTIVE_STATUSES.includes(d.status) ||
    Object.values(d.devices).some(
      (p) => p.awaiting_report === true && (p.step === 'failed' || p.step === 'rollback_failed'),
    )
  );
}

export interface DeployerOptions {
  db: ReleaseDb;
  releases: ReleaseStore;
  publisher: ReleasePublisher;
  client: MqttClient;
  store: FleetStore;
  registry?: DeviceRegistry;
  logger: Logger;
  now?: () => number;
  /** How often active deployments are re-evaluated without a fleet change (deadlines, min_healthy_time). */
  tickMs?: number;
  /**
   * After start, an offline device is not failed for this long (default 30 s, the default
   * stale_after): presence retained on the broker is still arriving, the store's last word
   * may be stale, and after a crash of the embedded broker every device is reconnecting with
   * its backoff (1 s doubling, with jitter; 4-8 s for the third attempt) while the broker
   * replays the Last Will of its connection from before the crash.
   */
  settleMs?: number;
}

export class Deployer extends EventEmitter<{ change: [DeploymentChange] }> {
  readonly #o: DeployerOptions;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #onFleetChange = () => this.#requestTick();
  /** Deployments with work left, by id (see the top of this file). */
  readonly #live = new Map<string, Deployment>();
  #timer: NodeJS.Timeout | undefined;
  #ticking: Promise<void> | undefined;
  #again = false;
  #resyncDue = false;
  #startedMs = 0;

  constructor(opts: DeployerOptions) {
    super();
    this.#o = opts;
    this.#logger = opts.logger.child({ component: 'deployer' });
    this.#now = opts.now ?? Date.now;
  }

  /** Resumes every active deployment (republishing what was in flight) and starts ticking. */
  async start(): Promise<void> {
    if (this.#timer) return;
    this.#resyncDue = true;
    this.#startedMs = this.#now();
    this.#live.clear();
    for (const d of this.list()) if (needsWork(d)) this.#live.set(d.id, d);
    this.#o.store.on('change', this.#onFleetChange);
    this.#timer = setInterval(() => this.#requestTick(), this.#o.tickMs ?? 250);
    const active = [...this.#live.values()].filter((d) => ACTIVE_STATUSES.includes(d.status));
    if (active.length > 0) this.#logger.info({ ids: active.map((d) => d.id) }, 'resuming deployments');
    this.#requestTick();
    await this.#ticking;
  }

  /** Stops ticking and waits for a step in progress; deployments stay active in LMDB (idempotent). */
  async stop(): Promise<void> {
    if (!this.#timer) return;
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#o.store.off('change', this.#onFleetChange);
    this.#again = false;
    await this.#ticking;
  }

  list(): Deployment[] {
    return [...this.#o.db.deployments.getRange()]
      .map(({ value }) => value)
      .sort((a, b) => b.created_ms - a.created_ms);
  }

  get(id: string): Deployment | undefined {
    return this.#o.db.deployments.get(id);
  }

  async create(spec: DeploymentSpec, actor: string): Promise<Deployment> {
    const meta = this.#o.releases.meta(spec.release);
    if (!meta) throw new McError('MC_ERR_NOT_FOUND', `no release ${spec.release}`);
    if (!(spec.healthy_deadline_ms > spec.min_healthy_time_ms)) {
      throw new McError('MC_ERR_INVALID_ARGUMENT', 'healthy_deadline must be longer than min_healthy_time');
    }
    const devices = resolveTargets(spec.targets, this.#o);
    const busy = this.list().filter(
      (d) => ACTIVE_STATUSES.includes(d.status) && devices.some((n) => n in d.devices),
    );
    if (busy[0]) {
      const shared = devices.filter((n) => busy.some((d) => n in d.devices));
      throw new McError(
        'MC_ERR_CONFLICT',
        `deployment ${busy[0].id} is still running on ${shared.join(', ')}; cancel it or wait for it to end`,
      );
    }
    const now = this.#now();
    const batches = planBatches(devices, spec.batch_size, spec.canary);
    const d: Deployment = {
      ...spec,
      id: `${now.toString(36)}-${randomBytes(3).toString('hex')}`,
      sha256: meta.sha256,
      actor,
      status: 'pending',
      batches,
      current_batch: 0,
      devices: Object.fromEntries(
        batches.flatMap((names, batch) =>
          names.map((device) => [
            device,
            {
              device,
              batch,
              step: 'pending',
              generation: 0,
              previous: null,
              started_ms: null,
              healthy_since_ms: null,
              failures_baseline: null,
              finished_ms: null,
              error: null,
            },
          ]),
        ),
      ),
      awaiting_promote: false,
      promoted: false,
      cancel_requested: false,
      rollback_on_cancel: false,
      created_ms: now,
      updated_ms: now,
      finished_ms: null,
      error: null,
    };
    // The bundle must be on the bus before any device is pointed at it.
    await this.#o.publisher.ensure(spec.release);
    await this.#save(d);
    this.#logger.info({ id: d.id, release: d.release, devices: devices.length }, 'deployment created');
    // What was saved, as a copy: the tick goes on changing the live record.
    const saved = structuredClone(d);
    this.#requestTick();
    return saved;
  }

  /** Stops before the next batch; with rollback, returns every device already done to its previous release. */
  async cancel(id: string, opts: { rollback: boolean }): Promise<Deployment> {
    const d = this.#active(id, 'cancel');
    if (d.status === 'rolling_back')
      throw new McError('MC_ERR_CONFLICT', `deployment ${id} is already rolling back`);
    d.cancel_requested = true;
    d.rollback_on_cancel = opts.rollback;
    await this.#save(d);
    // What was saved, as a copy: the tick goes on changing the live record.
    const saved = structuredClone(d);
    this.#requestTick();
    return saved;
  }

  /** Continues a deployment paused after its canary. */
  async promote(id: string): Promise<Deployment> {
    const d = this.#active(id, 'promote');
    if (!d.awaiting_promote)
      throw new McError('MC_ERR_CONFLICT', `deployment ${id} is not waiting for promotion`);
    d.awaiting_promote = false;
    d.promoted = true;
    await this.#save(d);
    // What was saved, as a copy: the tick goes on changing the live record.
    const saved = structuredClone(d);
    this.#requestTick();
    return saved;
  }

  #active(id: string, what: string): Deployment {
    const d = this.#live.get(id) ?? this.get(id);
    if (!d) throw new McError('MC_ERR_NOT_FOUND', `no deployment ${id}`);
    if (!ACTIVE_STATUSES.includes(d.status)) {
      throw new McError('MC_ERR_CONFLICT', `cannot ${what} deployment ${id}: it is ${d.status}`);
    }
    return d;
  }

  async #save(d: Deployment): Promise<void> {
    d.updated_ms = this.#now();
    await this.#o.db.deployments.put(d.id, d);
    if (needsWork(d)) this.#live.set(d.id, d);
    else this.#live.delete(d.id);
    // A copy, so a listener never sees later steps mutate what it was given (none: no copy).
    if (this.listenerCount('change') > 0)
      this.emit('change', { kind: 'deployment', deployment: structuredClone(d) });
  }

  async #publish(device: string, desired: DeviceDesired): Promise<void> {
    await this.#o.publisher.ensure(desired.release);
    await this.#o.db.desired.put(device, desired);
    await this.#o.client.publishAsync(topics.desired(device), Buffer.from(encode('desired', desired)), {
      qos: 1,
      retain: true,
    });
  }

  #context(): StepContext {
    return {
      now: this.#now,
      settling: () => this.#now() - this.#startedMs < (this.#o.settleMs ?? 30_000),
      snapshot: (name) => this.#o.store.device(name),
      desired: (name) => this.#o.db.desired.get(name),
      releaseSha: (v) => this.#o.releases.meta(v)?.sha256,
      save: (d) => this.#save(d),
      publish: (name, desired) => this.#publish(name, desired),
    };
  }

  #requestTick(): void {
    if (this.#ticking) {
      this.#again = true;
      return;
    }
    this.#ticking = this.#tick().finally(() => {
      this.#ticking = undefined;
      if (this.#again && this.#timer) {
        this.#again = false;
        this.#requestTick();
      }
    });
  }

  async #tick(): Promise<void> {
    const ctx = this.#context();
    const resyncing = this.#resyncDue;
    this.#resyncDue = false;
    for (const d of [...this.#live.values()]) {
      const active = ACTIVE_STATUSES.includes(d.status);
      try {
        if (active && resyncing) await resync(d, ctx);
        if (active) await advance(d, ctx);
        await noteLateReports(d, ctx);
      } catch (err) {
        // Most likely the bus: what was decided is persisted, so republish it next time. Back
        // to the persisted record, in case it was LMDB and memory holds an unsaved decision.
        this.#resyncDue = true;
        const persisted = this.get(d.id);
        if (persisted && needsWork(persisted)) this.#live.set(d.id, persisted);
        this.#logger.warn({ err, id: d.id }, 'deployment step failed; retrying');
      }
    }
  }
}
