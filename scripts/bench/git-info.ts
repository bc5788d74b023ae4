/**
 * Which code a results file describes: the commit, and whether the working tree differed from it when the
 * run started (then the figures belong to uncommitted code, and the list says which files).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface GitInfo {
  commit: string | null;
  branch: string | null;
  dirty: boolean | null;
  /** Changed or untracked paths (git status --porcelain), without the results file itself. */
  dirtyFiles: string[];
}

/** Parses `git status --porcelain` output into paths, leaving out `ignore` (relative to the repo root). */
export function dirtyPaths(porcelain: string, ignore: readonly string[] = []): string[] {
  return porcelain
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.slice(3).replace(/^.* -> /, '').replace(/^"(.*)"$/, '$1'))
    .filter((p) => !ignore.includes(p));
}

export async function gitInfo(resultsFile: string): Promise<GitInfo> {
  const git = async (...args: string[]) => (await run('git', args, { maxBuffer: 16 * 1024 * 1024 })).stdout;
  try {
    const root = (await git('rev-parse', '--show-toplevel')).trim();
    const commit = (await git('rev-parse', 'HEAD')).trim();
    const branch = (await git('rev-parse', '--abbrev-ref', 'HEAD')).trim();
    // The previous results file is rewritten by every run: its being modified says nothing about the code.
    const files = dirtyPaths(await git('status', '--porcelain', '--untracked-files=all'), [path.relative(root, path.resolve(resultsFile))]);
    return { commit, branch, dirty: files.length > 0, dirtyFiles: files.slice(0, 50) };
  } catch {
    return { commit: null, branch: null, dirty: null, dirtyFiles: [] };
  }
}
