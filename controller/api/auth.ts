// Bearer-token access control for every route, in one onRequest hook so no route can forget
// it. Mutations always need the operator token; reads need it when read_auth is 'token';
// a few routes (health, dashboard files) are open. The hook also names the actor that goes
// into the audit log.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import { McError } from '../../proto/errors.ts';
import type { Access } from './schemas.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; routes without it follow defaultAccess(). */
    access?: Access;
    /** Also accept the token as ?token= (browsers cannot set headers on a WebSocket). */
    tokenInQuery?: boolean;
  }
  interface FastifyRequest {
    /** 'operator' with a valid token, 'anonymous' on an open read. */
    actor: string;
  }
}

export const OPERATOR = 'operator';
export const ANONYMOUS = 'anonymous';

export interface AuthConfig {
  apiToken: string;
  readAuth: 'open' | 'token';
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** GETs of the API and metrics are reads; other GETs are dashboard files; anything else mutates. */
function defaultAccess(request: FastifyRequest): Access {
  if (request.method !== 'GET' && request.method !== 'HEAD') return 'write';
  const path = request.url.split('?', 1)[0] ?? '';
  return path.startsWith('/api/') || path === '/metrics' ? 'read' : 'open';
}

function presentedToken(request: FastifyRequest, inQuery: boolean): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    // A malformed header is a wrong credential, not an absent one.
    return match?.[1] ?? '';
  }
  if (inQuery) {
    const token = (request.query as Record<string, unknown> | undefined)?.token;
    if (typeof token === 'string') return token;
  }
  return undefined;
}

export function createAuthHook(config: AuthConfig): onRequestHookHandler {
  // Comparing digests keeps the comparison constant-time whatever the presented length.
  const expected = digest(config.apiToken);
  const valid = (token: string) => timingSafeEqual(digest(token), expected);
  return async (request) => {
    const routeConfig = request.routeOptions.config;
    const access = routeConfig.access ?? defaultAccess(request);
    const token = presentedToken(request, routeConfig.tokenInQuery === true);
    if (token !== undefined && valid(token)) {
      request.actor = OPERATOR;
      return;
    }
    request.actor = ANONYMOUS;
    // A wrong token is refused even where none is needed: the caller meant to authenticate.
    if (token !== undefined && access !== 'open') {
      throw new McError('MC_ERR_UNAUTHORIZED', 'the bearer token is not valid');
    }
    if (access === 'write' || (access === 'read' && config.readAuth === 'token')) {
      throw new McError(
        'MC_ERR_UNAUTHORIZED',
        `${request.method} ${request.routeOptions.url ?? request.url} needs Authorization: Bearer <api token>`,
      );
    }
  };
}
