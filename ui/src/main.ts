// Entry point of the dashboard: builds the services (API client, token, live feed, router)
// and mounts the app. Nothing here talks to the controller yet; App starts that.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { ApiClient, ApiError } from './lib/api.ts';
import { Auth, browserTokenStorage } from './lib/auth.svelte.ts';
import { Clock } from './lib/clock.svelte.ts';
import type { AppContext } from './lib/context.ts';
import { LiveFeed } from './lib/live.svelte.ts';
import { Notices } from './lib/notices.svelte.ts';
import { Router } from './lib/router.svelte.ts';

const auth = new Auth(browserTokenStorage());
const api = new ApiClient({ token: () => auth.token ?? undefined });

function liveUrl(): string {
  const url = new URL('/api/live', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  if (auth.token) url.searchParams.set('token', auth.token);
  return url.href;
}

const live = new LiveFeed({
  url: liveUrl,
  // The browser hides why a WebSocket upgrade failed; a read with the same token tells.
  isUnauthorized: async () => {
    try {
      await api.registered();
      return false;
    } catch (err) {
      return err instanceof ApiError && err.status === 401;
    }
  },
});

const ctx: AppContext = { api, auth, live, router: new Router(), notices: new Notices(), clock: new Clock() };
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { ctx } });
