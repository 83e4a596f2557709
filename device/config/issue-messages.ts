// Turns zod issues into ConfigProblems an operator can act on: messages in config terms
// ("expected a number, got "5s"") rather than zod's, one problem per unknown field, and
// each problem placed on the line of the YAML node it is about.
import type { z } from 'zod';
import { knownFields, unknownFieldMessage } from './known-fields.ts';
import { type ConfigProblem, formatPath } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

const expectedText = (expected: string) => EXPECTED[expected] ?? expected;

/** A short rendering of a YAML value for messages. */
export function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'no value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return String(input);
}

const bound = (value: number | bigint) =>
  value === Number.MAX_SAFE_INTEGER ? 'a safe integer' : String(value);

/**
 * Per-parse error map: only used where a schema gave no message of its own, so the
 * schemas' custom messages ("either command or module is required") pass through.
 */
export const configErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedText(issue.expected);
      if (issue.input === undefined) return 'required field is missing';
      if (issue.input === null) return `has no value; expected ${expected}`;
      // YAML reads 1.0, 0755 or yes-like words as non-strings; quoting is the usual fix.
      const quote =
        issue.expected === 'string' && typeof issue.input !== 'object'
          ? ' (quote it to make it a string)'
          : '';
      return `expected ${expected}, got ${describeValue(issue.input)}${quote}`;
    }
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string')
        return min === 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array')
        return min === 1 ? 'must not be an empty list' : `must have at least ${min} items`;
      return `must be ${issue.inclusive ? '>=' : '>'} ${bound(min)}, got ${describeValue(issue.input)}`;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array') return `must have at most ${max} items`;
      return `must be ${issue.inclusive ? '<=' : '<'} ${bound(max)}, got ${describeValue(issue.input)}`;
    }
    case 'invalid_format':
      if (issue.format === 'regex' && typeof issue.pattern === 'string') {
        return `must match ${issue.pattern.replace(/^\/\^?|\$?\/$/g, '')}; got ${describeValue(issue.input)}`;
      }
      return undefined;
    case 'invalid_value':
      if (issue.input === undefined) return 'required field is missing';
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}; got ${describeValue(issue.input)}`;
    default:
      return undefined;
  }
};

interface IssueContext {
  file: string;
  source: YamlSource;
  /** The schema that was parsed, to list the fields allowed where an unknown one was found. */
  schema: z.core.$ZodType;
  /** Hints for unknown fields, by dotted path. */
  hints: Readonly<Record<string, string>>;
}

/** Messages for a value that matched no option of a union (e.g. command: 5). */
function unionProblems(issue: z.core.$ZodIssueInvalidUnion, ctx: IssueContext): ConfigProblem[] {
  // A branch whose type matched but whose contents did not (command: [1]) says the most.
  const typeMatched = issue.errors.filter(
    (branch) =>
      branch.length > 0 && branch.every((inner) => inner.path.length > 0 || inner.code !== 'invalid_type'),
  );
  const [only] = typeMatched;
  if (typeMatched.length === 1 && only !== undefined) {
    return only.flatMap((inner) => issueToProblems({ ...inner, path: [...issue.path, ...inner.path] }, ctx));
  }
  const expected = [
    ...new Set(
      issue.errors.flatMap((branch) =>
        branch.flatMap((inner) =>
          inner.code === 'invalid_type' && inner.path.length === 0 ? [inner.expected] : [],
        ),
      ),
    ),
  ];
  const message =
    issue.input === undefined
      ? 'required field is missing'
      : expected.length > 0
        ? `expected ${expected.map(expectedText).join(' or ')}, got ${describeValue(issue.input)}`
        : issue.message;
  return [{ file: ctx.file, ...ctx.source.locate(issue.path), path: formatPath(issue.path), message }];
}

function issueToProblems(issue: z.core.$ZodIssue, ctx: IssueContext): ConfigProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownFields(ctx.schema, issue.path);
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const dotted = formatPath(path);
      return {
        file: ctx.file,
        ...ctx.source.locate(path, 'key'),
        path: dotted,
        message: unknownFieldMessage(dotted, key, known, ctx.hints),
      };
    });
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) return unionProblems(issue, ctx);
  return [
    {
      file: ctx.file,
      ...ctx.source.locate(issue.path),
      path: formatPath(issue.path),
      message: issue.message,
    },
  ];
}

/** Parses the YAML value with `schema`; problems carry file, line, column and field path. */
export function parseWithProblems<S extends z.ZodType>(
  schema: S,
  file: string,
  source: YamlSource,
  hints: Readonly<Record<string, string>> = {},
): { ok: true; value: z.infer<S> } | { ok: false; problems: ConfigProblem[] } {
  const result = schema.safeParse(source.value, { error: configErrorMap, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const ctx: IssueContext = { file, source, schema, hints };
  return { ok: false, problems: result.error.issues.flatMap((issue) => issueToProblems(issue, ctx)) };
}
