// The viewer's address: an attachment to fetch and read (src, and the page that linked it), or a
// saved report's file (id). Parsed back with the same names, and only http(s) addresses taken.
export type ViewerTarget = { src: string; from: string | null } | { id: number };

export function viewerPath(target: ViewerTarget): string {
  const q = new URLSearchParams();
  if ('id' in target) q.set('id', String(target.id));
  else {
    q.set('src', target.src);
    if (target.from) q.set('from', target.from);
  }
  return `/viewer.html?${q}`;
}

const httpAddress = (s: string | null) => (s && /^https?:\/\//i.test(s) && URL.canParse(s) ? s : null);

export function viewerTarget(search: string): ViewerTarget | null {
  const q = new URLSearchParams(search);
  const id = Number(q.get('id'));
  if (Number.isSafeInteger(id) && id > 0) return { id };
  const src = httpAddress(q.get('src'));
  return src ? { src, from: httpAddress(q.get('from')) } : null;
}
