import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server serves dist/ itself under a strict CSP (script-src 'self', font-src 'self'), so
// the build emits only files: no inline scripts, and no small fonts inlined as data: URIs
// (assetsInlineLimit 0), which font-src 'self' would block. The dev server proxies the API.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    // Libraries change far less often than the app: a separate chunk stays cached across
    // releases, which matters on the slow links many offices have. That chunk (React,
    // Mantine, TanStack, i18next, zod) is ~240 kB gzipped, hence the raised warning limit.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // cytoscape (~130 kB gzipped) is loaded only when a case's network is opened.
            { name: "graph", test: /node_modules[\\/]cytoscape/, priority: 1 },
            { name: "vendor", test: /node_modules/ },
          ],
        },
      },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
