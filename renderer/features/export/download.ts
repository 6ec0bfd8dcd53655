// Saves text through the page itself (Blob + <a download>): the same code works in a browser tab and in
// Electron, where the main process sees an ordinary download.
export function downloadText(filename: string, content: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked later: some browsers start reading the blob only after click() returns.
    window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
