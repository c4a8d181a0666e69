// The offscreen document (Chromium): reads the PDF and Word files the background hands it, with the
// extension pages' engines (pdf.js on a Web Worker, mammoth), and answers with what the reader takes.
import { browser } from 'wxt/browser';
import { answerRead, isOffscreenRead } from '@/lib/inputs/offscreen';
import { pageEngines } from '@/lib/inputs/page-engines';

browser.runtime.onMessage.addListener((message, sender) => {
  // The background's asks only: the pages' messages to the background reach this document too, and a
  // content script's are never for it.
  if (!isOffscreenRead(message) || sender.id !== browser.runtime.id || sender.tab) return undefined;
  return answerRead(message, pageEngines);
});
