import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  accessOf,
  addedSince,
  changelogEntries,
  compareVersions,
  hostOf,
  judgeRelease,
  parseReleaseRecord,
  releaseRecordText,
  unnamedIn,
  type Access,
  type ReleaseRecord,
} from '../../../../scripts/release/access';

const HOSTS = ['*://arxiv.org/*', '*://www.arxiv.org/*', '*://export.arxiv.org/*'];

const chromeManifest = (over: Record<string, unknown> = {}) => ({
  manifest_version: 3,
  permissions: ['storage', 'unlimitedStorage'],
  host_permissions: HOSTS,
  content_scripts: [
    { matches: ['*://arxiv.org/abs/*', '*://www.arxiv.org/abs/*'], js: ['a.js'] },
    { matches: ['*://export.arxiv.org/list/*'], js: ['b.js'] },
  ],
  ...over,
});
const firefoxManifest = (over: Record<string, unknown> = {}) => ({
  manifest_version: 2,
  permissions: ['storage', ...HOSTS],
  content_scripts: [{ matches: ['*://arxiv.org/abs/*'], js: ['a.js'] }],
  ...over,
});

const NOTHING: ReleaseRecord = { version: null, chrome: null, firefox: null };
const released = (version: string): ReleaseRecord => ({ version, chrome: accessOf(chromeManifest()), firefox: accessOf(firefoxManifest()) });
const now = (chrome = chromeManifest(), firefox = firefoxManifest()) => ({ chrome: accessOf(chrome), firefox: accessOf(firefox) });

const changelog = (...entries: string[]) => `# Changelog\n\nThe scheme, naming \`tabs\` in passing.\n\n${entries.join('\n')}`;
const FIRST = '## 1.0.0 — 2026-12-10\n\nFirst.\n\nPermissions: `storage`, `unlimitedStorage`, `*://arxiv.org/*`, `*://www.arxiv.org/*`, `*://export.arxiv.org/*`.\n';

describe('accessOf: what a manifest asks for', () => {
  test('MV3: permissions, host permissions, and the hosts of content-script matches', () => {
    expect(accessOf(chromeManifest({ optional_permissions: ['downloads'], optional_host_permissions: ['https://example.org/*'], web_accessible_resources: [{ resources: ['img/a.png', 'x.js'], matches: HOSTS }] }))).toEqual({
      permissions: ['storage', 'unlimitedStorage'],
      optionalPermissions: ['downloads'],
      hosts: [...HOSTS].sort(),
      optionalHosts: ['https://example.org/*'],
      contentScripts: ['*://arxiv.org/abs/*', '*://export.arxiv.org/list/*', '*://www.arxiv.org/abs/*'],
      webAccessible: ['img/a.png', 'x.js'],
    });
  });

  test('MV2: host patterns among the permissions are hosts; web-accessible resources are strings', () => {
    const a = accessOf(firefoxManifest({ optional_permissions: ['tabs', '<all_urls>'], web_accessible_resources: ['page.html'] }));
    expect(a.permissions).toEqual(['storage']);
    expect(a.hosts).toEqual([...HOSTS].sort());
    expect([a.optionalPermissions, a.optionalHosts, a.webAccessible]).toEqual([['tabs'], ['<all_urls>'], ['page.html']]);
  });

  test('a content script on a site no host permission names is a host of the package', () => {
    expect(accessOf(chromeManifest({ content_scripts: [{ matches: ['https://scholar.google.com/scholar*'], js: ['s.js'] }] })).hosts).toContain('https://scholar.google.com/*');
    expect([hostOf('*://arxiv.org/abs/*'), hostOf('<all_urls>'), hostOf('https://*.example.org/a/b')]).toEqual(['*://arxiv.org/*', '<all_urls>', 'https://*.example.org/*']);
  });
});

describe('addedSince', () => {
  test('nothing released: everything is new', () => {
    expect(addedSince(null, accessOf(firefoxManifest())).map((i) => `${i.kind} ${i.value}`)).toEqual(['permission storage', ...[...HOSTS].sort().map((h) => `host ${h}`)]);
  });

  test('the same package adds nothing; a new permission, host, optional one or resource is each named with its kind', () => {
    const before = accessOf(chromeManifest());
    expect(addedSince(before, before)).toEqual([]);
    const after = accessOf(chromeManifest({ permissions: ['storage', 'unlimitedStorage', 'tabs'], optional_host_permissions: ['https://example.org/*'], web_accessible_resources: [{ resources: ['x.png'], matches: HOSTS }] }));
    expect(addedSince(before, after)).toEqual([
      { kind: 'permission', value: 'tabs' },
      { kind: 'optional host', value: 'https://example.org/*' },
      { kind: 'web-accessible resource', value: 'x.png' },
    ]);
  });

  test('a content script on a new path of a known host is no new host', () => {
    const before = accessOf(firefoxManifest());
    const after = accessOf(firefoxManifest({ content_scripts: [{ matches: ['*://arxiv.org/abs/*', '*://arxiv.org/pdf/*'], js: ['a.js'] }] }));
    expect(addedSince(before, after)).toEqual([]);
  });
});

describe('CHANGELOG.md entries', () => {
  test('entries by heading, their dates (null while unreleased) and bodies; text before the first entry is the scheme', () => {
    const entries = changelogEntries(changelog('## 1.1.0 — unreleased\n\nNew: `tabs`.\n', FIRST));
    expect(entries.map((e) => [e.version, e.date])).toEqual([
      ['1.1.0', null],
      ['1.0.0', '2026-12-10'],
    ]);
    expect(entries[0]!.body).toBe('\nNew: `tabs`.\n\n');
  });

  test('a "## " heading of another shape is an error with its line', () => {
    expect(() => changelogEntries('# Changelog\n\n## Unreleased\n')).toThrow(/^CHANGELOG\.md:3: an entry's heading is/);
    expect(() => changelogEntries('## v1.0.0 — 2026-12-10\n')).toThrow(/^CHANGELOG\.md:1:/);
    expect(() => changelogEntries('## 1.0 — 2026-12-10\n')).toThrow(/^CHANGELOG\.md:1:/);
  });

  test('a permission counts as named only in backticks, exactly as the manifest writes it', () => {
    const [entry] = changelogEntries('## 1.1.0 — unreleased\n\nAdds the tabs permission, `*://arxiv.org/*` and `https://example.org/*`.\n');
    const items = [
      { kind: 'permission' as const, value: 'tabs' },
      { kind: 'host' as const, value: '*://arxiv.org/*' },
      { kind: 'host' as const, value: 'https://example.org/a/*' },
    ];
    expect(unnamedIn(entry!, items).map((i) => i.value)).toEqual(['tabs', 'https://example.org/a/*']);
  });

  test('compareVersions orders numerically, part by part', () => {
    expect([compareVersions('1.10.0', '1.9.9'), compareVersions('1.0.0', '1.0.0'), compareVersions('0.9.12', '1.0.0')]).toEqual([1, 0, -1]);
  });
});

describe('judgeRelease', () => {
  test('the first release: every permission and host must be in its entry', () => {
    expect(judgeRelease('1.0.0', changelog(FIRST), NOTHING, now()).problems).toEqual([]);
    const vague = '## 1.0.0 — unreleased\n\nAsks for storage and the arXiv hosts.\n';
    expect(judgeRelease('1.0.0', changelog(vague), NOTHING, now()).problems).toEqual([
      'chrome: permission `storage` is new since nothing was released, and the CHANGELOG entry for 1.0.0 does not name it',
      'chrome: permission `unlimitedStorage` is new since nothing was released, and the CHANGELOG entry for 1.0.0 does not name it',
      ...[...HOSTS].sort().map((h) => `chrome: host \`${h}\` is new since nothing was released, and the CHANGELOG entry for 1.0.0 does not name it`),
      'firefox: permission `storage` is new since nothing was released, and the CHANGELOG entry for 1.0.0 does not name it',
      ...[...HOSTS].sort().map((h) => `firefox: host \`${h}\` is new since nothing was released, and the CHANGELOG entry for 1.0.0 does not name it`),
    ]);
  });

  test('a release that adds a host fails unless its entry names it (a mention in an older entry or the scheme does not count)', () => {
    const wider = now(chromeManifest({ host_permissions: [...HOSTS, 'https://huggingface.co/*'] }));
    const silent = judgeRelease('1.1.0', changelog('## 1.1.0 — unreleased\n\nA new feature.\n', FIRST), released('1.0.0'), wider);
    expect(silent.problems).toEqual(['chrome: host `https://huggingface.co/*` is new since 1.0.0, and the CHANGELOG entry for 1.1.0 does not name it']);
    expect(silent.added.chrome).toEqual([{ kind: 'host', value: 'https://huggingface.co/*' }]);
    expect(silent.added.firefox).toEqual([]);
    const named = judgeRelease('2.0.0', changelog('## 2.0.0 — unreleased\n\nTeasers from `https://huggingface.co/*`.\n', FIRST), released('1.0.0'), wider);
    expect(named.problems).toEqual([]);
  });

  test('a permission only the scheme text mentions is still unnamed', () => {
    const more = now(undefined, firefoxManifest({ permissions: ['storage', 'tabs', ...HOSTS] }));
    expect(judgeRelease('2.0.0', changelog('## 2.0.0 — unreleased\n\nFixes.\n', FIRST), released('1.0.0'), more).problems).toEqual([
      'firefox: permission `tabs` is new since 1.0.0, and the CHANGELOG entry for 2.0.0 does not name it',
    ]);
  });

  test('a removal needs no naming, and is reported', () => {
    const fewer = now(chromeManifest({ permissions: ['storage'] }));
    const v = judgeRelease('1.0.1', changelog('## 1.0.1 — unreleased\n\nFixes.\n', FIRST), released('1.0.0'), fewer);
    expect(v.problems).toEqual([]);
    expect(v.removed.chrome).toEqual([{ kind: 'permission', value: 'unlimitedStorage' }]);
  });

  test('versions: the shape the stores take, never older than the last release, the same one only unchanged', () => {
    const log = (v: string) => changelog(`## ${v} — unreleased\n\nx\n`, FIRST);
    expect(judgeRelease('1.1.0-beta', log('1.1.0'), released('1.0.0'), now()).problems[0]).toMatch(/^version 1\.1\.0-beta: the stores take MAJOR\.MINOR\.PATCH only/);
    expect(judgeRelease('0.9.0', log('0.9.0'), released('1.0.0'), now()).problems).toContain('version 0.9.0 is older than the last release, 1.0.0');
    expect(judgeRelease('1.0.0', changelog(FIRST), released('1.0.0'), now()).problems).toEqual([]);
    expect(judgeRelease('1.0.0', changelog(FIRST), released('1.0.0'), now(chromeManifest({ permissions: ['storage'] }))).problems).toEqual([
      "version 1.0.0 is the last release's, but what it asks for changed: bump the version in package.json",
    ]);
  });

  test('the version needs an entry, and it comes first', () => {
    expect(judgeRelease('1.1.0', changelog(FIRST), released('1.0.0'), now()).problems).toEqual(['CHANGELOG.md has no entry for 1.1.0 ("## 1.1.0 — unreleased" until it is published)']);
    expect(judgeRelease('1.0.0', changelog('## 0.9.0 — 2026-01-01\n\nx\n', FIRST), NOTHING, now()).problems).toEqual(['CHANGELOG.md: the entry for 1.0.0 must come first (newest first)']);
  });
});

describe('store/release-manifest.json', () => {
  test('round trip: the record written after a release reads back as that release', () => {
    const a = now();
    expect(parseReleaseRecord(releaseRecordText('1.0.0', a))).toEqual({ version: '1.0.0', chrome: a.chrome, firefox: a.firefox });
  });

  test('a damaged record is an error, never "nothing released" (which would let any permission through unnamed)', () => {
    expect(() => parseReleaseRecord('{"version":"1.0.0","chrome":null,"firefox":null}')).toThrow(/chrome must be what 1\.0\.0 asked for/);
    expect(() => parseReleaseRecord('{"version":"v1","chrome":null,"firefox":null}')).toThrow(/version must be MAJOR\.MINOR\.PATCH or null/);
    const partial: Partial<Access> = { permissions: ['storage'] };
    expect(() => parseReleaseRecord(JSON.stringify({ version: '1.0.0', chrome: partial, firefox: partial }))).toThrow(/chrome must be/);
    expect(() => parseReleaseRecord(JSON.stringify({ version: null, chrome: accessOf(chromeManifest()), firefox: null }))).toThrow(/chrome must be null while nothing is released/);
  });
});

describe('the repository as it is', () => {
  const built = (dir: string) => {
    const file = `${dir}/manifest.json`;
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    return accessOf(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  };

  test("package.json's version has the first CHANGELOG entry, which names everything the built packages add since the recorded release", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const record = parseReleaseRecord(readFileSync('store/release-manifest.json', 'utf8'));
    const verdict = judgeRelease(version, readFileSync('CHANGELOG.md', 'utf8'), record, { chrome: built('.output/chrome-mv3'), firefox: built('.output/firefox-mv2') });
    expect(verdict.problems).toEqual([]);
  });
});
