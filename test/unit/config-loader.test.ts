import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfigDir, loadValidConfigDir, loadWorkloadFile } from '../../device/config/loader.ts';
import { type ConfigProblem, formatProblem } from '../../device/config/problems.ts';
import { McError } from '../../proto/errors.ts';

const EXAMPLES = new URL('../../configs/examples/', import.meta.url).pathname;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A config dir holding `files` (name → content); a programs/ dir with an empty agent module. */
function configDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-config-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'programs'));
  writeFileSync(join(dir, 'programs', 'agent.mjs'), 'export function run() {}\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const valid = (name: string, extra = '') =>
  `name: ${name}\ntype: service\nrun_mode: forever\ncommand: [sleep, "60"]\n${extra}`;

function only(problems: ConfigProblem[]): ConfigProblem {
  expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
  return problems[0] as ConfigProblem;
}

describe('config directory loader', () => {
  it('loads every example of configs/examples with zero problems', async () => {
    const { daemon, workloads, problems } = await loadConfigDir(EXAMPLES);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(workloads.map((w) => w.spec.name).sort()).toEqual([
      'counter-script',
      'flaky-service',
      'hello-agent',
      'python-report',
      'ticker-service',
    ]);
    const types = new Set(workloads.map((w) => w.spec.type));
    const modes = new Set(workloads.map((w) => w.spec.run_mode));
    expect([...types].sort()).toEqual(['agent', 'script', 'service']);
    expect([...modes].sort()).toEqual(['forever', 'n_times', 'schedule']);
    expect(daemon.fleet?.broker_url).toEqual(['mqtt://127.0.0.1:1883']);
    expect(daemon.data_dir).toBe(join(EXAMPLES, '../../.demo/examples'));
  });

  it('reports a YAML syntax error with file and line', async () => {
    const dir = configDir({ 'broken.yaml': 'name: broken\ntype: script\nargs: [1, 2\nrun_mode: forever\n' });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(problem.file).toBe(join(dir, 'broken.yaml'));
    expect(problem.line).toBeGreaterThanOrEqual(3);
    expect(problem.message).toMatch(/^YAML syntax error: /);
    expect(formatProblem(problem)).toMatch(/broken\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('reports duplicate keys as a YAML error', async () => {
    const dir = configDir({ 'dup.yaml': `${valid('dup')}type: script\n` });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(problem).toMatchObject({ line: 5, column: 1 });
    expect(problem.message).toMatch(/unique/);
  });

  it('names an unknown field, its line and the field it was probably meant to be', async () => {
    const dir = configDir({ 'typo.yaml': valid('typo', 'restart_dealy: 5\n') });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(problem).toMatchObject({ line: 5, column: 1, path: 'restart_dealy' });
    expect(problem.message).toBe('unknown field; did you mean restart_delay?');
  });

  it('lists the allowed fields of a small nested mapping', async () => {
    const dir = configDir({ 'nested.yaml': valid('nested', 'restart_backoff:\n  factor: 2\n  jitter: 1\n') });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(formatProblem(problem)).toBe(
      `${join(dir, 'nested.yaml')}:7:3 restart_backoff.jitter: unknown field; allowed here: factor, max_delay, reset_after`,
    );
  });

  it('places a range error on the value, with the dotted field path', async () => {
    const dir = configDir({ 'range.yaml': valid('range', 'restart_backoff:\n  factor: 0.5\n') });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(formatProblem(problem)).toBe(
      `${join(dir, 'range.yaml')}:6:11 restart_backoff.factor: must be >= 1, got 0.5`,
    );
  });

  it('rejects a bad cron expression with a clear message', async () => {
    const dir = configDir({
      'cron.yaml':
        'name: cron\ntype: agent\nrun_mode: schedule\nschedule: "61 * * * *"\nmodule: programs/agent.mjs\n',
    });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(problem).toMatchObject({ line: 4, column: 11, path: 'schedule' });
    expect(problem.message).toBe(
      'invalid cron expression "61 * * * *": Constraint error, got value 61 expected range 0-59',
    );
  });

  it('rejects a cron expression with the wrong number of fields', async () => {
    const dir = configDir({
      'cron.yaml':
        'name: cron\ntype: agent\nrun_mode: schedule\nschedule: "*/5 * * *"\nmodule: programs/agent.mjs\n',
    });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(problem.message).toMatch(/has 4 fields; expected 5 fields .* or 6 with seconds first/);
  });

  it('requires max_runs for n_times and points at the mapping that lacks it', async () => {
    const dir = configDir({
      'n.yaml': '# a comment first\nname: n\ntype: script\nrun_mode: n_times\ncommand: "true"\n',
    });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(problem).toMatchObject({
      line: 2,
      column: 1,
      path: 'max_runs',
      message: 'required when run_mode is n_times',
    });
  });

  it('reports a missing required field by name', async () => {
    const dir = configDir({ 'nameless.yaml': 'type: script\nrun_mode: forever\ncommand: "true"\n' });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(formatProblem(problem)).toBe(`${join(dir, 'nameless.yaml')}:1:1 name: required field is missing`);
  });

  it('says a missing choice field is missing, and shows a value that breaks a pattern', async () => {
    const dir = configDir({ 'w.yaml': 'name: w\nrun_mode: forever\ncommand: "true"\ntags: [ok, Not-OK]\n' });
    const { problems } = await loadConfigDir(dir);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`)).toEqual([
      '1:1 type: required field is missing',
      '4:12 tags[1]: must match [a-z0-9][a-z0-9_-]{0,62}; got "Not-OK"',
    ]);
  });

  it('rejects command and module together', async () => {
    const dir = configDir({ 'both.yaml': valid('both', 'module: programs/agent.mjs\n') });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(problem).toMatchObject({
      line: 5,
      column: 9,
      path: 'module',
      message: 'command and module are mutually exclusive',
    });
  });

  it('names both files when two define the same workload', async () => {
    const dir = configDir({ 'a.yaml': valid('same'), 'b.yaml': valid('same') });
    const { problems, workloads } = await loadConfigDir(dir);
    const problem = only(problems);
    expect(problem).toMatchObject({ file: join(dir, 'b.yaml'), line: 1, column: 7, path: 'name' });
    expect(problem.message).toBe(`duplicate workload name "same": also defined in ${join(dir, 'a.yaml')}`);
    expect(workloads.map((w) => w.file)).toEqual([join(dir, 'a.yaml')]);
  });

  it('reports a module file that does not exist, resolved against the config file', async () => {
    const dir = configDir({
      'mod.yaml': 'name: mod\ntype: agent\nrun_mode: forever\nmodule: programs/missing.mjs\n',
    });
    const problem = only((await loadConfigDir(dir)).problems);
    expect(problem).toMatchObject({ line: 4, column: 9, path: 'module' });
    expect(problem.message).toBe(`${join(dir, 'programs/missing.mjs')} does not exist`);
  });

  it('explains that module is a path when given a dotted Python module name', async () => {
    const dir = configDir({
      'py.yaml': 'name: py\ntype: agent\nrun_mode: forever\nmodule: agents.examples.hello\n',
    });
    expect(only((await loadConfigDir(dir)).problems).message).toMatch(
      /module is a file path relative to the config file/,
    );
  });

  it('checks cwd and a path-like command[0]', async () => {
    const dir = configDir({
      'paths.yaml': 'name: paths\ntype: script\nrun_mode: forever\ncwd: nowhere\ncommand: [./run.sh]\n',
      'script.yaml': 'name: script\ntype: script\nrun_mode: forever\ncwd: programs\ncommand: [./run.sh]\n',
      'noexec.yaml': 'name: noexec\ntype: script\nrun_mode: forever\ncommand: [programs/agent.mjs]\n',
    });
    chmodSync(join(dir, 'programs', 'agent.mjs'), 0o644);
    const { problems } = await loadConfigDir(dir);
    expect(problems.map((p) => `${p.file.slice(dir.length + 1)} ${p.path}: ${p.message}`)).toEqual([
      `noexec.yaml command[0]: ${join(dir, 'programs/agent.mjs')} is not executable (chmod +x)`,
      `paths.yaml cwd: ${join(dir, 'nowhere')} does not exist`,
      `script.yaml command[0]: ${join(dir, 'programs/run.sh')} does not exist`,
    ]);
  });

  it('returns every problem of the set at once, across files and fields', async () => {
    const dir = configDir({
      'a.yaml': 'name: a\ntype: agent\nrun_mode: n_times\ncolour: blue\nmodule: programs/none.mjs\n',
      'b.yaml': 'name: b\ntype: nope\nrun_mode: forever\ncommand: [sleep, 5]\n',
      'c.yaml': 'name: [c\n',
      'daemon.yaml': 'metrics_interval: 0\n',
    });
    const { problems, workloads } = await loadConfigDir(dir);
    expect(problems.map((p) => `${p.file.slice(dir.length + 1)} ${p.path}`)).toEqual([
      'a.yaml max_runs',
      'a.yaml colour',
      'a.yaml module',
      'b.yaml type',
      'b.yaml command[1]',
      'c.yaml ',
      'daemon.yaml metrics_interval',
    ]);
    expect(workloads).toEqual([]);
  });

  it('quotes a hint when YAML read a string field as a number', async () => {
    const dir = configDir({ 'v.yaml': valid('v', 'version: 1.0\nenv:\n  PORT: 8080\n') });
    const { problems } = await loadConfigDir(dir);
    expect(problems.map((p) => `${p.line} ${p.path}: ${p.message}`)).toEqual([
      '5 version: expected a string, got 1 (quote it to make it a string)',
      '7 env.PORT: expected a string, got 8080 (quote it to make it a string)',
    ]);
  });

  it('reads only top-level yaml files: no subdirectories, hidden files or controller configs', async () => {
    const dir = configDir({
      'one.yml': valid('one'),
      '.hidden.yaml': 'not: [valid',
      'controller.yaml': 'http: {port: 8080}\n',
      'notes.txt': 'ignored',
    });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'two.yaml'), valid('two'));
    const { workloads, problems } = await loadConfigDir(dir);
    expect(problems).toEqual([]);
    expect(workloads.map((w) => w.spec.name)).toEqual(['one']);
  });

  it('uses daemon defaults without daemon.yaml, and treats an empty workload file as a problem', async () => {
    const dir = configDir({ 'empty.yaml': '# nothing yet\n' });
    const { daemon, problems } = await loadConfigDir(dir);
    expect(daemon.data_dir).toBe('/var/lib/master-control');
    expect(daemon.log_dir).toBe('/var/lib/master-control/logs');
    expect(only(problems).message).toBe('file is empty; expected a workload');
  });

  it('reports a config directory that does not exist', async () => {
    const missing = join(tmpdir(), 'mc-config-does-not-exist');
    const problem = only((await loadConfigDir(missing)).problems);
    expect(problem).toEqual({ file: missing, path: '', message: 'config directory does not exist' });
  });

  it('returns frozen workloads with absolute file and dir', async () => {
    const dir = configDir({ 'w.yaml': valid('w') });
    const [workload] = (await loadConfigDir(dir)).workloads;
    expect(workload).toMatchObject({ file: join(dir, 'w.yaml'), dir, spec: { name: 'w', restart_delay: 1 } });
    expect(Object.isFrozen(workload?.spec)).toBe(true);
    expect(Object.isFrozen(workload?.spec.restart_backoff)).toBe(true);
  });

  it('loadValidConfigDir throws one MC_ERR_CONFIG error listing every problem', async () => {
    const dir = configDir({ 'a.yaml': valid('a', 'bogus: 1\n'), 'b.yaml': valid('b', 'timeout: -1\n') });
    const err = await loadValidConfigDir(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McError);
    const mcErr = err as McError;
    expect(mcErr.code).toBe('MC_ERR_CONFIG');
    expect(mcErr.message).toContain('2 problems');
    expect(mcErr.message).toContain('a.yaml:5:1 bogus: unknown field');
    expect(mcErr.message).toContain('b.yaml:5:10 timeout: must be > 0, got -1');
    expect(mcErr.details).toHaveLength(2);
  });

  it('loadWorkloadFile checks a single file', async () => {
    const dir = configDir({ 'w.yaml': valid('w'), 'bad.yaml': valid('bad', 'cpu_nice: 40\n') });
    const good = await loadWorkloadFile(join(dir, 'w.yaml'));
    expect(good.problems).toEqual([]);
    expect(good.workload?.spec.name).toBe('w');
    const bad = await loadWorkloadFile(join(dir, 'bad.yaml'));
    expect(bad.workload).toBeUndefined();
    expect(formatProblem(only(bad.problems))).toBe(
      `${join(dir, 'bad.yaml')}:5:11 cpu_nice: must be <= 19, got 40`,
    );
  });
});
