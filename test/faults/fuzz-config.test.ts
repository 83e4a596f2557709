// R5, bad configuration: seeded mutations of the example workload files (broken YAML, YAML
// bombs, unknown keys, wrong types, bad cron, hostile names and paths) through the real
// loader — it never throws, each problem names its file and says what is wrong, and no load
// takes long; the same kinds of mistakes sent to a running daemon as a hot reload — refused
// whole with file and field named, the running workload untouched; and a release directory
// holding a symbolic link out of it — refused by `mctl release create`. Hand-picked cases
// of each kind are in test/unit/config-*.test.ts; this file throws volume and variety at them.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadConfigDir } from '../../device/config/loader.ts';
import { formatProblem } from '../../device/config/problems.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren, runMctl } from '../helpers/child.ts';
import { localDaemon } from '../helpers/faults-daemon.ts';
import { FUZZ_SEED } from '../helpers/faults-payloads.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());

const EXAMPLES = new URL('../../configs/examples/', import.meta.url).pathname;
const RUNS = Number(process.env.MC_FUZZ_CONFIG ?? 1500);
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml') && f !== 'daemon.yaml')
  .map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));

const hostileValue = fc.oneof(
  fc.constantFrom(
    null,
    -1,
    1e308,
    Number.NaN,
    '',
    '../../../../etc',
    '/nonexistent/dir',
    'x'.repeat(10_000),
    '* * *',
    '61 25 32 13 8',
    '@every 0s',
    '*/0 * * * *',
    [],
    {},
    ['a', { b: 1 }],
    true,
  ),
  fc.jsonValue(),
);
const field = fc.constantFrom(
  'name',
  'type',
  'run_mode',
  'command',
  'schedule',
  'max_runs',
  'timeout',
  'restart_delay',
  'memory_limit_mb',
  'cpu_nice',
  'cwd',
  'env',
  'params',
  'logs',
  'module',
  'entry_point',
  'stop_timeout',
  'tags',
  'no_such_field',
  'restart_backoff',
);
type Mutation = (text: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Structural: a field set to a hostile value (unknown fields included), the rest intact.
  fc.tuple(field, hostileValue).map(
    ([key, value]): Mutation =>
      (text) => {
        let doc: Record<string, unknown>;
        try {
          const parsed: unknown = parse(text);
          doc =
            parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
              ? (parsed as Record<string, unknown>)
              : {};
        } catch {
          return `${text}\n${key}: ${JSON.stringify(value) ?? 'null'}\n`; // already broken YAML
        }
        doc[key] = value;
        if (key === 'schedule') doc.run_mode = 'schedule';
        return stringify(doc);
      },
  ),
  // Textual: truncation, a stray character, a duplicated line.
  fc.nat().map(
    (n): Mutation =>
      (text) =>
        text.slice(0, n % (text.length + 1)),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom(':', '\t', '{', '[', '"', "'", '&a ', '*a', '!!binary ', '\u0000', '\ufeff', '- ', '|'),
    )
    .map(
      ([at, s]): Mutation =>
        (text) =>
          text.slice(0, at % (text.length + 1)) + s + text.slice(at % (text.length + 1)),
    ),
  fc.nat().map(
    (n): Mutation =>
      (text) => {
        const lines = text.split('\n');
        const i = n % lines.length;
        return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
      },
  ),
);

describe(`configuration under fuzzed input (seed ${FUZZ_SEED})`, () => {
  it(`reports problems with file and reason for ${RUNS} mutated workload files, never throwing`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-faults-config-'));
    teardown.add(`config dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'programs'));
    for (const f of readdirSync(join(EXAMPLES, 'programs'))) {
      writeFileSync(join(dir, 'programs', f), readFileSync(join(EXAMPLES, 'programs', f)));
    }
    const cases = fc.sample(
      fc.tuple(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 3 })),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
    // A YAML alias bomb (each level multiplies by ten) and a deeply nested document.
    const bombs = [
      [
        'a: &a [x,x,x,x,x,x,x,x,x,x]',
        ...Array.from(
          { length: 8 },
          (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`,
        ),
        'name: bomb',
      ].join('\n'),
      `name: deep\nparams: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    ];
    let refused = 0;
    let slowest = 0;
    const texts = [...cases.map(([base, ms]) => ms.reduce((t, m) => m(t), base)), ...bombs];
    for (const text of texts) {
      writeFileSync(join(dir, 'w.yaml'), text);
      const started = performance.now();
      const { problems } = await loadConfigDir(dir);
      slowest = Math.max(slowest, performance.now() - started);
      if (problems.length === 0) continue;
      refused++;
      for (const p of problems) {
        expect(p.file, formatProblem(p)).toMatch(/w\.yaml$/);
        expect(p.message.length, formatProblem(p)).toBeGreaterThan(3);
      }
    }
    console.info(
      `fuzz config: ${texts.length} files, ${refused} refused, slowest load ${slowest.toFixed(0)} ms`,
    );
    expect(refused).toBeGreaterThan(texts.length / 2);
    expect(slowest).toBeLessThan(5_000);
  }, 120_000);

  it('refuses a bad hot reload whole, naming file and field, and the running workload stays', async () => {
    const daemon = localDaemon(teardown, 'cfg-fuzz');
    daemon.writeWorkload('a', 'name: a\ntype: service\nrun_mode: forever\ncommand: "exec sleep 1000"\n');
    await daemon.up();
    const client = await daemon.connect();
    const pidOf = async () => {
      const reply = await client.send(daemon.device, { status: { workload: 'a' } });
      return Number(reply.detail?.state?.pid);
    };
    const pid = await pidOf();
    const bad: Array<[string, RegExp]> = [
      ['name: b\ncommand: [sleep\n', /b\.yaml.*(YAML|flow|expected|end)/is],
      ['name: b\ncommand: "true"\nrestart_dely: 1\n', /b\.yaml.*restart_dely/s],
      ['name: b\ncommand: "true"\nmax_runs: "three"\nrun_mode: n_times\n', /b\.yaml.*max_runs/s],
      ['name: b\ncommand: "true"\nrun_mode: schedule\nschedule: "61 * * * *"\n', /b\.yaml.*schedule/s],
      ['name: a\ncommand: "true"\n', /a\.yaml.*b\.yaml|b\.yaml.*a\.yaml/s],
      ['name: b\ncommand: "true"\ncwd: ../../../../no/such/dir\n', /b\.yaml.*cwd/s],
      ['name: ../b\ncommand: "true"\n', /b\.yaml.*name/s],
      // An alias bomb: the YAML library throws on it, which escaped the loader as an exception.
      [
        `${['a: &a [x,x,x,x,x,x,x,x,x,x]', ...'bcdef'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcde'[i]}`).join(',')}]`)].join('\n')}\nname: b\n`,
        /b\.yaml.*YAML refused.*alias/is,
      ],
    ];
    for (const [text, pattern] of bad) {
      daemon.writeWorkload('b', text);
      const reply = await client.send(daemon.device, { reload: {} });
      expect(reply.ok, text).toBe(false);
      expect(reply.error?.code).toBe('MC_ERR_CONFIG');
      expect(reply.error?.message, text).toMatch(pattern);
      expect(await pidOf()).toBe(pid);
    }
    daemon.writeWorkload('b', null);
    const list = await client.send(daemon.device, { list: {} });
    expect((list.workloads?.workloads ?? []).map((w) => w.name)).toEqual(['a']);
  }, 60_000);

  it('refuses to pack a release whose directory holds a symbolic link out of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-faults-symlink-'));
    teardown.add(`release dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'app.yaml'), 'name: app\ncommand: sh ./app.sh\n');
    symlinkSync('/etc/passwd', join(dir, 'app.sh'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('../../..', join(dir, 'sub', 'up'));
    const child = runMctl([
      'release',
      'create',
      dir,
      '--version=sym-1',
      '--controller',
      'http://127.0.0.1:9',
      '--token',
      'x',
    ]);
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toMatch(/symbolic links are not allowed in a release \(MC_ERR_INVALID_ARGUMENT\)/);
  }, 30_000);
});
