// The reader injected into a page whose content script's probe says it may be a report: the content
// script stays a few kilobytes on the thousands of pages of a portal that are no report.
import { browser } from 'wxt/browser';

export const READER_SCRIPT = '/reader.js';

export async function injectReader(tabId: number): Promise<true> {
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
  return true;
}
