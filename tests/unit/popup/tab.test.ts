import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { targetTab } from '../../../src/popup/tab';

beforeEach(() => fakeBrowser.reset());

describe('the tab the popup is about', () => {
  test('without ?tabId: the active tab of the current window', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4, url: 'https://arxiv.org/abs/2311.12983' }] as never);
    expect(await targetTab(fakeBrowser.tabs, new URLSearchParams(''))).toMatchObject({ id: 4 });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  test('?tabId=N names it (tests open the popup as a page, which is then the active tab)', async () => {
    const get = vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 12 } as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    expect(await targetTab(fakeBrowser.tabs, new URLSearchParams('tabId=12'))).toMatchObject({ id: 12 });
    expect(get).toHaveBeenCalledWith(12);
    expect(query).not.toHaveBeenCalled();
  });

  test('a malformed tabId falls back to the active tab', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    for (const bad of ['tabId=abc', 'tabId=-3', 'tabId=1.5']) expect(await targetTab(fakeBrowser.tabs, new URLSearchParams(bad))).toBeUndefined();
    expect(query).toHaveBeenCalledTimes(3);
  });
});
