// A fetched page's names and links for the collector (no DOM in a service worker): what
// lib/base/attachment-links.ts picks a notice's attachment from.
import * as cheerio from 'cheerio';
import type { Anchor } from '../base/attachment-links';
import type { ListSource } from '../model';
import { FOLLOWABLE, PAGER_SHELLS } from '../base/pager-shells';

export function pageLinks(html: string): { names: string; base: string | null; anchors: Anchor[] } {
  const $ = cheerio.load(html);
  const names = [
    $('title').first().text(),
    $('meta[name="ArticleTitle"]').attr('content') ?? '',
    ...$('h1, h2, h3')
      .slice(0, 10)
      .map((_, h) => $(h).text())
      .get(),
  ].join('\n');
  const anchors = $('a[href]')
    .map((_, a) => ({
      href: $(a).attr('href')!,
      text: $(a).text().trim() || ($(a).attr('title') ?? ''),
      around: $(a).parent().text().slice(0, 200),
    }))
    .get();
  return { names, base: $('base[href]').attr('href') ?? null, anchors };
}

/** A fetched listing page's links, scripts and empty pager containers (lib/view/list-pages.ts reads them). */
export function listSource(html: string): ListSource {
  const $ = cheerio.load(html);
  const anchors = $('a[href]')
    .map((_, a) => ({
      href: $(a).attr('href')!,
      text: $(a).text().replace(/\s+/g, ' ').trim(),
      title: $(a).attr('title') ?? '',
    }))
    .get();
  const scripts = $('script:not([src])')
    .map((_, s) => $(s).text())
    .get();
  const shells = $(PAGER_SHELLS).filter((_, e) => $(e).find(FOLLOWABLE).length === 0).length;
  return { anchors, scripts, shells, base: $('base[href]').attr('href') ?? null };
}
