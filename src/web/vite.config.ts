import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the built page goes; the server serves this folder at /explore. */
export const WEB_OUT_DIR = path.resolve(here, '../../dist/web');

export default defineConfig({
  root: here,
  // Relative asset URLs: the page works under /explore/ or behind any prefix a proxy adds.
  base: './',
  logLevel: 'warn',
  build: {
    outDir: WEB_OUT_DIR,
    emptyOutDir: true,
    // Cytoscape alone is ~400 kB minified: one chunk over Vite's default warning size is expected.
    chunkSizeWarningLimit: 1024,
    // On a loaded machine the bundler's timing report would print on every build: it says nothing about the page.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
