// Downloads are made in an extension page (the library, the popup): a service worker has no
// URL.createObjectURL.

/** How long a download's address is kept: the browser writes the file from it, and revoking it before
 * the file is written cancels the download (a backup of ten thousand reports is hundreds of MB). A
 * minute, and a second more per MB. */
const keepMs = (bytes: number) => 60_000 + bytes / 1_000;

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), keepMs(blob.size));
}

export const stamp = (d = new Date()) => d.toISOString().slice(0, 10).replace(/-/g, '');
