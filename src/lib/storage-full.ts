/**
 * Whether an error from `storage.local` means the storage is full: Chromium's quota ("Resource::kQuotaBytes
 * quota exceeded" in 156, "QUOTA_BYTES quota exceeded" before), IndexedDB's QuotaExceededError (Firefox keeps
 * storage.local there) and a full disk. The text is all a page gets of an error the background met.
 */
const FULL = /quota|no space|disk (is )?full|FILE_NO_DEVICE_SPACE/i;

export function isStorageFull(message: string): boolean {
  return FULL.test(message);
}
