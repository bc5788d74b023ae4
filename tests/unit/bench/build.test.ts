import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILD_INPUTS, buildInputs, datesInShard } from '../../../scripts/bench/build';
import { readRealDay, seedDayDataset } from '../../../scripts/bench/dataset';

describe('build fingerprint inputs', () => {
  test('everything that changes the build is hashed', async () => {
    const inputs = await buildInputs();
    for (const f of ['tsconfig.json', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json', 'wxt.config.ts', 'src', 'entrypoints', 'assets', 'public', 'scripts/build-data.ts']) {
      expect(inputs).toContain(f);
    }
  });

  test('the wxt config imports nothing outside the hashed inputs', () => {
    // A new local import of wxt.config.ts must be added to BUILD_INPUTS, or cached builds go stale.
    const config = readFileSync('wxt.config.ts', 'utf8');
    const local = [...config.matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]!);
    const covered = (spec: string) => BUILD_INPUTS.some((i) => spec.startsWith(i) || i.replace(/\.tsx?$/, '') === spec);
    for (const spec of local) expect(covered(spec.replace(/^\.\//, '')), spec).toBe(true);
  });
});

describe('datasets', () => {
  test('an index shard maps an ID to its date or, since the archive lists some papers twice, to its dates', () => {
    expect(datesInShard('2023-11-23')).toEqual(['2023-11-23']);
    expect(datesInShard(['2023-11-23', '2023-11-24'])).toEqual(['2023-11-23', '2023-11-24']);
    expect(datesInShard(42)).toEqual([]);
  });

  test('the `9` configuration is the seed day alone, verbatim', async () => {
    const seed = await readRealDay('data');
    const ds = seedDayDataset(seed);
    expect([...ds.files.keys()]).toEqual(['digests/2023-11-23.md']);
    expect(ds.files.get('digests/2023-11-23.md')).toBe(readFileSync('data/digests/2023-11-23.md', 'utf8'));
    expect(ds.papers).toBe(9);
  });
});
