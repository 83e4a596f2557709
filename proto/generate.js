#!/usr/bin/env node
// Generates proto/gen/mc.js + mc.d.ts (protobufjs static code) from proto/mc.proto, the one
// source of truth, and keeps proto/fields.lock.json (every field and enum number ever used).
//   node proto/generate.js          regenerate and extend the lock
//   node proto/generate.js --check  fail if the generated code is stale or a number was
//                                   removed without `reserved` or reused with another name
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const protoFile = join(here, 'mc.proto');
const genDir = join(here, 'gen');
const lockFile = join(here, 'fields.lock.json');
const check = process.argv.includes('--check');
const HEADER = '// GENERATED from proto/mc.proto by proto/generate.js: do not edit.\n';

const bin = (name) => join(root, 'node_modules', '.bin', name);

function pbjs(out, extra) {
  execFileSync(
    bin('pbjs'),
    [
      '-t',
      'static-module',
      '-w',
      'es6',
      '--es6',
      '--keep-case',
      '--force-number',
      ...extra,
      '-o',
      out,
      protoFile,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  // protobufjs' ES6 wrapper imports "protobufjs/minimal", which Node's ESM resolver
  // only finds with the explicit file extension.
  // protobufjs decodes 64-bit fields as Long objects whenever the long package is installed,
  // --force-number or not; our timestamps fit in 2^53, so switch it to plain numbers before
  // any default value is computed.
  const code = readFileSync(out, 'utf8').replace(
    /^import \$protobuf from "protobufjs\/minimal(?:\.js)?";$/m,
    'import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure();',
  );
  writeFileSync(out, `${HEADER}${code}`);
}

function generate(outDir) {
  const js = join(outDir, 'mc.js');
  const dts = join(outDir, 'mc.d.ts');
  // pbts reads the JSDoc of the commented build; the shipped module has no comments (4x smaller).
  const scratch = mkdtempSync(join(tmpdir(), 'mc-pbts-'));
  try {
    const commented = join(scratch, 'mc.js');
    pbjs(commented, []);
    execFileSync(bin('pbts'), ['-o', dts, '--no-comments', commented], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  pbjs(js, ['--no-comments']);
  // --force-number maps every 64-bit field to number, so the Long import is dead weight
  // (and the long package is not a dependency).
  const types = readFileSync(dts, 'utf8').replace(/^import Long = require\("long"\);\n/m, '');
  writeFileSync(dts, `${HEADER}${types}`);
  return { js: readFileSync(js, 'utf8'), dts: readFileSync(dts, 'utf8') };
}

/** Every field and enum value of the package as "Type.field" -> number. */
function numbersOf(rootNs) {
  const out = {};
  const reserved = {};
  const walk = (ns) => {
    for (const obj of ns.nestedArray) {
      if (obj instanceof protobuf.Type) {
        for (const f of obj.fieldsArray) out[`${obj.fullName.slice(1)}.${f.name}`] = f.id;
        reserved[obj.fullName.slice(1)] = obj.reserved ?? [];
      } else if (obj instanceof protobuf.Enum) {
        for (const [name, id] of Object.entries(obj.values)) out[`${obj.fullName.slice(1)}.${name}`] = id;
        reserved[obj.fullName.slice(1)] = obj.reserved ?? [];
      }
      if (obj.nestedArray) walk(obj);
    }
  };
  walk(rootNs);
  return { numbers: out, reserved };
}

function isReserved(ranges, name, id) {
  return ranges.some((r) => (typeof r === 'string' ? r === name : id >= r[0] && id <= r[1]));
}

function checkLock(lock, current) {
  const problems = [];
  const byType = new Map();
  for (const [key, id] of Object.entries(current.numbers)) {
    const type = key.slice(0, key.lastIndexOf('.'));
    if (!byType.has(type)) byType.set(type, new Map());
    byType.get(type).set(id, key);
  }
  for (const [key, id] of Object.entries(lock)) {
    const type = key.slice(0, key.lastIndexOf('.'));
    const name = key.slice(key.lastIndexOf('.') + 1);
    if (current.numbers[key] === id) continue;
    const holder = byType.get(type)?.get(id);
    if (holder) {
      problems.push(`${key} = ${id} was reused by ${holder}: numbers are never reused`);
    } else if (current.numbers[key] !== undefined) {
      problems.push(`${key} changed number from ${id} to ${current.numbers[key]}`);
    } else if (!isReserved(current.reserved[type] ?? [], name, id)) {
      problems.push(`${key} = ${id} was removed without 'reserved ${id}; reserved "${name}";'`);
    }
  }
  return problems;
}

const current = numbersOf(protobuf.loadSync(protoFile));
let lock = {};
try {
  lock = JSON.parse(readFileSync(lockFile, 'utf8'));
} catch {
  lock = {};
}
const problems = checkLock(lock, current);
if (problems.length > 0) {
  for (const p of problems) console.error(`proto: ${p}`);
  process.exit(1);
}

if (check) {
  const tmp = mkdtempSync(join(tmpdir(), 'mc-proto-'));
  try {
    const fresh = generate(tmp);
    const stale = ['js', 'dts'].filter((k) => {
      const file = join(genDir, k === 'js' ? 'mc.js' : 'mc.d.ts');
      try {
        return readFileSync(file, 'utf8') !== fresh[k];
      } catch {
        return true;
      }
    });
    const lockStale = Object.keys(current.numbers).some((k) => lock[k] === undefined);
    if (stale.length > 0 || lockStale) {
      console.error('proto: generated code or fields.lock.json is stale; run `npm run proto:gen` and commit');
      process.exit(1);
    }
    console.log('proto: generated code and field lock are up to date');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  generate(genDir);
  const merged = { ...lock, ...current.numbers };
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(lockFile, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`proto: generated proto/gen/mc.js, mc.d.ts; ${Object.keys(sorted).length} numbers locked`);
}
