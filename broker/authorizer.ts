// Who may connect to the broker and what they may publish and subscribe to. The broker
// asks an Authorizer at CONNECT (authenticate) and for every PUBLISH and SUBSCRIBE; the
// controller's device registry and ACL (DESIGN.md §6) will be one implementation.
import { BlockList, isIP } from 'node:net';

export interface ConnectionMeta {
  transport: 'tcp' | 'tls' | 'ws' | 'wss' | 'unix';
  /** Peer address as the socket reports it (IPv4, IPv6 or IPv4-mapped IPv6); none for unix. */
  remoteAddress?: string;
}

export interface ClientIdentity {
  clientId: string;
  username?: string;
  /** Free-form to the broker; the controller uses 'device', 'operator', 'observer'. */
  role: string;
  /** Device name when the client is a device, so ACLs can compare it with topic levels. */
  device?: string;
  meta: ConnectionMeta;
}

export interface Authorizer {
  /** null refuses the connection with CONNACK return code 5 (not authorized). */
  authenticate(args: {
    clientId: string;
    username?: string;
    password?: Buffer;
    meta: ConnectionMeta;
  }): Promise<ClientIdentity | null>;
  /** `payload`: the message (at CONNECT, the will's), for rules that depend on what is said. */
  authorizePublish(identity: ClientIdentity, topic: string, payload: Buffer): boolean | Promise<boolean>;
  authorizeSubscribe(identity: ClientIdentity, filter: string): boolean | Promise<boolean>;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback (::ffff:127.x.y.z, as dual-stack sockets report it). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  // BlockList matches IPv4-mapped IPv6 addresses against IPv4 rules too.
  return LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The default policy: only processes on this machine (loopback or a Unix socket) may
 * connect, and they may use every topic. Safe for a single-host setup and for `mctl` on a
 * device; a fleet needs a real authorizer (or `--allow-remote` on a trusted network).
 * Behind a reverse proxy on the same host every client looks local: do not use it there.
 */
export function loopbackOnly(): Authorizer {
  return {
    async authenticate({ clientId, username, meta }) {
      if (meta.transport !== 'unix' && !isLoopbackAddress(meta.remoteAddress)) return null;
      return { clientId, role: 'local', meta, ...(username === undefined ? {} : { username }) };
    },
    authorizePublish: () => true,
    authorizeSubscribe: () => true,
  };
}

/** Accepts every client and every topic. Unsafe anywhere but tests and closed networks. */
export function allowAll(): Authorizer {
  return {
    async authenticate({ clientId, username, meta }) {
      return { clientId, role: 'anonymous', meta, ...(username === undefined ? {} : { username }) };
    },
    authorizePublish: () => true,
    authorizeSubscribe: () => true,
  };
}
