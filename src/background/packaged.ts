import { browser } from 'wxt/browser';
import { dataPaths } from '../digest/shard';
import { tableIdentity } from '../model/lookup-entry';
import type { Repository } from '../model/repository';
import { createRepository, packagedJsonLoader, type JsonLoader } from '../packaged/repository';

/** The extension's own packaged files (no web_accessible_resources needed: only the background reads them). */
export const packagedLoader: JsonLoader = packagedJsonLoader((p) => browser.runtime.getURL(p as '/'));

/** The dataset packaged with this extension version. Only the background reads it; others ask it by message. */
export function packagedRepository(load: JsonLoader = packagedLoader): Repository {
  return createRepository(load);
}

/** Which extension version and which packaged data: the lookup table is refilled when this changes. */
export async function dataIdentity(load: JsonLoader = packagedLoader): Promise<string> {
  const v = (await load(dataPaths.version)) as { hash?: unknown } | undefined;
  return tableIdentity(browser.runtime.getManifest().version, typeof v?.hash === 'string' ? v.hash : 'unknown');
}
