/**
 * Vite build of the web app. Dev and preview servers proxy /api to a running `nexo serve`
 * (NEXO_API_URL, default http://127.0.0.1:4747), so the app is always developed against the real API.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.NEXO_API_URL ?? 'http://127.0.0.1:4747';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
});
