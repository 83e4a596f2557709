// The HTTP boundary of the error catalogue: whatever a route throws — our McError, a Fastify
// validation or body error, a missing route — leaves as `{error: {code, message}}` with the
// status of that code's catalogue entry, so clients handle one error shape everywhere.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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

/**
 * Deep links of the single-page dashboard (/devices/demo-1): a browser GET for an HTML page
 * outside the API gets index.html, and the dashboard's router shows the page.
 */
function isDashboardPage(method: string, url: string, accept: string | undefined): boolean {
  const path = url.split('?', 1)[0] ?? '';
  if (method !== 'GET' || !accept?.includes('text/html')) return false;
  if (/^\/(api|metrics|mqtt)(\/|$)/.test(path)) return false;
  return !/\.[a-z0-9]+$/i.test(path); // a missing asset stays a 404
}

/**
 * Fastify's `frameworkErrors` option: errors its router raises before any route or error
 * handler runs (a malformed percent-encoding, a path parameter over maxParamLength) get the
 * same `{error: {code, message}}` shape instead of Fastify's own.
 */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const code: ErrorCode =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'MC_ERR_INVALID_NAME' : 'MC_ERR_INVALID_ARGUMENT';
  const mcError = new McError(code, err.message);
  void reply.status(mcError.status).send({ error: toErrorBody(mcError) });
}

export function registerErrorHandlers(app: FastifyInstance, opts: { spaFallback?: boolean } = {}): void {
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
    if (opts.spaFallback && isDashboardPage(request.method, request.url, request.headers.accept)) {
      // reply.sendFile comes from @fastify/static, registered when the dashboard is served.
      return (reply as unknown as { sendFile(file: string): unknown }).sendFile('index.html');
    }
    reply.status(404).send({
      error: {
        code: 'MC_ERR_NOT_FOUND',
        message: `no route ${request.method} ${request.url.split('?', 1)[0]}`,
      },
    });
  });
}
