// Public surface of the embedded broker, for the controller, the device daemon and mctl.
export { identityOf } from './auth-hooks.ts';
export {
  type Authorizer,
  allowAll,
  type ClientIdentity,
  type ConnectionMeta,
  isLoopbackAddress,
  loopbackOnly,
} from './authorizer.ts';
export {
  type Broker,
  type BrokerAddresses,
  type BrokerLimits,
  type BrokerOptions,
  type BrokerStats,
  createBroker,
  DEFAULT_LIMITS,
} from './broker.ts';
export { type MqttRouteOptions, registerMqttRoute } from './fastify.ts';
