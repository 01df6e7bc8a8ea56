import react from "@vitejs/plugin-react";
import { defineConfig, type PluginOption } from "vite";

/** Where the dev server sends `/api`: the demo server by default, `BAOCAO_API` to override. */
const apiTarget = process.env.BAOCAO_API ?? "http://127.0.0.1:3000";

export default defineConfig({
  base: "/",
  // The React plugin's types come from the root's vite (8, via vitest), the app builds with the
  // workspace's vite 7: same plugin shape at run time, different declarations.
  plugins: [react() as unknown as PluginOption],
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
