// Reads controller.yaml: validates it with file:line:column problems like the device
// config, resolves paths against the file's directory, and settles the operator token
// (given, read from a file, or generated once and kept in the data dir).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseWithProblems } from '../../device/config/issue-messages.ts';
import { formatProblem } from '../../device/config/problems.ts';
import { parseYamlSource } from '../../device/config/yaml-source.ts';
import { McError } from '../../proto/errors.ts';
import { type ControllerConfig, ControllerConfigSchema } from './schema.ts';

export interface LoadedControllerConfig extends ControllerConfig {
  /** The operator token in effect. */
  api_token: string;
  /** Where the token came from, for the start-up message. */
  token_source: 'config' | 'file' | 'generated' | 'data_dir';
}

function resolvePaths(config: ControllerConfig, dir: string): ControllerConfig {
  const at = (p: string) => path.resolve(dir, p);
  return {
    ...config,
    data_dir: at(config.data_dir),
    ...(config.api_token_file ? { api_token_file: at(config.api_token_file) } : {}),
    ...(config.inventory ? { inventory: at(config.inventory) } : {}),
    ...(config.tls
      ? {
          tls: {
            ...config.tls,
            cert: at(config.tls.cert),
            key: at(config.tls.key),
            ...(config.tls.ca ? { ca: at(config.tls.ca) } : {}),
          },
        }
      : {}),
  };
}

/** The token: from the config, its file, the one generated earlier, or a new one (saved 0600). */
function settleToken(config: ControllerConfig): Pick<LoadedControllerConfig, 'api_token' | 'token_source'> {
  if (config.api_token) return { api_token: config.api_token, token_source: 'config' };
  if (config.api_token_file) {
    const token = readFileSync(config.api_token_file, 'utf8').split('\n')[0]?.trim() ?? '';
    if (token.length < 16) {
      throw new McError(
        'MC_ERR_CONFIG',
        `${config.api_token_file}: the operator token must be at least 16 characters`,
      );
    }
    return { api_token: token, token_source: 'file' };
  }
  const kept = path.join(config.data_dir, 'api-token');
  if (existsSync(kept)) return { api_token: readFileSync(kept, 'utf8').trim(), token_source: 'data_dir' };
  mkdirSync(config.data_dir, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(kept, `${token}\n`, { mode: 0o600 });
  return { api_token: token, token_source: 'generated' };
}

/** Loads controller.yaml, or the defaults (relative to `baseDir`) when `file` is undefined. */
export async function loadControllerConfig(
  file: string | undefined,
  baseDir = process.cwd(),
): Promise<LoadedControllerConfig> {
  let config: ControllerConfig;
  if (file === undefined) {
    config = resolvePaths(ControllerConfigSchema.parse({}), baseDir);
  } else {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw new McError('MC_ERR_CONFIG', `cannot read ${file}: ${(err as Error).message}`);
    }
    const parsed = parseYamlSource(file, text);
    if (!parsed.ok) throw new McError('MC_ERR_CONFIG', parsed.problems.map(formatProblem).join('\n'));
    const source = parsed.source;
    if (source.value === null || source.value === undefined) {
      config = resolvePaths(ControllerConfigSchema.parse({}), path.dirname(path.resolve(file)));
    } else {
      const result = parseWithProblems(ControllerConfigSchema, file, source);
      if (!result.ok) {
        throw new McError(
          'MC_ERR_CONFIG',
          `invalid ${file}:\n${result.problems.map(formatProblem).join('\n')}`,
          {
            details: result.problems,
          },
        );
      }
      config = resolvePaths(result.value, path.dirname(path.resolve(file)));
    }
  }
  return Object.freeze({ ...config, ...settleToken(config) });
}

/** A controller config from an object (the demo, tests), validated and completed like a file. */
export function controllerConfigFrom(
  input: Record<string, unknown>,
  baseDir: string,
): LoadedControllerConfig {
  const result = ControllerConfigSchema.safeParse(input);
  if (!result.success) {
    const fields = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new McError('MC_ERR_CONFIG', `invalid controller config: ${fields.join('; ')}`);
  }
  const config = resolvePaths(result.data, baseDir);
  return Object.freeze({ ...config, ...settleToken(config) });
}
