// The text of XML character data: its five named entities and numeric references undone (&amp; last in
// effect: one pass, so &amp;lt; stays &lt;).
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const unescapeXml = (s: string): string =>
  s.replace(
    /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/g,
    (m, hex?: string, dec?: string, name?: string) => {
      if (name) return NAMED[name];
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    },
  );
