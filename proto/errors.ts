// The one catalogue of error codes. Codes travel in Reply.error.code and in HTTP error
// bodies; each has a default HTTP status. docs/errors.md documents every code (a test
// checks that), so add new codes here and there together.

export const ERROR_CATALOGUE = {
  MC_ERR_INTERNAL: { status: 500, summary: 'Unexpected internal error; the message says where.' },
  MC_ERR_INVALID_ARGUMENT: { status: 400, summary: 'A request or command argument is missing or malformed.' },
  MC_ERR_INVALID_NAME: {
    status: 400,
    summary: 'A device, workload or client name does not match [a-z0-9][a-z0-9_-]{0,62}.',
  },
  MC_ERR_INVALID_TOPIC: { status: 400, summary: 'A topic is not part of the mc/ contract.' },
  MC_ERR_DECODE: { status: 400, summary: 'A payload could not be decoded as the message its topic carries.' },
  MC_ERR_ENCODE: { status: 500, summary: 'A message failed validation before encoding.' },
  MC_ERR_CONFIG: {
    status: 400,
    summary: 'A configuration file is invalid; the message names file and field.',
  },
  MC_ERR_NOT_FOUND: { status: 404, summary: 'The named workload, device, run or release does not exist.' },
  MC_ERR_CONFLICT: { status: 409, summary: 'The request conflicts with the current state.' },
  MC_ERR_UNKNOWN_COMMAND: { status: 400, summary: 'A command carries no action this receiver understands.' },
  MC_ERR_EXPIRED: { status: 410, summary: 'The command arrived after its expires_at and was not executed.' },
  MC_ERR_TIMEOUT: {
    status: 504,
    summary: 'No reply arrived in time (the device may be offline; QoS 1 keeps it queued).',
  },
  MC_ERR_UNAUTHORIZED: { status: 401, summary: 'Missing or wrong credentials.' },
  MC_ERR_FORBIDDEN: { status: 403, summary: 'The credentials do not allow this action.' },
  MC_ERR_UNAVAILABLE: { status: 503, summary: 'The daemon, broker or controller is not reachable.' },
  MC_ERR_LIMIT: { status: 413, summary: 'A size or rate limit was exceeded.' },
  MC_ERR_SPAWN: { status: 500, summary: 'A workload process could not be started.' },
  MC_ERR_UNSUPPORTED: {
    status: 501,
    summary: 'The device lacks what the command needs (e.g. no container engine for a container run).',
  },
} as const satisfies Record<string, { status: number; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}

/** The only error class the project throws on purpose: a catalogued code plus a message. */
export class McError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'McError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = options.details;
  }

  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Converts anything thrown into a code + message, for a Reply or an HTTP body. */
export function toErrorBody(err: unknown): { code: ErrorCode; message: string } {
  if (err instanceof McError) return { code: err.code, message: err.message };
  if (err instanceof Error) return { code: 'MC_ERR_INTERNAL', message: err.message };
  return { code: 'MC_ERR_INTERNAL', message: String(err) };
}
