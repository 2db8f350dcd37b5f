/**
 * Build of the web app: web/src → web/dist, served by `parallax serve`.
 * Everything is bundled; nothing is loaded from outside at run time.
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [preact({ devtoolsInProd: false, prefreshEnabled: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One small app: a single chunk loads fastest.
    modulePreload: false,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev:web` next to `parallax serve --port 8787`.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
