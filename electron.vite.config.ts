import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** The three Electron targets. The plain-Node CLI/server is built by vite.cli.config.ts. */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // reachWorker, sentimentWorker and reportRenderWorker: worker_threads entries loaded beside the bundle
      // (electron/core/graph/startReachWorker.ts, electron/core/sentiment/offThread.ts, electron/core/reports/export/renderInWorker.ts).
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          reachWorker: resolve(__dirname, 'electron/core/graph/reachWorker.ts'),
          sentimentWorker: resolve(__dirname, 'electron/core/sentiment/sentimentWorker.ts'),
          reportRenderWorker: resolve(__dirname, 'electron/core/reports/export/renderWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // Sandboxed preloads cannot load ES modules: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
