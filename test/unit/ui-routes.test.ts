// The dashboard's route table (ui/src/lib/routes.ts): pages from paths, names decoded,
// anything else a not-found page of its own.
import { describe, expect, it } from 'vitest';
import { deploymentHref, deviceHref, matchRoute, SERVER_PATHS, taskHref } from '../../ui/src/lib/routes.ts';

describe('matchRoute', () => {
  it('maps the pages, with or without a trailing slash', () => {
    expect(matchRoute('/')).toEqual({ page: 'overview' });
    expect(matchRoute('')).toEqual({ page: 'overview' });
    expect(matchRoute('/devices/')).toEqual({ page: 'registry' });
    expect(matchRoute('/deployments')).toEqual({ page: 'deployments' });
    expect(matchRoute('/deployments/m1x2-ab12cd/')).toEqual({ page: 'deployment', id: 'm1x2-ab12cd' });
    expect(matchRoute('/devices/edge-1')).toEqual({ page: 'device', name: 'edge-1' });
    expect(matchRoute('/tasks')).toEqual({ page: 'tasks' });
    expect(matchRoute('/tasks/t-1')).toEqual({ page: 'task', id: 't-1' });
  });

  it('decodes names and round-trips the hrefs it builds', () => {
    expect(matchRoute(deviceHref('a b/c'))).toEqual({ page: 'device', name: 'a b/c' });
    expect(matchRoute(deploymentHref('x-1'))).toEqual({ page: 'deployment', id: 'x-1' });
    expect(matchRoute(taskHref('t 2'))).toEqual({ page: 'task', id: 't 2' });
  });

  it('answers not-found for deeper paths and malformed escapes', () => {
    expect(matchRoute('/devices/a/b')).toEqual({ page: 'not-found', path: '/devices/a/b' });
    expect(matchRoute('/devices/%E0%A4%A')).toEqual({ page: 'not-found', path: '/devices/%E0%A4%A' });
    expect(matchRoute('/nope')).toEqual({ page: 'not-found', path: '/nope' });
  });

  it('leaves the controller its own paths', () => {
    for (const p of ['/api', '/api/live', '/metrics', '/mqtt']) expect(SERVER_PATHS.test(p)).toBe(true);
    for (const p of ['/apis', '/deployments', '/devices/api']) expect(SERVER_PATHS.test(p)).toBe(false);
  });
});
