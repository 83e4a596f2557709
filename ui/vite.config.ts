// Vite build of the dashboard: a Svelte 5 single-page app emitted as static files into
// ui/dist, which the controller serves at / (cli/commands/controller.ts dashboardDir()).
// `vite` (dev server) proxies the API, the live feed and /mqtt to a running controller,
// MC_CONTROLLER (default http://127.0.0.1:8080, what `npm start` runs).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Resolved from this file, not the working directory, so `vite build --config ui/vite.config.ts`
// works from the repository root and from anywhere else.
const root = new URL('.', import.meta.url).pathname;
const controller = globalThis.process?.env.MC_CONTROLLER ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: '/',
  // No svelte.config.js: the defaults (runes, TypeScript without a preprocessor) are what we use.
  plugins: [svelte({ configFile: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Log follow's lazily loaded chunk (MQTT.js's browser build + the generated Protobuf code)
    // is ~590 kB; it loads only when someone follows a log. Warn if it grows well past that.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/api': { target: controller, ws: true },
      '/metrics': controller,
      '/mqtt': { target: controller, ws: true },
    },
    // The app imports shared types and the Protobuf code from the repository's proto/ and
    // controller/ folders, outside the Vite root.
    fs: { allow: [new URL('..', import.meta.url).pathname] },
  },
});
