/**
 * wxt's fakeBrowser has no `runtime.getManifest`. The background names its lookup table after the running
 * version, and the content script trusts the table only when it was filled for that version: tests fill it
 * with identities whose version part is this one (`'test'`, `'test/1'`).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const TEST_EXTENSION_VERSION = 'test';

fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'test', version: TEST_EXTENSION_VERSION });
