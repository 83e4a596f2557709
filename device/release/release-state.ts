// What the device remembers of its desired states, in its own sub-database of the daemon's
// link LMDB env: the last generation it acted on (applied or refused) and why it refused,
// and the order in which releases were switched to (which ones pruning keeps). Writes are
// awaited: the generation is the device's promise to the deployer, and a retained desired
// state redelivered after a crash must be recognised as already handled — or redone.
import type { Database, RootDatabase } from 'lmdb';

export interface HandledDesired {
  generation: number;
  release: string;
  sha256: string;
  deployment_id: string;
  /** '' when applied; the reason when refused. */
  error: string;
}

const HANDLED = 'handled';
const HISTORY = 'history';

type Value = HandledDesired | string[];

export class ReleaseState {
  readonly #db: Database<Value, string>;

  constructor(root: RootDatabase) {
    this.#db = root.openDB<Value, string>({ name: 'release_state' });
  }

  handled(): HandledDesired | undefined {
    return this.#db.get(HANDLED) as HandledDesired | undefined;
  }

  async setHandled(value: HandledDesired): Promise<void> {
    await this.#db.put(HANDLED, value);
  }

  /** Versions switched to, most recent first. */
  history(): string[] {
    return (this.#db.get(HISTORY) as string[] | undefined) ?? [];
  }

  async recordSwitch(version: string, limit: number): Promise<string[]> {
    const next = [version, ...this.history().filter((v) => v !== version)].slice(0, limit);
    await this.#db.put(HISTORY, next);
    return next;
  }
}
