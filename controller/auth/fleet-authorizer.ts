// The broker Authorizer of a fleet (DESIGN.md §6): devices log in with the credentials the
// registry generated for them, the controller and mctl with the operator token, dashboards
// with the observer token; every PUBLISH and SUBSCRIBE then goes through the ACL in acl.ts.
// Everything refused, and why, is described in docs/security.md.
import { timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { Authorizer, ClientIdentity, ConnectionMeta } from '../../broker/authorizer.ts';
import { deviceClientId } from '../../device/fleet/client-options.ts';
import { decode } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { parseTopic } from '../../proto/topics.ts';
import type { DeviceRegistry } from '../registry/device-registry.ts';
import { sha256 } from '../registry/password-hash.ts';
import { canPublish, canSubscribe } from './acl.ts';
import { createRefusalLog } from './refusal-log.ts';

/**
 * The prefix of the client id a device daemon uses (`deviceClientId`). Devices must use
 * exactly theirs and nobody else may use one: whoever connects with a device's id takes
 * over its persistent session, including the commands queued for it.
 */
export const DEVICE_CLIENT_ID_PREFIX = 'mc-dev-';

export interface FleetAuthorizerOptions {
  registry: DeviceRegistry;
  /** User name `operator` + this password → role `operator`. */
  operatorToken: string;
  /** User name `observer` + this password → role `observer`; absent → no observer logins. */
  observerToken?: string;
  /** Accepted for the documented shape only: there is no password-less operator, even on loopback. */
  allowLoopbackOperatorWithoutPassword?: false;
  /** Where refused logins are explained (throttled); the broker logs each refusal without a reason. */
  logger?: Logger;
  now?: () => number;
}

/**
 * Every device may publish on `mc/reply/{client}`, and a requester matches a reply by its
 * command id and the `device` written in it: a device may answer only as itself, so a reply
 * that does not decode or names another device is dropped. Without this a device that knew
 * or guessed a command id (fleet task ids are predictable) could answer for another device.
 */
function repliesAsItself(identity: ClientIdentity, topic: string, payload: Buffer): boolean {
  if (parseTopic(topic)?.kind !== 'reply') return true;
  const reply = decode('reply', payload);
  return reply.ok && reply.value.device === identity.device;
}

export function fleetAuthorizer(opts: FleetAuthorizerOptions): Authorizer {
  if (opts.operatorToken.length === 0)
    throw new McError('MC_ERR_CONFIG', 'the operator token must not be empty');
  if (opts.observerToken === '') {
    throw new McError(
      'MC_ERR_CONFIG',
      'the observer token must not be empty (leave it out to disable observers)',
    );
  }
  // Digests of equal length, so timingSafeEqual compares without revealing the token length.
  const tokens = new Map<string, Buffer>([['operator', sha256(opts.operatorToken)]]);
  if (opts.observerToken !== undefined) tokens.set('observer', sha256(opts.observerToken));
  const { registry } = opts;
  const logRefusal = createRefusalLog(opts.logger?.child({ component: 'fleet-auth' }), opts.now);

  function refuse(
    reason: string,
    clientId: string,
    username: string | undefined,
    meta: ConnectionMeta,
  ): null {
    logRefusal({
      reason,
      clientId,
      transport: meta.transport,
      ...(username === undefined ? {} : { username }),
      ...(meta.remoteAddress === undefined ? {} : { remoteAddress: meta.remoteAddress }),
    });
    return null;
  }

  return {
    async authenticate({ clientId, username, password, meta }): Promise<ClientIdentity | null> {
      const no = (reason: string) => refuse(reason, clientId, username, meta);
      if (username === undefined || username === '') return no('no user name');
      if (password === undefined) return no('no password');

      if (username === 'operator' || username === 'observer') {
        const expected = tokens.get(username);
        if (!expected) return no(`${username} logins are disabled`);
        if (!timingSafeEqual(sha256(password), expected)) return no(`wrong ${username} token`);
        if (clientId.startsWith(DEVICE_CLIENT_ID_PREFIX)) return no('client id reserved for devices');
        return { clientId, username, role: username, meta };
      }

      // Checked before the password: it needs no secret and spares a scrypt.
      if (clientId !== deviceClientId(username)) {
        return no(`client id must be ${DEVICE_CLIENT_ID_PREFIX}<user name>`);
      }
      if (!(await registry.verify(username, password))) {
        return no(registry.get(username) ? 'wrong password' : 'unknown device');
      }
      return { clientId, username, role: 'device', device: username, meta };
    },

    authorizePublish: (identity, topic, payload) =>
      canPublish(identity, topic) &&
      (identity.role !== 'device' || repliesAsItself(identity, topic, payload)),
    authorizeSubscribe: (identity, filter) => canSubscribe(identity, filter),
  };
}
