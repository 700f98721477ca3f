/**
 * Offers a file to save: a Blob behind a temporary link with `download` (no network, nothing the page's
 * Content-Security-Policy forbids). Office's webviews hand it to the system's save dialog or the downloads folder.
 */
export function downloadFile(name: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: a click starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
