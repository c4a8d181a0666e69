// Who may send what to the background: judged from the browser's sender, never from the message.
import { describe, expect, it } from 'vitest';
import { SENDERS, senderOf } from '../../lib/messages';

const self = { id: 'abcdefghijklmnop', extensionBase: 'chrome-extension://abcdefghijklmnop/' };
const popup = { id: self.id, url: `${self.extensionBase}popup.html?tab=3` };
const library = { id: self.id, url: `${self.extensionBase}library.html`, tab: { id: 9 } };
const content = { id: self.id, url: 'https://www.pingtan.gov.cn/zwgk/r.htm', tab: { id: 3 } };

describe('senderOf', () => {
  it('lets the content script report what it read, ask for the reader and to read its file, and nothing else', () => {
    expect(senderOf({ type: 'page-read', errors: 1 }, content, self)).toEqual({
      from: 'content',
      tabId: 3,
      url: content.url,
    });
    expect(senderOf({ type: 'page-files', kinds: ['PDF'] }, content, self)).toEqual({
      from: 'content',
      tabId: 3,
      url: content.url,
    });
    expect(senderOf({ type: 'open-attachment', url: 'https://a.gov.cn/f.pdf' }, content, self)).toEqual({
      from: 'content',
      tabId: 3,
      url: content.url,
    });
    // The probe asks for the reader to be injected into its own tab (the browser says which).
    expect(senderOf({ type: 'load-reader' }, content, self)).toEqual({ from: 'content', tabId: 3, url: content.url });
    const mine = ['page-read', 'load-reader', 'page-files', 'page-list', 'open-attachment'];
    for (const type of Object.keys(SENDERS).filter((t) => !mine.includes(t))) {
      expect(senderOf({ type }, content, self), type).toBeNull();
    }
    // Saving a file is the viewer's, an extension page: never a page's.
    expect(senderOf({ type: 'save-file' }, content, self)).toBeNull();
  });

  it('lets extension pages (the popup, the library in a tab) save, collect, import and delete', () => {
    for (const type of ['save-tab', 'collect-start', 'library-import', 'library-delete', 'enable-site']) {
      expect(senderOf({ type }, popup, self)).toEqual({ from: 'extension' });
      expect(senderOf({ type }, library, self)).toEqual({ from: 'extension' });
    }
    expect(senderOf({ type: 'page-read', errors: 0 }, popup, self)).toBeNull();
  });

  it('answers nothing to another extension, an unknown type or a message without one', () => {
    expect(senderOf({ type: 'save-tab' }, { ...popup, id: 'otherextension' }, self)).toBeNull();
    expect(senderOf({ type: 'drop-library' }, popup, self)).toBeNull();
    expect(senderOf({ type: 'constructor' }, popup, self)).toBeNull();
    expect(senderOf('save-tab', popup, self)).toBeNull();
    expect(senderOf(null, popup, self)).toBeNull();
  });
});
