// Downloads are built here, in an extension page: a service worker has no URL.createObjectURL.
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const stamp = (d = new Date()) => d.toISOString().slice(0, 10).replace(/-/g, '');
