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

/** Earlier boot ids remembered per device, to recognise a late redelivery from one of them. */
export const PRIOR_BOOTS_KEPT = 8;

export type SeqVerdict = 'new' | 'duplicate' | 'reset';

export interface SeqJudgement {
  verdict: SeqVerdict;
  /** Seqs skipped between the last event and this one. */
  gap: number;
}

export class EventSequence {
  lastSeq: number;
  boot: string;
  /** Boot ids before `boot`, most recent first. */
  priorBoots: string[];

  constructor(lastSeq = 0, boot = '', priorBoots: string[] = []) {
    this.lastSeq = lastSeq;
    this.boot = boot;
    this.priorBoots = priorBoots;
  }

  judge(seq: number, boot: string): SeqJudgement {
    if (seq === 0 || this.lastSeq === 0) return { verdict: 'new', gap: 0 };
    if (boot !== this.boot && this.priorBoots.includes(boot)) return { verdict: 'duplicate', gap: 0 };
    if (seq > this.lastSeq) return { verdict: 'new', gap: seq - this.lastSeq - 1 };
    if (boot === this.boot) return { verdict: 'duplicate', gap: 0 };
    return { verdict: 'reset', gap: 0 };
  }

  /** Records an accepted event; true when the list of prior boots changed (persist it). */
  accept(seq: number, boot: string): boolean {
    if (seq === 0) return false;
    this.lastSeq = seq;
    if (boot === this.boot) return false;
    // The latest boot is recovered from the newest stored event; only earlier ones need saving.
    const previous = this.boot;
    this.boot = boot;
    if (previous === '') return false;
    this.priorBoots = [previous, ...this.priorBoots.filter((b) => b !== boot)].slice(0, PRIOR_BOOTS_KEPT);
    return true;
  }
}
