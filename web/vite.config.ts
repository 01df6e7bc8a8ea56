import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type PluginOption } from "vite";
import { compression } from "vite-plugin-compression2";
import { VitePWA } from "vite-plugin-pwa";
import { startPreloads } from "./build/start-preloads.ts";

/**
 * The React plugin is hoisted to the root, where it imports the root's vite (8, rolldown, pulled
 * in by vitest) while the app runs on the workspace's vite 7. It then takes vite 7 for rolldown
 * and its dev refresh wrapper calls a rolldown-only hook ("Missing field `moduleType`"): leave
 * that one part out. JSX is compiled by vite 7's esbuild (tsconfig `jsx: react-jsx`); the dev
 * server reloads the page on a change instead of hot-swapping components.
 */
function reactPlugin(): PluginOption {
  return react().filter((plugin) => plugin.name !== "vite:react:refresh-wrapper") as PluginOption;
}

/** A plugin typed against the root's vite 8 (hoisted there), run by the workspace's vite 7. */
const hoisted = (plugin: unknown) => plugin as PluginOption;

/** Where the dev server sends `/api`: the demo server by default, `BAOCAO_API` to override. */
const apiTarget = process.env.BAOCAO_API ?? "http://127.0.0.1:3000";

/**
 * The installable app (`vite-plugin-pwa`, Workbox): the service worker precaches the app's files
 * (not ECharts: a reporter never needs it, and the line is slow; nor ExcelJS, fetched only for
 * "Tải Excel"), answers every page address
 * with index.html, and keeps the last entry form, catalogue and units for a reload offline
 * (network first: a figure on screen is never older than the server's when the line works).
 * It is registered by `src/offline/register-sw.ts` (no inline script: the CSP forbids them).
 */
const pwa = hoisted(
  VitePWA({
    injectRegister: false,
    registerType: "prompt",
    manifest: {
      name: "baocao — Báo cáo kinh tế - xã hội",
      short_name: "baocao",
      description: "Nhập số liệu và lập báo cáo tình hình kinh tế - xã hội hằng tháng",
      lang: "vi",
      start_url: "/",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: "#1d4e89",
      icons: [
        { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
        { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      ],
    },
    workbox: {
      globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
      globIgnores: ["**/echarts-*.js", "**/trend-chart-*.js", "**/exceljs*.js"],
      navigateFallback: "index.html",
      navigateFallbackDenylist: [/^\/api\//],
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // The API answers the entry screen needs, kept for a reload without a connection. The
          // function is copied into sw.js as text, so it may name nothing outside itself.
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && /^\/api\/(entry|catalogue|units)$/.test(url.pathname),
          handler: "NetworkFirst",
          method: "GET",
          options: {
            cacheName: "baocao-api",
            expiration: { maxEntries: 60 },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  }),
);

export default defineConfig({
  base: "/",
  plugins: [
    reactPlugin(),
    startPreloads(fileURLToPath(new URL("./src", import.meta.url))),
    pwa,
    // Brotli and gzip copies of every text file, sent as they are by the server.
    hoisted(
      compression({
        algorithms: ["brotliCompress", "gzip"],
        include: /\.(js|css|html|svg|json|webmanifest)$/,
        threshold: 1024,
      }),
    ),
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Chunks under 10 kB merged into others: the entry screen asked for 31 files, each one
        // more answer and its headers on a slow line (6 at a time on HTTP/1.1); now 18, with a few
        // kB of other screens' code in them.
        experimentalMinChunkSize: 10_000,
        // ECharts and React in their own cacheable chunks; Ant Design split by the screens that
        // use it, so the entry screen does not carry the dashboard's components.
        manualChunks(id) {
          if (!id.includes("node_modules")) return undefined;
          if (id.includes("echarts") || id.includes("zrender")) return "echarts";
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return "react";
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: { "/api": { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { "/api": { target: apiTarget, changeOrigin: false } },
  },
});
