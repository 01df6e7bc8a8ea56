/** The files of each page's own code, as the build writes them into index.html (build/start-preloads.ts). */
interface PageFiles {
  readonly files: readonly string[];
  readonly pages: Readonly<Record<string, readonly number[]>>;
}

/**
 * Asks for the code of the page at `pathname` now, alongside the app's code, instead of once the
 * app has started and matched the address (a round trip and a wait for the app's code less).
 */
export function preloadStartPage(pathname: string): void {
  const text = document.getElementById("page-files")?.textContent;
  if (!text) return; // the dev server: no build, no list
  const { files, pages } = JSON.parse(text) as PageFiles;
  const page =
    pages[pathname] ?? (pathname.startsWith("/projects/") ? pages["/projects/:code"] : []);
  for (const index of page ?? []) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = files[index] ?? "";
    document.head.append(link);
  }
}
