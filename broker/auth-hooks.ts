// Adapts an Authorizer to Aedes' callback hooks, keeps the identity of each client, and
// makes a denied PUBLISH vanish instead of reaching subscribers (see installPublishDrop).
import type { Aedes, AedesOptions, AuthErrorCode, AuthenticateError, Client, PublishPacket } from 'aedes';
import type { Logger } from 'pino';
import { McError } from '../proto/errors.ts';
import type { Authorizer, ClientIdentity, ConnectionMeta } from './authorizer.ts';

export interface BrokerCounters {
  rejectedConnections: number;
  refusedConnects: number;
  oversizedPackets: number;
  deniedPublishes: number;
  deniedSubscribes: number;
}

/** The identity lives on the Aedes client object itself, so it goes away with the client. */
const IDENTITY = Symbol('mc.identity');

/** The identity the authorizer returned for this client at CONNECT; undefined before that. */
export function identityOf(client: Client): ClientIdentity | undefined {
  const identity: unknown = Reflect.get(client, IDENTITY);
  return identity === undefined ? undefined : (identity as ClientIdentity);
}

export interface AuthHooksDeps {
  authorizer: Authorizer;
  maxClientIdLength: number;
  metaOf(client: Client): ConnectionMeta | undefined;
  counters: BrokerCounters;
  logger: Logger;
  /** Called once a client's identity is known, before its CONNACK is sent. */
  onAuthenticated?(client: Client, identity: ClientIdentity): void;
  /**
   * Resolves once the QoS 1 message `tag` (`<broker id>:<broker counter>`) is on disk, or
   * acknowledged by each persistent session it was for (persistence.ts `whenAccepted`); the
   * publisher's PUBACK waits for it.
   */
  accepted?(tag: string): Promise<void>;
}

export type AuthHooks = Required<
  Pick<AedesOptions, 'preConnect' | 'authenticate' | 'authorizePublish' | 'authorizeSubscribe'>
> & { installPublishDrop(aedes: Aedes): void };

/** MQTT 3.1.1 CONNACK return codes used here ([MQTT-3.2.2.3]). */
const IDENTIFIER_REJECTED = 2 as AuthErrorCode;
const SERVER_UNAVAILABLE = 3 as AuthErrorCode;
const NOT_AUTHORIZED = 5 as AuthErrorCode;

/** Aedes types a payload as Buffer | string; the Authorizer always gets bytes. */
function payloadOf(packet: { payload?: Buffer | string }): Buffer {
  const { payload } = packet;
  return Buffer.isBuffer(payload) ? payload : Buffer.from(payload ?? '');
}

function refusal(returnCode: AuthErrorCode, message: string): AuthenticateError {
  return Object.assign(new McError('MC_ERR_UNAUTHORIZED', message), { returnCode });
}

export function createAuthHooks(deps: AuthHooksDeps): AuthHooks {
  const { authorizer, counters, logger } = deps;
  // Aedes publishes after authorizePublish succeeds with no way to skip; these packets are
  // dropped by the wrapper installPublishDrop puts around aedes.publish.
  const denied = new WeakSet<PublishPacket>();
  // The will is only visible in the CONNECT packet, which authenticate does not receive.
  const wills = new WeakMap<Client, PublishPacket>();
  // QoS 1 packets already published (stored for offline sessions and delivered) before their
  // PUBACK: Aedes acknowledges first and publishes after, so a broker killed in between lost
  // messages it had acknowledged. The publish Aedes runs after the PUBACK skips these.
  const published = new WeakSet<PublishPacket>();
  /** Publishes now; the message's tag (`<broker id>:<broker counter>`) goes to `done`. */
  let publishNow:
    | ((packet: PublishPacket, client: Client, done: (err: Error | undefined, tag: string) => void) => void)
    | undefined;

  /** Runs an authorizer decision; a throwing or rejecting authorizer means "no". */
  async function decide(what: string, fn: () => boolean | Promise<boolean>): Promise<boolean> {
    try {
      return (await fn()) === true;
    } catch (err) {
      logger.error({ err }, `authorizer failed in ${what}; denying`);
      return false;
    }
  }

  async function authenticate(client: Client, username?: string, password?: Buffer): Promise<ClientIdentity> {
    const meta = deps.metaOf(client);
    if (meta === undefined) throw refusal(SERVER_UNAVAILABLE, 'connection has no transport metadata');
    const where = `${meta.transport}${meta.remoteAddress ? ` from ${meta.remoteAddress}` : ''}`;
    if (client.id.length > deps.maxClientIdLength) {
      throw refusal(
        IDENTIFIER_REJECTED,
        `client id of ${client.id.length} chars (${where}) exceeds ${deps.maxClientIdLength}`,
      );
    }
    let identity: ClientIdentity | null;
    try {
      identity = await authorizer.authenticate({
        clientId: client.id,
        meta,
        ...(username === undefined ? {} : { username }),
        ...(password === undefined ? {} : { password }),
      });
    } catch (err) {
      logger.error({ err, clientId: client.id }, 'authorizer failed in authenticate');
      throw refusal(SERVER_UNAVAILABLE, `client ${client.id} (${where}) refused: authorizer failed`);
    }
    if (identity === null)
      throw refusal(NOT_AUTHORIZED, `client ${client.id} (${where}) refused: not authorized`);
    // Check the will topic at CONNECT: a will is published after the client is gone, when a
    // refusal can no longer be reported (Mosquitto drops such a will silently at that point).
    const will = wills.get(client);
    if (
      will &&
      !(await decide('will', () => authorizer.authorizePublish(identity, will.topic, payloadOf(will))))
    ) {
      throw refusal(
        NOT_AUTHORIZED,
        `client ${client.id} (${where}) refused: will topic ${will.topic} not allowed`,
      );
    }
    return identity;
  }

  function deny(client: Client, packet: PublishPacket): void {
    denied.add(packet);
    counters.deniedPublishes += 1;
    logger.warn({ clientId: client.id, topic: packet.topic }, 'publish denied');
  }

  return {
    preConnect(client, packet, callback) {
      if (packet.will) wills.set(client, packet.will as PublishPacket);
      callback(null, true);
    },

    authenticate(client, username, password, done) {
      authenticate(client, username, password).then(
        (identity) => {
          Reflect.set(client, IDENTITY, identity);
          deps.onAuthenticated?.(client, identity);
          done(null, true);
        },
        (err: AuthenticateError) => {
          counters.refusedConnects += 1;
          done(err, false);
        },
      );
    },

    authorizePublish(client, packet, callback) {
      // A null client is a will left by a session of an earlier broker run: it was
      // authorized at that session's CONNECT.
      if (client === null) return callback(null);
      const identity = identityOf(client);
      if (identity === undefined || packet.topic.startsWith('$SYS/')) {
        deny(client, packet);
        return callback(null);
      }
      const payload = payloadOf(packet);
      void decide('publish', () => authorizer.authorizePublish(identity, packet.topic, payload)).then(
        (allowed) => {
          if (!allowed) {
            deny(client, packet);
            return callback(null);
          }
          if (packet.qos !== 1 || publishNow === undefined) return callback(null);
          // Store and deliver first, acknowledge after ([MQTT-4.3.2-2]: the PUBACK transfers
          // ownership of the message; it must not be lost once acknowledged): the PUBACK
          // waits until the message is on disk, or acknowledged by every persistent session
          // it was for (level-batch.ts: such a message is never written).
          publishNow(packet, client, (err, tag) => {
            if (err) return callback(err);
            const accepted = deps.accepted?.(tag) ?? Promise.resolve();
            accepted.then(
              () => {
                published.add(packet);
                callback(null);
              },
              (failed: unknown) => {
                logger.error({ err: failed, clientId: client.id }, 'QoS 1 message not stored; no PUBACK');
                callback(failed instanceof Error ? failed : new Error(String(failed)));
              },
            );
          });
        },
      );
    },

    authorizeSubscribe(client, subscription, callback) {
      const identity = identityOf(client);
      const allowed =
        identity === undefined
          ? Promise.resolve(false)
          : decide('subscribe', () => authorizer.authorizeSubscribe(identity, subscription.topic));
      void allowed.then((ok) => {
        if (ok) return callback(null, subscription);
        counters.deniedSubscribes += 1;
        logger.warn({ clientId: client.id, filter: subscription.topic }, 'subscribe denied');
        // A null subscription makes Aedes answer 0x80 in the SUBACK [MQTT-3.9.3] and keep the connection.
        callback(null, null);
      });
    },

    // [MQTT-3.3.5-2] lets a broker either close the connection or acknowledge and drop a
    // PUBLISH it does not authorize. Closing makes a QoS 1 client resend the same message
    // after every reconnect (a reconnect loop), so we acknowledge and drop, as Mosquitto does.
    installPublishDrop(aedes) {
      const publish = aedes.publish.bind(aedes) as (packet: PublishPacket, ...rest: unknown[]) => void;
      publishNow = (packet, client, done) => {
        // Aedes numbers the message (broker.counter) as publish() starts, synchronously.
        const tag = `${aedes.id}:${(aedes as unknown as { counter: number }).counter + 1}`;
        publish(packet, client, (err?: Error) => done(err, tag));
      };
      aedes.publish = (packet: PublishPacket, ...rest: unknown[]) => {
        if (!denied.has(packet) && !published.has(packet)) return publish(packet, ...rest);
        denied.delete(packet);
        published.delete(packet);
        const done = rest.find((arg) => typeof arg === 'function');
        if (done) (done as () => void)();
      };
    },
  };
}
