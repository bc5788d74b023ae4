/**
 * What a package asks the browser for, read from its manifest, and what was added since the last release.
 * A permission or host a release adds is what makes Chrome disable the extension until the reader accepts it,
 * and what store reviewers look at first: release:check fails on one the CHANGELOG entry does not name.
 */

export interface Access {
  /** API permissions (MV2's host patterns among `permissions` are hosts, below). */
  permissions: string[];
  optionalPermissions: string[];
  /** Host permissions, and the hosts of content-script matches (as `scheme://host/*`). */
  hosts: string[];
  optionalHosts: string[];
  /** Every content script's match patterns, as written. */
  contentScripts: string[];
  /** Files web pages may load (MV2 strings, MV3 `resources`). */
  webAccessible: string[];
}

export type AccessKind = 'permission' | 'optional permission' | 'host' | 'optional host' | 'web-accessible resource';

export interface AccessItem {
  kind: AccessKind;
  value: string;
}

type Manifest = Record<string, unknown>;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const isHost = (p: string) => p === '<all_urls>' || p.includes('://');
const sorted = (list: Iterable<string>) => [...new Set(list)].sort();

/** The host a match pattern reaches, as a host permission would name it: `*://arxiv.org/abs/*` → `*://arxiv.org/*`. */
export function hostOf(pattern: string): string {
  if (pattern === '<all_urls>') return pattern;
  const m = /^([^:]+:\/\/[^/]*)\//.exec(pattern);
  return m ? `${m[1]}/*` : pattern;
}

export function accessOf(manifest: Manifest): Access {
  const permissions = strings(manifest.permissions);
  const optional = strings(manifest.optional_permissions);
  const scripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as { matches?: unknown }[]) : [];
  const contentScripts = sorted(scripts.flatMap((c) => strings(c.matches)));
  const war = Array.isArray(manifest.web_accessible_resources) ? (manifest.web_accessible_resources as unknown[]) : [];
  return {
    permissions: sorted(permissions.filter((p) => !isHost(p))),
    optionalPermissions: sorted(optional.filter((p) => !isHost(p))),
    hosts: sorted([...permissions.filter(isHost), ...strings(manifest.host_permissions), ...contentScripts.map(hostOf)]),
    optionalHosts: sorted([...optional.filter(isHost), ...strings(manifest.optional_host_permissions)]),
    contentScripts,
    webAccessible: sorted(war.flatMap((w) => (typeof w === 'string' ? [w] : strings((w as { resources?: unknown }).resources)))),
  };
}

const CHECKED: [AccessKind, keyof Access][] = [
  ['permission', 'permissions'],
  ['optional permission', 'optionalPermissions'],
  ['host', 'hosts'],
  ['optional host', 'optionalHosts'],
  ['web-accessible resource', 'webAccessible'],
];

/** What `now` asks for that `before` did not (everything, when nothing was released before). */
export function addedSince(before: Access | null, now: Access): AccessItem[] {
  return CHECKED.flatMap(([kind, key]) => now[key].filter((v) => !before?.[key].includes(v)).map((value) => ({ kind, value })));
}

/** What `before` asked for and `now` no longer does (printed: a removal needs no consent). */
export function removedSince(before: Access | null, now: Access): AccessItem[] {
  return before ? addedSince(now, before) : [];
}

export interface ChangelogEntry {
  version: string;
  /** `YYYY-MM-DD`, or null while the entry says `unreleased`. */
  date: string | null;
  body: string;
}

const ENTRY_HEADING = /^## (\d+\.\d+\.\d+) — (unreleased|\d{4}-\d{2}-\d{2})\s*$/;

/** The entries of CHANGELOG.md, newest first as written; a `## ` heading of any other shape is an error. */
export function changelogEntries(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  markdown.split('\n').forEach((line, i) => {
    if (!line.startsWith('## ')) {
      if (entries.length) entries[entries.length - 1]!.body += `${line}\n`;
      return;
    }
    const m = ENTRY_HEADING.exec(line);
    if (!m) throw new Error(`CHANGELOG.md:${i + 1}: an entry's heading is "## MAJOR.MINOR.PATCH — YYYY-MM-DD" (or "— unreleased"): ${line}`);
    entries.push({ version: m[1]!, date: m[2] === 'unreleased' ? null : m[2]!, body: '' });
  });
  return entries;
}

/** The items the entry does not name: each must appear in it in backticks, exactly (`storage`, `*://arxiv.org/*`). */
export function unnamedIn(entry: ChangelogEntry, items: AccessItem[]): AccessItem[] {
  const named = new Set([...entry.body.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!));
  return items.filter((item) => !named.has(item.value));
}

/** -1, 0 or 1, for `MAJOR.MINOR.PATCH` versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  return 0;
}

/** The last release as recorded in store/release-manifest.json (written by `release:check --record`). */
export interface ReleaseRecord {
  /** null until the first release is published. */
  version: string | null;
  chrome: Access | null;
  firefox: Access | null;
}

export type Browser = 'chrome' | 'firefox';

export interface ReleaseJudgement {
  problems: string[];
  added: Record<Browser, AccessItem[]>;
  removed: Record<Browser, AccessItem[]>;
}

/**
 * The rules a new release meets against the last one: a version of the scheme's shape, newer than the last
 * release (or that very release, unchanged), an entry in the changelog for it, and every permission, host or
 * web-accessible resource either package adds named in that entry.
 */
export function judgeRelease(version: string, changelog: string, last: ReleaseRecord, now: Record<Browser, Access>): ReleaseJudgement {
  const problems: string[] = [];
  const browsers: Browser[] = ['chrome', 'firefox'];
  const added = Object.fromEntries(browsers.map((b) => [b, addedSince(last[b], now[b])])) as Record<Browser, AccessItem[]>;
  const removed = Object.fromEntries(browsers.map((b) => [b, removedSince(last[b], now[b])])) as Record<Browser, AccessItem[]>;
  if (!/^\d+\.\d+\.\d+$/.test(version)) problems.push(`version ${version}: the stores take MAJOR.MINOR.PATCH only (no pre-release suffix)`);
  else if (last.version) {
    const order = compareVersions(version, last.version);
    const changed = browsers.some((b) => added[b].length > 0 || removed[b].length > 0);
    if (order < 0) problems.push(`version ${version} is older than the last release, ${last.version}`);
    else if (order === 0 && changed) problems.push(`version ${version} is the last release's, but what it asks for changed: bump the version in package.json`);
  }
  let entries: ChangelogEntry[] = [];
  try {
    entries = changelogEntries(changelog);
  } catch (e) {
    problems.push((e as Error).message);
  }
  const entry = entries.find((e) => e.version === version);
  if (!entry) problems.push(`CHANGELOG.md has no entry for ${version} ("## ${version} — unreleased" until it is published)`);
  else if (entries[0] !== entry) problems.push(`CHANGELOG.md: the entry for ${version} must come first (newest first)`);
  if (entry) {
    for (const b of browsers) {
      for (const item of unnamedIn(entry, added[b])) problems.push(`${b}: ${item.kind} \`${item.value}\` is new since ${last.version ?? 'nothing was released'}, and the CHANGELOG entry for ${version} does not name it`);
    }
  }
  return { problems, added, removed };
}

const ACCESS_KEYS: (keyof Access)[] = ['permissions', 'optionalPermissions', 'hosts', 'optionalHosts', 'contentScripts', 'webAccessible'];

function isAccess(v: unknown): v is Access {
  return typeof v === 'object' && v !== null && ACCESS_KEYS.every((k) => Array.isArray((v as Record<string, unknown>)[k]) && ((v as Record<string, unknown[]>)[k]!).every((x) => typeof x === 'string'));
}

/** store/release-manifest.json, checked: a damaged record must not read as "nothing released". */
export function parseReleaseRecord(text: string): ReleaseRecord {
  const raw = JSON.parse(text) as Record<string, unknown>;
  const version = raw.version;
  if (version !== null && (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version))) throw new Error(`store/release-manifest.json: version must be MAJOR.MINOR.PATCH or null, not ${JSON.stringify(version)}`);
  for (const b of ['chrome', 'firefox'] as const) {
    if (version === null ? raw[b] !== null : !isAccess(raw[b])) throw new Error(`store/release-manifest.json: ${b} must be ${version === null ? 'null while nothing is released' : `what ${version} asked for (${ACCESS_KEYS.join(', ')})`}`);
  }
  return { version, chrome: raw.chrome as Access | null, firefox: raw.firefox as Access | null };
}

/** The record of a release that was just published, for store/release-manifest.json. */
export function releaseRecordText(version: string, now: Record<Browser, Access>): string {
  return `${JSON.stringify({ $comment: RECORD_COMMENT, version, chrome: now.chrome, firefox: now.firefox }, null, 2)}\n`;
}

export const RECORD_COMMENT =
  'What the last published release asked for; npm run release:check compares the packages with it. Written by `npm run release:check -- --record` once a release is uploaded to both stores (see store/README.md); version null: nothing published yet.';
