import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server serves dist/ itself under a strict CSP (script-src 'self', font-src 'self'), so
// the build emits only files: no inline scripts, and no small fonts inlined as data: URIs
// (assetsInlineLimit 0), which font-src 'self' would block. The dev server proxies the API.
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", assetsInlineLimit: 0 },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
