import { browser } from 'wxt/browser';
import type { Repository } from '../model/repository';
import { createRepository, packagedJsonLoader } from './repository';

/** The dataset packaged with this extension version. Only the background reads it; others ask it by message. */
export function packagedRepository(): Repository {
  return createRepository(packagedJsonLoader((p) => browser.runtime.getURL(p as '/')));
}
