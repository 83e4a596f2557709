// The daemon's retained telemetry on its own local socket bus (presence and workload states),
// so `mctl` finds the device name there and `mctl sub` works on the box with no network.
// QoS 0: the broker is in-process; nothing to retry.
import type { Logger } from 'pino';
import { encode, type MessageInput } from '../proto/codec.ts';
import { topics } from '../proto/topics.ts';
import type { LocalBus } from './local-bus.ts';
import type { WorkloadView } from './supervisor/types.ts';
import { workloadStateOf } from './wire.ts';

export class LocalTelemetry {
  readonly #bus: LocalBus;
  readonly #device: string;
  readonly #logger: Logger;

  constructor(deps: { bus: LocalBus; device: string; logger: Logger }) {
    this.#bus = deps.bus;
    this.#device = deps.device;
    this.#logger = deps.logger;
  }

  presence(presence: MessageInput<'presence'>): Promise<void> {
    return this.#publish(topics.presence(this.#device), encode('presence', presence));
  }

  workload(view: WorkloadView): Promise<void> {
    return this.#publish(topics.workload(this.#device, view.name), encode('workload', workloadStateOf(view)));
  }

  /** An empty retained payload: the workload is gone. */
  clearWorkload(name: string): Promise<void> {
    return this.#publish(topics.workload(this.#device, name), new Uint8Array());
  }

  async #publish(topic: string, payload: Uint8Array): Promise<void> {
    if (!this.#bus.open) return;
    try {
      await this.#bus.publish(topic, payload, { qos: 0, retain: true });
    } catch (err) {
      this.#logger.debug({ err, topic }, 'local publish failed');
    }
  }
}
