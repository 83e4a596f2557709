// Fans the fleet store's changes out to the live-feed sessions through one store listener,
// attached while at least one session is open (so an idle controller pays nothing, and a
// hundred dashboards do not trip the emitter's listener limit). Changes that the store does
// not see — a device registered or unregistered through the API — are announced here too.
import type { FleetStore } from '../store/fleet-store.ts';
import type { FleetChange } from '../store/types.ts';

export type ChangeListener = (change: FleetChange) => void;

export class LiveHub {
  readonly #store: FleetStore;
  readonly #listeners = new Set<ChangeListener>();

  constructor(store: FleetStore) {
    this.#store = store;
  }

  get size(): number {
    return this.#listeners.size;
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    if (this.#listeners.size === 0) this.#store.on('change', this.#fanOut);
    this.#listeners.add(listener);
    return () => this.#unsubscribe(listener);
  }

  announce(change: FleetChange): void {
    this.#fanOut(change);
  }

  /** Detaches from the store whatever sessions are left. */
  close(): void {
    this.#listeners.clear();
    this.#store.off('change', this.#fanOut);
  }

  #unsubscribe(listener: ChangeListener): void {
    if (!this.#listeners.delete(listener)) return;
    if (this.#listeners.size === 0) this.#store.off('change', this.#fanOut);
  }

  readonly #fanOut = (change: FleetChange): void => {
    for (const listener of this.#listeners) listener(change);
  };
}
