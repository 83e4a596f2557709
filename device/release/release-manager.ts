// Converges the device on its desired release (docs/releases.md): for each new desired state
// (a generation above the last one handled) it gets the release — from disk when that version
// is already unpacked with the desired sha256 (rollback), else from the retained
// mc/releases/{v} — checks it with the daemon's own loader, switches `current` atomically,
// hot-reloads, and reports. Any refusal leaves the running release untouched.
//
// One desired state is worked on at a time; a newer one arriving meanwhile aborts a release
// download still waiting and is handled next (only the latest desired state matters).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { type Message, mc } from '../../proto/codec.ts';
import { McError, toErrorBody } from '../../proto/errors.ts';
import type { Release } from '../../proto/release.ts';
import { assertVersion } from '../../proto/topics.ts';
import { DAEMON_FILE_NAMES } from '../config/file-names.ts';
import type { EventMessage } from '../wire.ts';
import type { ReleaseDirs } from './release-dirs.ts';
import type { HandledDesired, ReleaseState } from './release-state.ts';

export type DesiredState = Message<'desired'>;
export type ReleaseEvent = Omit<EventMessage, 'seq' | 'boot_id'>;

/** What the manager needs of the fleet link. */
export interface ReleaseLink {
  /** The retained release of `version`, once the broker delivers it; rejects when aborted. */
  fetchRelease(version: string, signal: AbortSignal): Promise<Release>;
  recordEvent(event: ReleaseEvent): void;
  statusChanged(): void;
}

/** The release fields of DeviceStatus / Presence. */
export interface ReleaseReport {
  release: string;
  desired_generation: number;
  release_error: string;
}

export interface ReleaseManagerDeps {
  dirs: ReleaseDirs;
  state: ReleaseState;
  /** Releases kept on disk, the running one included (daemon.yaml releases.keep). */
  keep: number;
  /** Problems of --config-dir's daemon.yaml with the workloads of `releaseDir` (the daemon's loader). */
  validate: (releaseDir: string) => Promise<string[]>;
  /** The daemon's hot reload (`mctl reload`): it reads workloads from `current`. */
  reload: () => Promise<unknown>;
  /** Resolves once the supervisor runs: no switch before the boot's workloads are adopted. */
  ready: Promise<void>;
  logger: Logger;
  now?: () => number;
}

export class ReleaseManager {
  readonly #deps: ReleaseManagerDeps;
  readonly #logger: Logger;
  #link: ReleaseLink | undefined;
  #current: string | undefined;
  #pending: DesiredState | undefined;
  #working: Promise<void> | undefined;
  #abort: AbortController | undefined;
  #stopped = false;

  constructor(deps: ReleaseManagerDeps) {
    this.#deps = deps;
    this.#logger = deps.logger.child({ component: 'releases' });
  }

  /** Reads the running release and removes what an interrupted install or prune left behind. */
  async start(link: ReleaseLink | undefined): Promise<void> {
    this.#link = link;
    this.#stopped = false;
    this.#current = await this.#deps.dirs.currentVersion();
    await this.#deps.dirs.sweep(new Set(this.#deps.state.history().slice(0, this.#deps.keep)));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#pending = undefined;
    this.#abort?.abort();
    await this.#working;
  }

  report(): ReleaseReport {
    const handled = this.#deps.state.handled();
    return {
      release: this.#current ?? '',
      desired_generation: handled?.generation ?? 0,
      release_error: handled?.error ?? '',
    };
  }

  /** A desired state from the broker (retained on subscribe, or live). Never throws. */
  offer(desired: DesiredState | null): void {
    // A cleared desired topic (device removed) or one naming nothing: nothing to converge on.
    if (this.#stopped || desired === null || desired.release === '') return;
    const generation = Number(desired.generation);
    if (generation <= (this.#deps.state.handled()?.generation ?? 0)) return;
    if (this.#pending && generation <= Number(this.#pending.generation)) return;
    this.#pending = desired;
    this.#abort?.abort();
    this.#working ??= this.#drain().finally(() => {
      this.#working = undefined;
    });
  }

  async #drain(): Promise<void> {
    for (let next = this.#pending; next && !this.#stopped; next = this.#pending) {
      this.#pending = undefined;
      // A redelivered or older generation (e.g. the retained copy after a crash) is done already.
      if (Number(next.generation) <= (this.#deps.state.handled()?.generation ?? 0)) continue;
      const abort = new AbortController();
      this.#abort = abort;
      try {
        await this.#apply(next, abort.signal);
      } catch (err) {
        if (abort.signal.aborted) {
          this.#logger.info({ release: next.release }, 'superseded by a newer desired state');
        } else {
          await this.#refuse(next, err);
        }
      }
    }
  }

  async #apply(desired: DesiredState, signal: AbortSignal): Promise<void> {
    const { dirs } = this.#deps;
    const version = desired.release;
    const generation = Number(desired.generation);
    const log = this.#logger.child({ release: version, generation });
    assertVersion(version);
    let dir = dirs.dirOf(version);
    if ((await dirs.shaOf(version)) === desired.sha256) {
      log.info('release already on disk: switching without download');
    } else {
      const link = this.#link;
      if (!link) throw new McError('MC_ERR_UNAVAILABLE', 'no fleet link to fetch the release from');
      log.info('fetching release');
      const release = await link.fetchRelease(version, signal);
      if (signal.aborted) throw new McError('MC_ERR_CONFLICT', 'superseded');
      if (release.version !== version)
        throw new McError('MC_ERR_CONFLICT', `mc/releases/${version} carries release ${release.version}`);
      dir = await dirs.install(release, desired.sha256, () => log.info('release unpacked'));
    }
    // The device's identity and credentials stay in its --config-dir; a release that tries to
    // replace them is a packing mistake, refused rather than silently half-applied.
    const carried = DAEMON_FILE_NAMES.filter((name) => existsSync(join(dir, name)));
    const problems = [
      ...carried.map(
        (name) => `${join(dir, name)}: a release carries workloads only; ${name} stays in --config-dir`,
      ),
      ...(await this.#deps.validate(dir)),
    ];
    if (problems.length > 0) {
      await dirs.remove(version);
      throw new McError('MC_ERR_CONFIG', `release ${version} refused:\n${problems.join('\n')}`);
    }
    await this.#deps.ready;
    if (this.#stopped) return;
    const previous = await dirs.currentVersion();
    await dirs.switchTo(version);
    this.#current = version;
    // Stored before the reload, so the statuses the reload triggers already pair the new
    // release with its generation (the deployer reads them together).
    await this.#deps.state.setHandled(handledOf(desired, ''));
    log.info({ previous }, 'switched to release');
    try {
      await this.#deps.reload();
    } catch (err) {
      await this.#switchBack(previous, version);
      throw new McError('MC_ERR_CONFIG', `reload of release ${version} failed: ${toErrorBody(err).message}`);
    }
    const history = await this.#deps.state.recordSwitch(version, this.#deps.keep);
    const removed = await dirs.sweep(new Set(history));
    if (removed.length > 0) log.info({ removed }, 'old releases removed');
    this.#emit(mc.v1.EventType.EVENT_TYPE_DEPLOYED, `release ${version} running`, desired);
    this.#link?.statusChanged();
  }

  /** The reload of a switched release failed: back to what ran before, so the device keeps working. */
  async #switchBack(previous: string | undefined, failed: string): Promise<void> {
    if (previous === undefined) {
      // The device ran its --config-dir: no release to return to but that one.
      await this.#deps.dirs.unlinkCurrent();
    } else {
      await this.#deps.dirs.switchTo(previous);
    }
    this.#current = previous;
    await this.#deps
      .reload()
      .catch((err: unknown) => this.#logger.error({ err }, 'reload after switch back'));
    this.#emit(
      mc.v1.EventType.EVENT_TYPE_ROLLED_BACK,
      `release ${failed} failed to load; back to ${previous ?? '--config-dir'}`,
    );
  }

  async #refuse(desired: DesiredState, err: unknown): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    this.#logger.warn(
      { release: desired.release, generation: Number(desired.generation), err: message },
      'release refused',
    );
    try {
      await this.#deps.state.setHandled(handledOf(desired, message));
    } catch (stateErr) {
      this.#logger.error({ err: stateErr }, 'refusal not stored');
    }
    this.#emit(mc.v1.EventType.EVENT_TYPE_DEPLOY_FAILED, message, desired);
    this.#link?.statusChanged();
  }

  #emit(type: mc.v1.EventType, message: string, desired?: DesiredState): void {
    this.#link?.recordEvent({
      ts_ms: (this.#deps.now ?? Date.now)(),
      type,
      workload: '',
      message,
      attrs: desired
        ? {
            release: desired.release,
            generation: String(desired.generation),
            deployment_id: desired.deployment_id,
            sha256: desired.sha256,
          }
        : {},
    });
  }
}

function handledOf(desired: DesiredState, error: string): HandledDesired {
  return {
    generation: Number(desired.generation),
    release: desired.release,
    sha256: desired.sha256,
    deployment_id: desired.deployment_id,
    error,
  };
}
