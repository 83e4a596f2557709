// A QoS 1 publish that survives the connection dropping while it waits. MQTT.js keeps a QoS 1
// packet it has sent, or queued while offline, in its session store and sends it again after
// the reconnect. One case escapes that store: after a CONNACK, while MQTT.js resends its
// stored packets, new publishes wait in a separate queue (`_storeProcessingQueue`), and if the
// connection closes before the resend ends, MQTT.js rejects them with "Connection closed"
// without ever storing or sending them (`_flushStoreProcessingQueue`). Seen in the broker-crash
// fault test (test/faults/broker-crash.test.ts): devices reconnecting to a restarted broker
// lost 1–31 of 1,000 command replies that way. Here such a publish is issued again once the
// client is connected (MQTT.js emits 'connect' after its resend), for as long as the client is
// not ended. Not for retained state whose newer value may be published meanwhile: a late
// resend would overwrite it (the device republishes its whole state at each connect instead).
import type { IClientPublishOptions, MqttClient } from 'mqtt';

/** MQTT.js's rejection of a publish the connection took with it (never sent, never stored). */
function cutByDisconnect(err: unknown): boolean {
  return err instanceof Error && err.message === 'Connection closed';
}

/** Resolves at the client's next 'connect' (now, if connected); false once it is ended. */
function nextConnect(client: MqttClient): Promise<boolean> {
  if (client.disconnecting || client.disconnected) return Promise.resolve(false);
  if (client.connected) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onConnect = () => {
      client.removeListener('end', onEnd);
      resolve(true);
    };
    const onEnd = () => {
      client.removeListener('connect', onConnect);
      resolve(false);
    };
    client.once('connect', onConnect);
    client.once('end', onEnd);
  });
}

/**
 * Publishes at QoS ≥ 1 and resolves on the acknowledgement; a publish the connection dropped
 * before MQTT.js stored it is published again after the reconnect. Rejects only when the
 * client is ended (or for an invalid publish), with MQTT.js's error.
 */
export async function publishUntilAcked(
  client: MqttClient,
  topic: string,
  payload: Buffer,
  opts: IClientPublishOptions,
): Promise<void> {
  for (;;) {
    try {
      await client.publishAsync(topic, payload, opts);
      return;
    } catch (err) {
      if (!cutByDisconnect(err) || !(await nextConnect(client))) throw err;
    }
  }
}
