// Addresses: the page a report is known by, the site it came from, and whether that is a
// government portal (where the reader always runs; everything else only once the user enables it).

/** The content script's match pattern for government portals. */
export const GOV_SITES = '*://*.gov.cn/*';

/** The page address a report is known by: the #fragment names a place on the page, not the page. */
export function pageAddress(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** A link's address resolved against a base, or null for one no URL can be made of (hostile markup). */
export function resolveLink(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** What a page's relative links resolve against: its <base href> (as written) resolved against the page,
 * or the page itself when it has none or a malformed one (a page's markup is hostile input). */
export function baseOf(href: string | null | undefined, pageUrl: string): string {
  try {
    return new URL(href ?? '', pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/** Lower-case host name of an http(s) address, else null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:/i.test(url)) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** 'https://example.org' for a page the extension could be enabled on, else null. */
export function siteOf(url: string | null | undefined): string | null {
  return hostOf(url) === null ? null : new URL(url!).origin;
}

/** A host of China's government portals: gov.cn or one of its subdomains. */
export function isGovHost(host: string): boolean {
  return /(?:^|\.)gov\.cn$/i.test(host);
}
