/**
 * The options page as it runs against a background the test started (`startBackground` over fakeBrowser):
 * messages go through the real dispatcher as from options.html, the translation port to its service.
 */
import { render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { typedSend } from '../../../src/messaging/send';
import type { EnglishSectionDeps } from '../../../src/options/EnglishSection';
import { OptionsApp } from '../../../src/options/OptionsApp';
import type { Lang } from '../../../src/prefs/schema';
import { pageSender } from '../background/handlers-for';
import { fakePref } from '../helpers';
import { fakeConnect } from '../setup/fake-connect';

export function renderOptionsPage(english: Partial<EnglishSectionDeps> = {}) {
  const send = typedSend(async (m) => JSON.parse(JSON.stringify((await fakeBrowser.runtime.onMessage.trigger(m, pageSender('options.html'), () => {}))[0] ?? null)));
  return render(
    <OptionsApp
      send={send}
      lang={fakePref<Lang>('en')}
      initialLang="en"
      loadList={() => send('importList', {})}
      loadCommands={async () => []}
      english={{ connect: ({ name }) => fakeConnect.connect(name, pageSender('options.html')), storage: fakeBrowser.storage.local, ...english }}
      download={() => undefined}
      browser="chrome"
    />,
  );
}
