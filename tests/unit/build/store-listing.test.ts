import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { accessOf } from '../../../scripts/release/access';

const SECTIONS = ['Title', 'Short description', 'Description', 'Single purpose', 'Permissions', 'Privacy', 'Credit'];

/** The `## ` sections of a listing file, by heading. */
function sections(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  let current: string | null = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const h = /^## (.+)$/.exec(line);
    if (h) out[(current = h[1]!)] = '';
    else if (current) out[current] += `${line}\n`;
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.trim()]));
}

function builtAccess(dir: string) {
  const file = `${dir}/manifest.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return accessOf(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
}

describe.each(['en', 'ko'] as const)('store/listing-%s.md', (lang) => {
  const s = sections(`store/listing-${lang}.md`);
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

  test('every field of the stores’ forms, in order', () => {
    expect(Object.keys(s)).toEqual(SECTIONS);
    for (const name of SECTIONS) expect(s[name]!.length, name).toBeGreaterThan(0);
  });

  test("title and short description are the manifest's own, within the stores' limits", () => {
    expect(s.Title).toBe(messages.extName!.message);
    expect(s['Short description']).toBe(messages.extDescription!.message);
    // Chrome Web Store: 132 characters for the summary, 16,000 for the description; AMO: 50 for the name
    expect(s['Short description']!.length).toBeLessThanOrEqual(132);
    expect(s.Title!.length).toBeLessThanOrEqual(50);
    expect(s.Description!.length).toBeLessThanOrEqual(16_000);
  });

  test('the permissions section explains every permission and host either package asks for', () => {
    const named = new Set([...s.Permissions!.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
      const a = builtAccess(dir);
      for (const item of [...a.permissions, ...a.optionalPermissions, ...a.hosts, ...a.optionalHosts, ...a.webAccessible]) expect(named, `${dir}: ${item}`).toContain(item);
    }
  });

  test('credit: the digest, its repository and its license', () => {
    expect(s.Credit).toContain('l-yohai/daily_papers_ko');
    expect(s.Credit).toContain('https://github.com/l-yohai/daily_papers_ko');
    expect(s.Credit).toContain('CC BY-NC-ND 4.0');
    expect(s.Credit).toMatch(/https:\/\/creativecommons\.org\/licenses\/by-nc-nd\/4\.0\//);
  });

  test('privacy: nothing is sent, and where the full policy is', () => {
    expect(s.Privacy).toContain('PRIVACY.md');
    expect(s.Privacy).toMatch(lang === 'en' ? /no request to any server/ : /어떤 서버에도 요청을 보내지 않습니다/);
  });
});

test('store/screenshots: five PNGs at the stores’ 1280×800 (the Chrome Web Store shows up to five)', () => {
  const files = readdirSync('store/screenshots').sort();
  expect(files).toEqual(['1-panel.png', '2-popup.png', '3-listing.png', '4-reader-search.png', '5-options-import.png']);
  for (const f of files) {
    const png = readFileSync(`store/screenshots/${f}`);
    expect(png.subarray(1, 4).toString(), f).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], f).toEqual([1280, 800]);
  }
});
