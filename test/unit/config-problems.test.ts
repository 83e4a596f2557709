import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, sortProblems, summarizeProblems } from '../../device/config/problems.ts';

describe('config problem formatting', () => {
  it('prints file:line:column, the field path and the message', () => {
    expect(
      formatProblem({
        file: 'configs/foo.yaml',
        line: 12,
        column: 3,
        path: 'restart_backoff.factor',
        message: 'must be >= 1',
      }),
    ).toBe('configs/foo.yaml:12:3 restart_backoff.factor: must be >= 1');
  });

  it('leaves out what is unknown', () => {
    expect(formatProblem({ file: 'configs', path: '', message: 'config directory does not exist' })).toBe(
      'configs: config directory does not exist',
    );
    expect(formatProblem({ file: 'a.yaml', line: 4, path: 'name', message: 'x' })).toBe('a.yaml:4 name: x');
  });

  it('writes list indexes in brackets', () => {
    expect(formatPath(['command', 0])).toBe('command[0]');
    expect(formatPath(['fleet', 'broker_url', 2])).toBe('fleet.broker_url[2]');
    expect(formatPath([])).toBe('');
  });

  it('sorts by file and position', () => {
    const sorted = sortProblems([
      { file: 'b.yaml', line: 1, path: '', message: '' },
      { file: 'a.yaml', line: 9, path: '', message: '' },
      { file: 'a.yaml', line: 2, path: '', message: '' },
    ]);
    expect(sorted.map((p) => `${p.file}:${p.line}`)).toEqual(['a.yaml:2', 'a.yaml:9', 'b.yaml:1']);
  });

  it('summarizes with the right plurals', () => {
    expect(summarizeProblems([], 3)).toBe('3 workloads valid');
    expect(summarizeProblems([], 1)).toBe('1 workload valid');
    const two = [
      { file: 'a.yaml', path: 'x', message: '' },
      { file: 'a.yaml', path: 'y', message: '' },
    ];
    expect(summarizeProblems(two, 0)).toBe('2 problems in 1 file');
    expect(summarizeProblems([{ file: 'b.yaml', path: '', message: '' }, ...two], 5)).toBe(
      '3 problems in 2 files',
    );
  });
});
