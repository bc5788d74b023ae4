import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { hashTree, packageZips, treeDifferences } from '../../../../scripts/release/sources-zip';

const tmp: string[] = [];
afterEach(() => tmp.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dp-tree-'));
  tmp.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

test('treeDifferences: a changed byte, a missing file and an extra file are each reported, by path', () => {
  const shipped = hashTree(tree({ 'manifest.json': '{}', 'a/b.js': 'x', 'gone.js': '1' }));
  const rebuilt = hashTree(tree({ 'manifest.json': '{}', 'a/b.js': 'y', 'extra.js': '2' }));
  expect(treeDifferences(shipped, rebuilt)).toEqual(['a/b.js', 'extra.js', 'gone.js']);
  expect(treeDifferences(shipped, shipped)).toEqual([]);
});

test("packageZips: this version's three zips, never another version's", () => {
  const out = tree({ 'x-1.0.0-chrome.zip': '', 'x-1.0.0-firefox.zip': '', 'x-1.0.0-sources.zip': '', 'x-0.1.0-sources.zip': '' });
  expect(packageZips(out, 'x', '1.0.0')).toEqual({ chrome: path.join(out, 'x-1.0.0-chrome.zip'), firefox: path.join(out, 'x-1.0.0-firefox.zip'), sources: path.join(out, 'x-1.0.0-sources.zip') });
  expect(() => packageZips(out, 'x', '0.1.0')).toThrow('no x-0.1.0-chrome.zip, x-0.1.0-firefox.zip in');
});
