/**
 * Checks that the Firefox sources zip of this version rebuilds to the shipped Firefox zip (see
 * scripts/release/sources-zip.ts). Run `npm run zip` first.
 */
import { readFileSync } from 'node:fs';
import { packageZips, verifySourcesZip } from './release/sources-zip';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
try {
  const files = verifySourcesZip(packageZips('.output', pkg.name, pkg.version));
  console.log(`zip:verify: the sources rebuild to the shipped Firefox package (${files} files identical)`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
