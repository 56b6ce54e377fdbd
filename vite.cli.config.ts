import { defineConfig } from 'vite';

/**
 * Builds the plain-Node entries (CLI with its server, and the benchmarks) for Node 20, without
 * Electron. Packages stay external and load from node_modules at run time.
 */
export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        index: 'electron/cli/main.ts',
        bench: 'bench/main.ts',
        reachWorker: 'electron/core/graph/reachWorker.ts',
        sentimentWorker: 'electron/core/sentiment/sentimentWorker.ts',
        reportRenderWorker: 'electron/core/reports/export/renderWorker.ts',
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
