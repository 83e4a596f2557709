// The dashboard's shared services, created once in main.ts and handed to components through
// Svelte context rather than module singletons, so each page gets its dependencies passed in.
import { createContext } from 'svelte';
import type { ApiClient } from './api.ts';
import type { Auth } from './auth.svelte.ts';
import type { Clock } from './clock.svelte.ts';
import type { LiveFeed } from './live.svelte.ts';
import type { Notices } from './notices.svelte.ts';
import type { Router } from './router.svelte.ts';

export interface AppContext {
  api: ApiClient;
  auth: Auth;
  live: LiveFeed;
  router: Router;
  notices: Notices;
  clock: Clock;
}

export const [useApp, provideApp] = createContext<AppContext>();
