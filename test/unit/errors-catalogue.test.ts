import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, McError, toErrorBody } from '../../proto/errors.ts';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

describe('error catalogue', () => {
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
    it(`documents ${code} with its HTTP status in docs/errors.md`, () => {
      expect(doc).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${entry.status}\\s*\\|`));
    });
  }

  it('documents no code that the catalogue lacks', () => {
    const documented = [...doc.matchAll(/`(MC_ERR_[A-Z_]+)`/g)].map((m) => m[1]);
    for (const code of documented) expect(Object.keys(ERROR_CATALOGUE)).toContain(code);
  });

  it('turns anything thrown into a code and a message', () => {
    expect(toErrorBody(new McError('MC_ERR_NOT_FOUND', 'no workload pump'))).toEqual({
      code: 'MC_ERR_NOT_FOUND',
      message: 'no workload pump',
    });
    expect(toErrorBody(new TypeError('boom'))).toEqual({ code: 'MC_ERR_INTERNAL', message: 'boom' });
    expect(toErrorBody('text')).toEqual({ code: 'MC_ERR_INTERNAL', message: 'text' });
    expect(new McError('MC_ERR_TIMEOUT', 'x').status).toBe(504);
  });
});
