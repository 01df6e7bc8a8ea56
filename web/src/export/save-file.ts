/** Hands a blob to the browser as a file download under `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the address is freed later for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
