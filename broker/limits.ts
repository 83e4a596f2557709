// Per-connection and per-broker limits of the embedded broker: defaults, validation, and
// why each default was chosen (docs/broker.md repeats the reasons for operators).
import { McError } from '../proto/errors.ts';

export interface BrokerLimits {
  /** Largest MQTT packet (fixed header included) a client may send; bigger closes the connection. */
  maxPacketBytes: number;
  /** Topic levels allowed in PUBLISH and SUBSCRIBE; Aedes clamps this to 1..100. */
  maxTopicLevels: number;
  /** Longest client id accepted in CONNECT (Aedes' 23 is MQTT 3.1's limit, too short for our ids). */
  maxClientIdLength: number;
  /** Accepted connections per second (token bucket, burst = 2 × rate); excess sockets are destroyed. */
  connectionsPerSecond: number;
  /** A connection that sends no CONNECT within this time is closed. */
  connectTimeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<BrokerLimits> = Object.freeze({
  // A release bundle (mc/releases/{version}) is the biggest legitimate message; 1 MiB keeps
  // a misbehaving client from making the broker buffer hundreds of MB per connection.
  maxPacketBytes: 1024 * 1024,
  // Our deepest topic is mc/{d}/workloads/{w} (4 levels); 10 leaves room for third parties.
  maxTopicLevels: 10,
  maxClientIdLength: 128,
  // Reconnect storms after a controller restart: 5,000 devices come back in ~10 s.
  connectionsPerSecond: 500,
  connectTimeoutMs: 10_000,
});

const RULES: Record<keyof BrokerLimits, { min: number; max: number; integer: boolean }> = {
  maxPacketBytes: { min: 64, max: 268_435_455 + 5, integer: true },
  maxTopicLevels: { min: 1, max: 100, integer: true },
  maxClientIdLength: { min: 1, max: 65_535, integer: true },
  connectionsPerSecond: { min: Number.MIN_VALUE, max: Number.POSITIVE_INFINITY, integer: false },
  connectTimeoutMs: { min: 1, max: 3_600_000, integer: true },
};

/** Fills in defaults and rejects (never clamps) out-of-range values, naming the field. */
export function resolveLimits(partial: Partial<BrokerLimits> = {}): Readonly<BrokerLimits> {
  const limits: BrokerLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(partial) as (keyof BrokerLimits)[]) {
    const rule = RULES[key];
    if (rule === undefined) {
      throw new McError('MC_ERR_CONFIG', `broker limits: unknown field ${JSON.stringify(key)}`);
    }
    const value = partial[key];
    if (value === undefined) continue;
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= rule.min &&
      value <= rule.max &&
      (!rule.integer || Number.isInteger(value));
    if (!ok) {
      const kind = rule.integer ? 'an integer' : 'a number';
      throw new McError(
        'MC_ERR_CONFIG',
        `broker limits.${key}: must be ${kind} in [${rule.min}, ${rule.max}], got ${JSON.stringify(value)}`,
      );
    }
    limits[key] = value;
  }
  return Object.freeze(limits);
}
