import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { dataFilesPlugin } from './web/build/dataFilesPlugin.ts';

export default defineConfig({
  plugins: [react(), dataFilesPlugin()],
  // Nothing is fetched from a CDN: fonts are system fonts, tiles only when a basemap is configured.
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
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
