import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { registerServiceWorker } from "./offline/register-sw.ts";

/** Puts the app in place of index.html's loading screen and registers the service worker. */
export function mount(): void {
  const root = document.getElementById("root");
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  registerServiceWorker();
}
