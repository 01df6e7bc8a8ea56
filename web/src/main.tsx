import { askEarly } from "./early/early-requests.ts";
import { preloadStartPage } from "./early/start-page.ts";
import { startUrls } from "./early/start-urls.ts";
import "./styles.css";

// The page's first script, kept small (no React, no Ant Design) so that it runs one round trip
// after index.html: it asks for the start screen's API answers and its page's code at once,
// alongside the app's code (which index.html names), instead of one after another once the app
// has started.
askEarly(startUrls(window.location.pathname, window.location.search));
preloadStartPage(window.location.pathname);
void import("./mount.tsx").then((app) => app.mount());
