import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@common-ground/domain': `${workspaceRoot}libs/domain/src/index.ts` },
  },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    port: 4300,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
