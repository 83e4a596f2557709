// A small client-side router on the History API: the routes of the dashboard, matched from
// location.pathname, and in-app links that change the page without a reload. Links are
// plain <a href> elements (they open in a new tab with a middle click, copy, bookmark);
// one click handler on the document turns same-origin clicks into pushState.
import { matchRoute, SERVER_PATHS } from './routes.ts';

export { deploymentHref, deviceHref, matchRoute, type Route, taskHref } from './routes.ts';

export class Router {
  path = $state(location.pathname);
  readonly route = $derived(matchRoute(this.path));

  /** Starts following history and in-app links; returns what undoes it. */
  start(): () => void {
    const onPop = () => {
      this.path = location.pathname;
    };
    const onClick = (event: MouseEvent) => this.#onClick(event);
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }

  navigate(href: string, opts: { replace?: boolean } = {}): void {
    const url = new URL(href, location.href);
    if (url.pathname === location.pathname && url.search === location.search) return;
    if (opts.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.path = url.pathname;
    window.scrollTo(0, 0);
  }

  #onClick(event: MouseEvent): void {
    // Modified clicks (new tab, download…) and other buttons keep the browser's behaviour.
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || SERVER_PATHS.test(url.pathname)) return;
    event.preventDefault();
    this.navigate(url.href);
  }
}
