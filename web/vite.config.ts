/// <reference types="node" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { levainPlugins } from './build/levain-plugins';

const api = { target: 'http://localhost:3000', changeOrigin: false };

export default defineConfig({
  plugins: [svelte(), levainPlugins({ workspaceRoot: new URL('..', import.meta.url).pathname })],
  // Plugin components live outside web/: they must share this app's single Svelte runtime.
  resolve: { dedupe: ['svelte'] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': api, '/api': api, '/auth': api, '/uploads': api, '/healthz': api },
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
});
