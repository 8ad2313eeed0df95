/** Saving an export from the popup: a Blob behind an `<a download>`, the one way every browser accepts. */

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a minute is ample for the browser to copy it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
