/**
 * Registers the service worker of the built app (`/sw.js`, made by vite-plugin-pwa) once the
 * page has loaded, so it never competes with the first screen for a slow line. Not in the dev
 * server, where files change under it.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error: unknown) => {
      // The app works without it (online only); say why in the console for whoever looks.
      console.warn("service worker not registered", error);
    });
  if (document.readyState === "complete") void register();
  else window.addEventListener("load", () => void register(), { once: true });
}
