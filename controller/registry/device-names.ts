// Which names a device may be registered under. On top of the topic contract's rules
// (NAME_PATTERN, RESERVED_DEVICE_NAMES), the MQTT user names of the non-device roles are
// taken: a device is authenticated by its name as user name, so a device called `operator`
// could never log in as a device.
import { McError } from '../../proto/errors.ts';
import { assertDeviceName } from '../../proto/topics.ts';

/** MQTT user names of the operator and observer roles (controller/auth/fleet-authorizer.ts). */
export const ROLE_USERNAMES: ReadonlySet<string> = new Set(['operator', 'observer']);

/** Throws McError(MC_ERR_INVALID_NAME) unless `name` can be a registered device. */
export function assertRegistrableName(name: string): string {
  assertDeviceName(name);
  if (ROLE_USERNAMES.has(name)) {
    throw new McError(
      'MC_ERR_INVALID_NAME',
      `device name ${JSON.stringify(name)} is reserved: it is the MQTT user name of the ${name} role`,
    );
  }
  return name;
}
