// What a simulator process counts, cumulative since it started (the scenario takes
// differences between two reports). Publishes are counted when written to the socket and
// acknowledged separately, so "published but never acknowledged" is visible.

import { newDesiredCounters } from './desired.ts';

export const PUBLISH_KINDS = ['presence', 'status', 'workload', 'heartbeat', 'events', 'reply'] as const;
export type PublishKind = (typeof PUBLISH_KINDS)[number];

export class SimCounters {
  readonly published: Record<PublishKind, number> = {
    presence: 0,
    status: 0,
    workload: 0,
    heartbeat: 0,
    events: 0,
    reply: 0,
  };
  /** PUBACKs received for our QoS 1 publishes. */
  acked = 0;
  connectAttempts = 0;
  /** CONNACK 0 received. */
  connects = 0;
  /** CONNACK with a refusal code (bad credentials, server unavailable). */
  refused = 0;
  /** No CONNACK within the connect timeout. */
  connectTimeouts = 0;
  /** Socket errors (ECONNREFUSED while the controller restarts, resets). */
  socketErrors = 0;
  /** Bytes from the broker that are not MQTT we understand. */
  protocolErrors = 0;
  /** QoS 1 publishes still unacknowledged when their connection closed (events are resent). */
  unackedAtClose = 0;
  /** Connections cut on purpose by reconnect churn (the will fires). */
  drops = 0;
  /** Connections lost that the simulator did not cut. */
  unexpectedCloses = 0;
  /** Commands received on mc/{d}/cmd. */
  commands = 0;
  /** Workload state changes made by churn or by commands. */
  stateChanges = 0;
  /** Desired states followed, bundles fetched (and their bytes), switches and refusals. */
  readonly desired = newDesiredCounters();
  /** Socket open → CONNACK, ms, since the last report (reset by takeConnectTimes). */
  #connectTimes: number[] = [];

  connected(ms: number): void {
    this.connects += 1;
    this.#connectTimes.push(ms);
  }

  takeConnectTimes(): number[] {
    const out = this.#connectTimes;
    this.#connectTimes = [];
    return out;
  }

  /** Publishes that are errors for the report: refusals, timeouts, socket and protocol errors. */
  get errors(): number {
    return this.refused + this.connectTimeouts + this.socketErrors + this.protocolErrors;
  }
}
