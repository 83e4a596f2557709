// The dashboard's routes, matched from location.pathname: pure, so the table is testable
// without a browser (router.svelte.ts follows the History API with it).
export type Route =
  | { page: 'overview' }
  | { page: 'device'; name: string }
  | { page: 'registry' }
  | { page: 'deployments' }
  | { page: 'deployment'; id: string }
  | { page: 'tasks' }
  | { page: 'task'; id: string }
  | { page: 'not-found'; path: string };

/** Kept in sync with the routes above; /api, /metrics and /mqtt belong to the controller. */
export const SERVER_PATHS = /^\/(api|metrics|mqtt)(\/|$)/;

/** The decoded path segment after `prefix/`, or undefined (also for a malformed escape). */
function param(path: string, prefix: string): string | undefined {
  const match = new RegExp(`^${prefix}/([^/]+)$`).exec(path);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'overview' };
  if (path === '/devices') return { page: 'registry' };
  if (path === '/deployments') return { page: 'deployments' };
  if (path === '/tasks') return { page: 'tasks' };
  const name = param(path, '/devices');
  if (name !== undefined) return { page: 'device', name };
  const id = param(path, '/deployments');
  if (id !== undefined) return { page: 'deployment', id };
  const task = param(path, '/tasks');
  if (task !== undefined) return { page: 'task', id: task };
  return { page: 'not-found', path };
}

export const deviceHref = (name: string) => `/devices/${encodeURIComponent(name)}`;
export const deploymentHref = (id: string) => `/deployments/${encodeURIComponent(id)}`;
export const taskHref = (id: string) => `/tasks/${encodeURIComponent(id)}`;
