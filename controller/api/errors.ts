// The HTTP boundary of the error catalogue: whatever a route throws — our McError, a Fastify
// validation or body error, a missing route — leaves as `{error: {code, message}}` with the
// status of that code's catalogue entry, so clients handle one error shape everywhere.
import type { FastifyError, FastifyInstance } from 'fastify';
import { type ErrorCode, McError, toErrorBody } from '../../proto/errors.ts';

function isFastifyError(err: unknown): err is FastifyError {
  return err instanceof Error && 'code' in err && typeof (err as { code: unknown }).code === 'string';
}

/** Maps what Fastify throws on bad requests onto catalogue codes. */
function fromFastify(err: FastifyError): McError | undefined {
  if (err.validation) {
    // Path parameters are all device and workload names.
    const code: ErrorCode =
      err.validationContext === 'params' ? 'MC_ERR_INVALID_NAME' : 'MC_ERR_INVALID_ARGUMENT';
    return new McError(code, err.message);
  }
  switch (err.statusCode) {
    case 401:
      return new McError('MC_ERR_UNAUTHORIZED', err.message);
    case 404:
      return new McError('MC_ERR_NOT_FOUND', err.message);
    case 413:
      return new McError('MC_ERR_LIMIT', err.message);
    default:
      // Malformed JSON, wrong content type and the like.
      if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
        return new McError('MC_ERR_INVALID_ARGUMENT', err.message);
      }
      return undefined;
  }
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request, reply) => {
    const mcError = err instanceof McError ? err : isFastifyError(err) ? fromFastify(err) : undefined;
    if (mcError) {
      if (mcError.status >= 500)
        request.log.warn({ code: mcError.code, msg: mcError.message }, 'request failed');
      return reply.status(mcError.status).send({ error: toErrorBody(mcError) });
    }
    // A bug: log it whole, answer without internals.
    request.log.error({ err }, 'unexpected error');
    return reply.status(500).send({
      error: { code: 'MC_ERR_INTERNAL', message: `internal error in ${request.method} ${request.url}` },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: {
        code: 'MC_ERR_NOT_FOUND',
        message: `no route ${request.method} ${request.url.split('?', 1)[0]}`,
      },
    });
  });
}
