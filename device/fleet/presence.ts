// The Presence messages of one daemon run: online on every connect, offline as the Last Will
// (the broker publishes it when the connection dies) and offline on a clean shutdown.
import { encode } from '../../proto/codec.ts';

export interface PresenceIdentity {
  bootId: string;
  daemonVersion: string;
  hostname: string;
  /** The release the device runs now ('' when none); read at each publish. */
  release: () => string;
  capabilities?: readonly string[];
}

/** Reason carried by the Last Will: the daemon did not say goodbye, the broker noticed. */
export const WILL_REASON = 'connection lost';

function presence(id: PresenceIdentity, online: boolean, sinceMs: number, reason: string): Uint8Array {
  return encode('presence', {
    online,
    since_ms: sinceMs,
    boot_id: id.bootId,
    daemon_version: id.daemonVersion,
    release: id.release(),
    hostname: id.hostname,
    reason,
    capabilities: [...(id.capabilities ?? [])],
  });
}

export function onlinePresence(id: PresenceIdentity, sinceMs: number): Uint8Array {
  return presence(id, true, sinceMs, '');
}

/**
 * The Last Will. Its since_ms is the time the will was registered (the CONNECT), because the
 * broker publishes these bytes unchanged whenever the connection is lost.
 */
export function willPresence(id: PresenceIdentity, registeredMs: number): Uint8Array {
  return presence(id, false, registeredMs, WILL_REASON);
}

export function shutdownPresence(id: PresenceIdentity, nowMs: number): Uint8Array {
  return presence(id, false, nowMs, 'shutdown');
}
