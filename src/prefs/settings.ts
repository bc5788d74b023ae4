/**
 * The reader's settings, defined once: each field's guard, default and the storage key it had before
 * settings were versioned. Everything else (types, defaults, the keys to read, decoding, migration,
 * which fields a storage change touched) derives from this table. Pure: no extension API, no zod (the
 * content script reads settings too, see schema.ts).
 */
import { isBool, isLang, type Guard, type Lang } from './schema';

interface Field<T> {
  guard: Guard<T>;
  fallback: T;
  /** Version 1 stored each setting under its own key. */
  legacyKey: string;
}

const field = <T>(guard: Guard<T>, fallback: T, legacyKey: string): Field<T> => ({ guard, fallback, legacyKey });

export const SETTING_FIELDS = {
  /** Summary language for panel, popup and extension pages; Korean is the digest's source language. */
  lang: field<Lang>(isLang, 'ko', 'lang'),
  /** Whether the panel on abs pages is collapsed to its header. */
  collapsed: field(isBool, false, 'panelCollapsed'),
  /** Teaser images live on a third-party CDN: only shown once the user asks. */
  teaser: field(isBool, false, 'showTeaser'),
};

type Fields = typeof SETTING_FIELDS;
export type SettingName = keyof Fields;
export type Settings = { [K in SettingName]: Fields[K] extends Field<infer T> ? T : never };

/** Version 2: one record, `{ v: 2, lang, collapsed, teaser }`, under this key. */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

const names = Object.keys(SETTING_FIELDS) as SettingName[];
const legacyKeys = names.map((n) => SETTING_FIELDS[n].legacyKey);
/** A storage read names the keys asked for; one that is not stored may come back as undefined (wxt's fakeBrowser). */
const storedLegacy = (stored: Record<string, unknown>) => legacyKeys.filter((k) => stored[k] !== undefined);

export const DEFAULT_SETTINGS = Object.fromEntries(names.map((n) => [n, SETTING_FIELDS[n].fallback])) as Settings;

/** Every key `decodeSettings` looks at, for one storage read. */
export const SETTINGS_STORAGE_KEYS: readonly string[] = [SETTINGS_KEY, ...legacyKeys];

/**
 * Where the values came from. `newer`: a later version of the extension wrote the record (the user went
 * back to an older version); it is read as the defaults and must not be overwritten.
 */
export type SettingsSource = 'stored' | 'legacy' | 'default' | 'newer';

export interface DecodedSettings {
  settings: Settings;
  source: SettingsSource;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each field validated on its own: one damaged value reads as its default, the others are kept. */
export function parseSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  return Object.fromEntries(names.map((n) => [n, pick(n, r[n])])) as Settings;
}

function pick<K extends SettingName>(name: K, value: unknown): Settings[K] {
  const f = SETTING_FIELDS[name] as unknown as Field<Settings[K]>;
  return f.guard(value) ? value : f.fallback;
}

/** Reads settings from the result of a storage read of `SETTINGS_STORAGE_KEYS`, whatever version wrote them. */
export function decodeSettings(stored: Record<string, unknown>): DecodedSettings {
  const record = stored[SETTINGS_KEY];
  if (isRecord(record) && typeof record.v === 'number') {
    if (record.v > SETTINGS_VERSION) return { settings: { ...DEFAULT_SETTINGS }, source: 'newer' };
    if (record.v === SETTINGS_VERSION) return { settings: parseSettings(record), source: 'stored' };
  }
  if (storedLegacy(stored).length) {
    return { settings: Object.fromEntries(names.map((n) => [n, pick(n, stored[SETTING_FIELDS[n].legacyKey])])) as Settings, source: 'legacy' };
  }
  return { settings: { ...DEFAULT_SETTINGS }, source: 'default' };
}

/**
 * What is wrong with the stored settings record, in words for the log; undefined when nothing is (or no
 * record is stored). A newer record is kept as it is and read as the defaults; a damaged field reads as
 * its default until the next change writes a sound record.
 */
export function settingsProblem(stored: Record<string, unknown>): string | undefined {
  const record = stored[SETTINGS_KEY];
  if (record === undefined) return undefined;
  if (!isRecord(record) || typeof record.v !== 'number' || record.v < SETTINGS_VERSION) return 'damaged settings record: read as the defaults';
  if (record.v > SETTINGS_VERSION) return `settings written by a newer version of the extension (format ${record.v}): kept as they are, read as the defaults`;
  const bad = names.filter((n) => !SETTING_FIELDS[n].guard(record[n]));
  return bad.length ? `damaged settings ${bad.join(', ')}: read as the default` : undefined;
}

/** The stored form of the current version. */
export function encodeSettings(settings: Settings): Record<string, unknown> {
  return { v: SETTINGS_VERSION, ...settings };
}

export interface StorageWrite {
  set: Record<string, unknown>;
  remove: string[];
}

/** Version 1 → 2: the three loose keys become one record (values kept, invalid ones reset). */
export function migrationFor(stored: Record<string, unknown>): StorageWrite | undefined {
  const { settings, source } = decodeSettings(stored);
  if (source !== 'legacy') return undefined;
  return { set: { [SETTINGS_KEY]: encodeSettings(settings) }, remove: storedLegacy(stored) };
}

/**
 * The write that changes some settings, given what is stored now; undefined when a newer version's
 * record is stored (it is kept as it is).
 */
export function writeFor(stored: Record<string, unknown>, patch: Partial<Settings>): StorageWrite | undefined {
  const { settings, source } = decodeSettings(stored);
  if (source === 'newer') return undefined;
  return { set: { [SETTINGS_KEY]: encodeSettings({ ...settings, ...patch }) }, remove: source === 'legacy' ? storedLegacy(stored) : [] };
}

/** The settings a `storage.onChanged` event changed, validated; undefined when it changed none. */
export function settingsChanges(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): Partial<Settings> | undefined {
  if (area !== 'local' || !(SETTINGS_KEY in changes)) return undefined;
  const { oldValue, newValue } = changes[SETTINGS_KEY]!;
  const before = decodeSettings({ [SETTINGS_KEY]: oldValue }).settings;
  const after = decodeSettings({ [SETTINGS_KEY]: newValue }).settings;
  const changed = names.filter((n) => before[n] !== after[n]);
  return changed.length ? (Object.fromEntries(changed.map((n) => [n, after[n]])) as Partial<Settings>) : undefined;
}

/** A partial settings object received from elsewhere (a message): known, valid fields only. */
export function parseSettingsPatch(raw: unknown): Partial<Settings> {
  if (!isRecord(raw)) return {};
  const out: Record<string, unknown> = {};
  for (const n of names) if (n in raw && SETTING_FIELDS[n].guard(raw[n])) out[n] = raw[n];
  return out as Partial<Settings>;
}
