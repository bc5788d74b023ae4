/**
 * Files the reader picked, dropped or pasted, turned into what the background previews. A file over its
 * limit is refused by its size before a byte of it is read (a 600 MB file dropped by mistake must not be
 * loaded into the page), and one import stays within what one message may carry.
 */
import type { IncomingFile } from '../digest/import-batch';
import { MAX_BACKUP_BYTES, MAX_FILE_NAME, MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from '../digest/import-limits';

/** What the page needs of a `File` (tests pass plain objects). */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type RefusedReason = { kind: 'too-large'; limit: number } | { kind: 'too-much' } | { kind: 'unreadable' };

export interface RefusedFile {
  name: string;
  reason: RefusedReason;
}

export interface ReadFiles {
  files: IncomingFile[];
  refused: RefusedFile[];
}

/** `import`: digests, translations, or a backup among them; `restore`: a backup. */
export type Source = 'import' | 'restore';

const DIGEST_OR_TRANSLATION = /\.(md|markdown|txt)$|\.en\.json$/i;

/**
 * The size limit a file is held to, decided by its name before it is read: digests and translations 5 MB,
 * anything else (a backup, named as the reader likes) 32 MB. The background checks the text again with
 * what it turns out to be.
 */
export function limitFor(name: string, source: Source): number {
  return source === 'import' && DIGEST_OR_TRANSLATION.test(name) ? MAX_IMPORT_BYTES : MAX_BACKUP_BYTES;
}

export const megabytes = (bytes: number) => bytes / 1024 / 1024;

const shortName = (name: string) => (name.length > MAX_FILE_NAME ? `${name.slice(0, MAX_FILE_NAME - 1)}…` : name);

export async function readPicked(picked: readonly PickedFile[], source: Source): Promise<ReadFiles> {
  const files: IncomingFile[] = [];
  const refused: RefusedFile[] = [];
  let total = 0;
  for (const f of picked) {
    const name = shortName(f.name);
    const limit = limitFor(f.name, source);
    if (f.size > limit) {
      refused.push({ name, reason: { kind: 'too-large', limit } });
      continue;
    }
    if (files.length >= MAX_IMPORT_FILES || total + f.size > MAX_BACKUP_BYTES) {
      refused.push({ name, reason: { kind: 'too-much' } });
      continue;
    }
    try {
      files.push({ name, text: await f.text() });
      total += f.size;
    } catch {
      refused.push({ name, reason: { kind: 'unreadable' } });
    }
  }
  return { files, refused };
}

/** Pasted text, held to the digest limit (measured in UTF-8 bytes, as a file's size is). */
export function readPasted(text: string, name: string): ReadFiles {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { files: [], refused: [{ name, reason: { kind: 'too-large', limit: MAX_IMPORT_BYTES } }] };
  return { files: [{ name, text }], refused: [] };
}
