import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { dataFilesPlugin } from './web/build/dataFilesPlugin.ts';
import { contentSecurityPolicyPlugin } from './web/build/contentSecurityPolicy.ts';

export default defineConfig({
  plugins: [react(), dataFilesPlugin(), contentSecurityPolicyPlugin()],
  // Nothing is fetched from a CDN: fonts are system fonts, tiles only when a basemap is configured;
  // the built pages carry a Content-Security-Policy that enforces it (web/build/contentSecurityPolicy.ts).
  server: { port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  worker: { format: 'es' },
  // Listed up front so the dev server never re-optimises and reloads the page mid-session.
  optimizeDeps: {
    include: [
      '@deck.gl/core', '@deck.gl/extensions', '@deck.gl/layers', '@deck.gl/mapbox', '@math.gl/polygon', 'comlink', 'flatbush',
      'i18next', 'maplibre-gl', 'react', 'react-dom/client', 'react-i18next', 'zustand',
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        // Plain MapLibre page used by scripts/bench/viewer.ts as the baseline.
        baseline: resolve(import.meta.dirname, 'web/bench/baseline.html'),
      },
    },
  },
});
