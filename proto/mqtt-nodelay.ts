// TCP_NODELAY for MQTT.js clients. Commands and replies are small request/response packets;
// with Nagle + delayed ACK each waits ~10–40 ms (STACK.md; a long-lived requester measured
// 44 ms per command without it). MQTT.js has no option for it, so it is set on the socket of
// every connection attempt. TLS sockets are net.Sockets too; over WebSocket, ws sets it itself.
import { Socket } from 'node:net';
import type { MqttClient } from 'mqtt';

/** Sets TCP_NODELAY on the client's current socket. Call it from a 'packetsend' of CONNECT. */
export function setNoDelay(client: MqttClient): void {
  const stream = client.stream;
  if (stream instanceof Socket) stream.setNoDelay(true);
}

/** Keeps TCP_NODELAY on every socket the client opens, reconnects included. */
export function keepNoDelay(client: MqttClient): void {
  setNoDelay(client);
  client.on('packetsend', (packet) => {
    if (packet.cmd === 'connect') setNoDelay(client);
  });
}
