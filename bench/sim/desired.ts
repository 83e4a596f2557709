// A simulated device following its desired release, as the daemon's release manager does
// (device/release/release-manager.ts, docs/releases.md "Device side"), minus the disk: on a
// DesiredState on mc/{d}/desired with a generation above the last one handled, take the
// bundle from disk when that version+sha256 was fetched before (a rollback), else subscribe
// to the retained mc/releases/{v}, check it with verifyRelease against the desired sha256,
// unsubscribe; then "switch" (every workload restarts, as a release switch restarts them)
// and report release, desired_generation and release_error in status and presence. A refusal
// (undecodable bundle, other version, sha256 mismatch) keeps the running release and reports
// the reason at that generation. One desired state at a time; the newest wins.
import { decode, type Message } from '../../proto/codec.ts';
import { verifyRelease } from '../../proto/release.ts';
import { topics } from '../../proto/topics.ts';
import type { DeviceState, Transition } from './device-state.ts';

/** What the link does for us: raw (un)subscriptions and publishing the consequences of a switch. */
export interface DesiredIo {
  subscribe(filter: string): void;
  unsubscribe(filter: string): void;
  /** Applies the restarts, then publishes their events and workload states and one status. */
  switched(transitions: Transition[], now: number): void;
  /** The status again (a refusal changed only the release fields). */
  reported(now: number): void;
}

/** The release fields a device reports (DeviceStatus.release / desired_generation / release_error). */
export interface ReleaseReport {
  release: string;
  generation: number;
  error: string;
}

/** Counts kept per simulator process, for the deploy benchmark. */
export interface DesiredCounters {
  desired: number;
  bundles: number;
  bundleBytes: number;
  switched: number;
  refused: number;
}

export function newDesiredCounters(): DesiredCounters {
  return { desired: 0, bundles: 0, bundleBytes: 0, switched: 0, refused: 0 };
}

type Desired = Message<'desired'>;

export class DesiredFollower {
  readonly topic: string;
  readonly #state: DeviceState;
  readonly #io: DesiredIo;
  readonly #counters: DesiredCounters;
  /** Versions "on disk": fetched and verified before (the daemon keeps the last 3). */
  readonly #kept = new Map<string, string>();
  /** The desired state being fetched, and the topic of its bundle. */
  #fetching: { desired: Desired; topic: string } | undefined;

  constructor(state: DeviceState, io: DesiredIo, counters: DesiredCounters) {
    this.#state = state;
    this.#io = io;
    this.#counters = counters;
    this.topic = topics.desired(state.name);
  }

  /** True when the link should hand this publish to us. */
  handles(topic: string): boolean {
    return topic === this.topic || topic === this.#fetching?.topic;
  }

  onPublish(topic: string, payload: Buffer, now: number): void {
    if (topic === this.topic) this.#onDesired(payload, now);
    else this.#onBundle(payload, now);
  }

  /** After a reconnect without a session the broker forgot the bundle subscription: ask again. */
  resubscribe(): void {
    if (this.#fetching) this.#io.subscribe(this.#fetching.topic);
  }

  #onDesired(payload: Buffer, now: number): void {
    // An empty retained payload clears the desired state (device removed): nothing to do.
    if (payload.length === 0) return;
    const decoded = decode('desired', payload);
    if (!decoded.ok) return;
    const desired = decoded.value;
    const generation = Number(desired.generation);
    const report = this.#state.release;
    if (desired.release === '' || generation <= report.generation) return;
    if (this.#fetching && generation <= Number(this.#fetching.desired.generation)) return;
    this.#counters.desired += 1;
    if (this.#fetching) this.#io.unsubscribe(this.#fetching.topic);
    this.#fetching = undefined;
    if (this.#kept.get(desired.release) === desired.sha256) {
      this.#switch(desired, now);
      return;
    }
    let topic: string;
    try {
      topic = topics.release(desired.release);
    } catch (err) {
      this.#refuse(desired, err, now);
      return;
    }
    this.#fetching = { desired, topic };
    this.#io.subscribe(topic);
  }

  #onBundle(payload: Buffer, now: number): void {
    const fetching = this.#fetching;
    if (!fetching || payload.length === 0) return;
    this.#fetching = undefined;
    this.#io.unsubscribe(fetching.topic);
    this.#counters.bundles += 1;
    this.#counters.bundleBytes += payload.length;
    const { desired } = fetching;
    const decoded = decode('release', payload);
    try {
      if (!decoded.ok) throw decoded.error;
      if (decoded.value.version !== desired.release) {
        throw new Error(`mc/releases/${desired.release} carries release ${decoded.value.version}`);
      }
      verifyRelease(decoded.value, desired.sha256);
    } catch (err) {
      this.#refuse(desired, err, now);
      return;
    }
    this.#kept.set(desired.release, desired.sha256);
    this.#switch(desired, now);
  }

  #switch(desired: Desired, now: number): void {
    this.#counters.switched += 1;
    this.#state.release = { release: desired.release, generation: Number(desired.generation), error: '' };
    const restarts = this.#state.workloads.map((_, i) => this.#state.commandTransition(i, 'restart'));
    this.#io.switched(restarts, now);
  }

  #refuse(desired: Desired, err: unknown, now: number): void {
    this.#counters.refused += 1;
    this.#state.release = {
      release: this.#state.release.release,
      generation: Number(desired.generation),
      error: err instanceof Error ? err.message : String(err),
    };
    this.#io.reported(now);
  }
}

/** UNSUBSCRIBE ([MQTT-3.10.1-1]: reserved flags 0b0010) — the one packet mqtt-wire.ts lacks. */
export function encodeUnsubscribe(packetId: number, filter: string): Buffer {
  const topic = Buffer.from(filter, 'utf8');
  const body = Buffer.alloc(4 + topic.length);
  body.writeUInt16BE(packetId, 0);
  body.writeUInt16BE(topic.length, 2);
  topic.copy(body, 4);
  const length: number[] = [];
  let n = body.length;
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    length.push(byte);
  } while (n > 0);
  return Buffer.concat([Buffer.from([0xa2, ...length]), body]);
}
