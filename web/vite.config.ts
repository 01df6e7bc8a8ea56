import react from "@vitejs/plugin-react";
import { defineConfig, type PluginOption } from "vite";

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

/** Where the dev server sends `/api`: the demo server by default, `BAOCAO_API` to override. */
const apiTarget = process.env.BAOCAO_API ?? "http://127.0.0.1:3000";

export default defineConfig({
  base: "/",
  plugins: [reactPlugin()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Keep the big libraries in their own cacheable chunks.
        manualChunks(id) {
          if (!id.includes("node_modules")) return undefined;
          if (id.includes("echarts") || id.includes("zrender")) return "echarts";
          if (id.includes("antd") || id.includes("@ant-design") || id.includes("@rc-component"))
            return "antd";
          if (id.includes("react")) return "react";
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
