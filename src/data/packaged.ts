import { browser } from 'wxt/browser';
import { createRepository, packagedJsonLoader, type Repository } from './repository';

/** The dataset packaged with this extension version. Only the background reads it; others ask it by message. */
export function packagedRepository(): Repository {
  return createRepository(packagedJsonLoader((p) => browser.runtime.getURL(p as '/')));
}
