/// <reference types="node" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { levainPlugins } from './vite/levain-plugins';

/** The API server `pnpm dev` starts; the Host header is kept so its Origin check sees this page's origin. */
const api = { target: process.env.LEVAIN_API_URL ?? 'http://localhost:3000', changeOrigin: false };

export default defineConfig({
  plugins: [svelte(), levainPlugins({ workspaceRoot: new URL('..', import.meta.url).pathname })],
  // Plugin components live outside web/: they must share this app's single Svelte runtime.
  resolve: { dedupe: ['svelte'] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': api, '/api': api, '/auth': api, '/uploads': api, '/healthz': api },
  },
  // The manifest lets scripts/initial-js.ts tell what the first page load fetches.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true, manifest: true },
});
