import { describe, expect, test } from 'vitest';
import { senderKind, type Self, type Sender } from '../../../src/background/senders';

const CHROME: Self = { id: 'abcdefghijklmnopabcdefghijklmnop', root: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
// Firefox: the ID is the gecko ID, the pages live under a per-profile UUID.
const FIREFOX: Self = { id: 'daily-papers@example.org', root: 'moz-extension://0b6b1f5e-8a5e-4d0e-9d1c-1f5e8a5e4d0e/' };

describe('who sent a message', () => {
  test.each<[string, Self, Sender, ReturnType<typeof senderKind>]>([
    ['Chrome popup (no tab)', CHROME, { id: CHROME.id, url: `${CHROME.root}popup.html` }, 'extension-page'],
    ['Chrome options page in a tab', CHROME, { id: CHROME.id, url: `${CHROME.root}options.html`, tab: { id: 2, url: `${CHROME.root}options.html` } }, 'extension-page'],
    ['Chrome reader in a tab', CHROME, { id: CHROME.id, url: `${CHROME.root}reader.html?date=2023-11-23#2311.12983`, tab: { id: 3 } }, 'extension-page'],
    ['popup.html?tabId=N opened as a tab (tests)', CHROME, { id: CHROME.id, url: `${CHROME.root}popup.html?tabId=7`, tab: { id: 8 } }, 'extension-page'],
    ['Chrome content script, abs page', CHROME, { id: CHROME.id, url: 'https://arxiv.org/abs/2311.12983', tab: { id: 4, url: 'https://arxiv.org/abs/2311.12983' } }, 'content-script'],
    ['Chrome content script, PDF viewer', CHROME, { id: CHROME.id, url: 'https://arxiv.org/pdf/2311.12983v1', tab: { id: 5 } }, 'content-script'],
    ['content script on www, over http', CHROME, { id: CHROME.id, url: 'http://www.arxiv.org/html/2311.12983v1', tab: { id: 6 } }, 'content-script'],
    ['content script on export, upper-case host', CHROME, { id: CHROME.id, url: 'https://EXPORT.arxiv.org/list/cs.CL/new', tab: { id: 6 } }, 'content-script'],
    ['Firefox popup', FIREFOX, { id: FIREFOX.id, url: `${FIREFOX.root}popup.html` }, 'extension-page'],
    ['Firefox options page in a tab', FIREFOX, { id: FIREFOX.id, url: `${FIREFOX.root}options.html`, tab: { id: 2 } }, 'extension-page'],
    ['Firefox content script', FIREFOX, { id: FIREFOX.id, url: 'https://arxiv.org/abs/2311.12983', tab: { id: 4 } }, 'content-script'],
    ['a root given without its slash', { ...CHROME, root: CHROME.root.slice(0, -1) }, { id: CHROME.id, url: `${CHROME.root}popup.html` }, 'extension-page'],
  ])('%s', (_name, self, sender, kind) => {
    expect(senderKind(sender, self)).toBe(kind);
  });

  test.each<[string, Self, Sender]>([
    ['another extension', CHROME, { id: 'otherextensionotherextensionothe', url: 'chrome-extension://otherextensionotherextensionothe/popup.html' }],
    ['another extension naming our pages', CHROME, { id: 'otherextensionotherextensionothe', url: `${CHROME.root}options.html` }],
    ['no ID', CHROME, { url: `${CHROME.root}popup.html` }],
    ['our ID, another extension’s origin that starts like ours', CHROME, { id: CHROME.id, url: `chrome-extension://${CHROME.id}x/popup.html` }],
    ['our ID, the other browser’s scheme', FIREFOX, { id: FIREFOX.id, url: `chrome-extension://${FIREFOX.root.slice('moz-extension://'.length)}popup.html` }],
    ['an arXiv URL without a tab', CHROME, { id: CHROME.id, url: 'https://arxiv.org/abs/2311.12983' }],
    ['a page on another host', CHROME, { id: CHROME.id, url: 'https://example.com/abs/2311.12983', tab: { id: 1 } }],
    ['a host that only starts like arXiv’s', CHROME, { id: CHROME.id, url: 'https://arxiv.org.example.com/abs/2311.12983', tab: { id: 1 } }],
    ['a subdomain of arXiv without a content script', CHROME, { id: CHROME.id, url: 'https://info.arxiv.org/help', tab: { id: 1 } }],
    ['a saved copy on disk', CHROME, { id: CHROME.id, url: 'file:///home/u/arxiv.org/abs/2311.12983.html', tab: { id: 1 } }],
    ['about:blank', CHROME, { id: CHROME.id, url: 'about:blank', tab: { id: 1 } }],
    ['not a URL', CHROME, { id: CHROME.id, url: 'arxiv.org/abs/2311.12983', tab: { id: 1 } }],
    ['no URL', CHROME, { id: CHROME.id, tab: { id: 1, url: 'https://arxiv.org/abs/2311.12983' } }],
    ['nothing at all', CHROME, {}],
    ['an extension whose own ID is unknown', { id: '', root: CHROME.root }, { url: `${CHROME.root}popup.html` }],
  ])('refused: %s', (_name, self, sender) => {
    expect(senderKind(sender, self)).toBeUndefined();
  });
});
