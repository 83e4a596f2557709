// The daemon.yaml snippet `mctl device add` prints: `device_name` and the `fleet:` block
// with the new credentials. It is checked against the daemon's own schema before it is
// shown, so what the operator pastes is known to load.
import { stringify } from 'yaml';
import { FleetSchema } from '../../device/config/daemon-schema.ts';
import { McError } from '../../proto/errors.ts';

export interface FleetYamlInput {
  name: string;
  brokerUrls: readonly string[];
  username: string;
  password: string;
  tags: readonly string[];
}

export function renderFleetYaml(input: FleetYamlInput): string {
  if (input.brokerUrls.length === 0) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'at least one broker URL is needed for the fleet block');
  }
  const fleet = {
    // One URL stays a scalar, as a person would write it; several become the failover list.
    broker_url: input.brokerUrls.length === 1 ? input.brokerUrls[0] : [...input.brokerUrls],
    username: input.username,
    password: input.password,
    ...(input.tags.length > 0 ? { tags: [...input.tags] } : {}),
  };
  const checked = FleetSchema.safeParse(fleet);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `fleet.${i.path.join('.')}: ${i.message}`);
    throw new McError('MC_ERR_INVALID_ARGUMENT', `the fleet block would not load: ${problems.join('; ')}`);
  }
  const header = [
    `# Master Control credentials of device ${input.name}: the password is shown only once.`,
    '# Paste into daemon.yaml (or move the password to a file named by fleet.password_file).',
  ];
  // yaml quotes whatever needs it (a password starting with '-', a numeric-looking one).
  return `${header.join('\n')}\n${stringify({ device_name: input.name, fleet })}`;
}
