// A fetched page as the library keeps it: minus what runs, so that it can be read again later.
import * as cheerio from 'cheerio';

export function inertHtml(html: string): string {
  const $ = cheerio.load(html);
  $('script, noscript, iframe, object, embed').remove();
  return $.html();
}
