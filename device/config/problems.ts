// What the config loader reports instead of throwing: one problem per mistake, each naming
// the file, the place in it and the field, so an operator can fix a whole config set in one
// pass (`mctl validate`, a rejected hot reload, a daemon that refuses to start).

/** One mistake in one config file. `line`/`column` are 1-based and absent when unknown. */
export interface ConfigProblem {
  /** The file as the caller named it (relative when the config dir was given relative). */
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path, `[i]` for list items (`restart_backoff.factor`, `command[0]`); '' for the whole file. */
  path: string;
  message: string;
}

/** Turns a zod / YAML path into the dotted form used in messages and docs. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** `configs/foo.yaml:12:3 restart_backoff.factor: must be >= 1` — the shape compilers use, so editors can jump to it. */
export function formatProblem(problem: ConfigProblem): string {
  let where = problem.file;
  if (problem.line !== undefined) {
    where += `:${problem.line}`;
    if (problem.column !== undefined) where += `:${problem.column}`;
  }
  return problem.path === ''
    ? `${where}: ${problem.message}`
    : `${where} ${problem.path}: ${problem.message}`;
}

/** Problems ordered by file, then position, so output is stable and reads top to bottom. */
export function sortProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.path.localeCompare(b.path),
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 problems in 1 file` or `3 workloads valid`: the last line of `mctl validate`. */
export function summarizeProblems(problems: readonly ConfigProblem[], workloadCount: number): string {
  if (problems.length === 0) return `${plural(workloadCount, 'workload')} valid`;
  const files = new Set(problems.map((p) => p.file)).size;
  return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}`;
}
