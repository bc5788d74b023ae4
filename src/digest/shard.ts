import { parseArxivId } from '../arxiv/id';

/**
 * Which index shard holds an ID: new-style IDs by YYMM (`2311`), old-style by archive and YYMM
 * (`hep-th-9901`). A shard holds one month of one archive, so its size does not grow with the archive.
 */
export function shardOf(id: string): string | undefined {
  const ref = parseArxivId(id);
  if (!ref) return undefined;
  const slash = ref.id.indexOf('/');
  if (slash < 0) return ref.id.slice(0, 4);
  const archive = ref.id.slice(0, slash).split('.')[0]!;
  return `${archive}-${ref.id.slice(slash + 1, slash + 5)}`;
}

/** Paths of the generated data, relative to the data root. */
export const dataPaths = {
  dates: 'dates.json',
  /** `{ hash }`: the fingerprint of everything else (see contentHash). */
  version: 'version.json',
  day: (date: string) => `days/${date}.json`,
  shard: (shard: string) => `index/${shard}.json`,
};
