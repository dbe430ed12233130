import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress';

const OUT_DIR = 'dist';

export default defineConfig({
  plugins: [react(), precompress(OUT_DIR)],
  build: { outDir: OUT_DIR, emptyOutDir: true },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
