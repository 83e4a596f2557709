// Duplicate and gap detection for one device's events. A device numbers its events with a
// seq that keeps rising across reconnects and daemon restarts (it is persisted with the
// outbox), and every event names the daemon run (boot id) that produced it. QoS 1 means a
// redelivery after a reconnect is normal, so:
//   - from an earlier run than the latest one seen: a late copy (the device sends its outbox
//     in seq order, so an earlier run's events never follow a later run's): duplicate.
//   - seq above the last one: new; a jump of more than one is a gap (events lost on the way).
//   - seq at or below the last one, from the latest run: duplicate.
//   - seq at or below the last one from a run never seen: the device's counter started over
//     (its data dir was wiped), so the event is new and the sequence restarts there.
//   - seq 0: the sender does not number events; nothing can be deduplicated, all are kept.
//   - seq at or below the last one, from the latest run, inside a hole this sequence saw open
//     (a jump seen earlier): late, not a duplicate — it fills the hole. The controller's
//     persistent session makes this real: Aedes starts live delivery to a reconnecting session
//     before it has streamed the session's queue, so live events overtake queued ones
//     (docs/fleet-store.md). Holes are remembered in memory only, at most MAX_HOLES ranges
//     per device (the oldest are forgotten first); after a controller restart a late event
//     for a hole of the previous run is taken for a duplicate, as before.

/** Earlier boot ids remembered per device, to recognise a late redelivery from one of them. */
export const PRIOR_BOOTS_KEPT = 8;

/** Open holes (ranges of missing seqs) remembered per device. */
export const MAX_HOLES = 64;

export type SeqVerdict = 'new' | 'late' | 'duplicate' | 'reset';

export interface SeqJudgement {
  verdict: SeqVerdict;
  /** Seqs skipped between the last event and this one; -1 for a late event that fills one. */
  gap: number;
}

export class EventSequence {
  lastSeq: number;
  boot: string;
  /** Boot ids before `boot`, most recent first. */
  priorBoots: string[];
  /** Missing seqs of the current sequence as [from, to] ranges, ascending. */
  #holes: [number, number][] = [];

  constructor(lastSeq = 0, boot = '', priorBoots: string[] = []) {
    this.lastSeq = lastSeq;
    this.boot = boot;
    this.priorBoots = priorBoots;
  }

  judge(seq: number, boot: string): SeqJudgement {
    if (seq === 0 || this.lastSeq === 0) return { verdict: 'new', gap: 0 };
    if (boot !== this.boot && this.priorBoots.includes(boot)) return { verdict: 'duplicate', gap: 0 };
    if (seq > this.lastSeq) return { verdict: 'new', gap: seq - this.lastSeq - 1 };
    if (boot === this.boot) {
      return this.#holeOf(seq) >= 0 ? { verdict: 'late', gap: -1 } : { verdict: 'duplicate', gap: 0 };
    }
    return { verdict: 'reset', gap: 0 };
  }

  /** Seqs of the open holes still remembered (for tests and docs). */
  get missing(): number {
    return this.#holes.reduce((n, [from, to]) => n + to - from + 1, 0);
  }

  /** Records an accepted event; true when the list of prior boots changed (persist it). */
  accept(seq: number, boot: string): boolean {
    if (seq === 0) return false;
    if (seq <= this.lastSeq && boot === this.boot) {
      this.#fill(seq);
      return false;
    }
    if (seq <= this.lastSeq)
      this.#holes = []; // the counter started over
    else if (this.lastSeq > 0 && seq > this.lastSeq + 1) this.#open(this.lastSeq + 1, seq - 1);
    this.lastSeq = seq;
    if (boot === this.boot) return false;
    // The latest boot is recovered from the newest stored event; only earlier ones need saving.
    const previous = this.boot;
    this.boot = boot;
    if (previous === '') return false;
    this.priorBoots = [previous, ...this.priorBoots.filter((b) => b !== boot)].slice(0, PRIOR_BOOTS_KEPT);
    return true;
  }

  #holeOf(seq: number): number {
    return this.#holes.findIndex(([from, to]) => seq >= from && seq <= to);
  }

  #open(from: number, to: number): void {
    this.#holes.push([from, to]);
    if (this.#holes.length > MAX_HOLES) this.#holes.shift();
  }

  #fill(seq: number): void {
    const i = this.#holeOf(seq);
    const hole = this.#holes[i];
    if (!hole) return;
    const [from, to] = hole;
    const rest: [number, number][] = [];
    if (from < seq) rest.push([from, seq - 1]);
    if (seq < to) rest.push([seq + 1, to]);
    this.#holes.splice(i, 1, ...rest);
    if (this.#holes.length > MAX_HOLES) this.#holes.shift();
  }
}
