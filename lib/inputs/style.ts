// What an inline style or attribute says about visibility, for trees without layout (cheerio).
export function hiddenByMarkup(hiddenAttr: boolean, style: string | undefined): boolean {
  return hiddenAttr || (style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style));
}
