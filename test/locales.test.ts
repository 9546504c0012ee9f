/**
 * The two message files speak for the same UI: every message exists in both,
 * and a singular form English has is also in the Indonesian file, because
 * `tCount` looks for singulars in the Indonesian (fallback) file before the
 * browser picks the reader's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactMessages } from '../scripts/messages-plugin';

const load = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const id = load('id');
const en = load('en');

describe('messages', () => {
  it('has every message in both Indonesian and English', () => {
    expect(Object.keys(en).filter((key) => !(key in id))).toEqual([]);
    expect(Object.keys(id).filter((key) => !(key in en))).toEqual([]);
  });

  it('gives the views every message, and stops the build on an entry without one, naming it', () => {
    const file = join('public', '_locales', 'id', 'messages.json');
    const compact = compactMessages(JSON.stringify(id), file);
    expect(Object.keys(compact)).toEqual(Object.keys(id));
    expect(compact['launcherCount']).toBe(id['launcherCount']!.message);
    expect(() => compactMessages('{"launcherCount": {"description": "Launcher button name"}}', file)).toThrow(/"launcherCount" has no message/);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    const differing = Object.keys(en).filter((key) => key in id && placeholders(en[key]!.message).join() !== placeholders(id[key]!.message).join());
    expect(differing).toEqual([]);
  });
});

describe('words', () => {
  /** British spellings an en-US reader notices; the English file is written in American English. */
  const BRITISH = /\b(?:analys(?:e|es|ed|ing)|behaviour|colour|favour|organis(?:e|ed|ing)|recognis(?:e|ed|ing)|licence|catalogue|centre|cancelled)\b/i;

  it('writes English in American spelling', () => {
    const british = Object.entries(en).filter(([, m]) => BRITISH.test(m.message)).map(([key, m]) => `${key}: ${m.message}`);
    expect(british).toEqual([]);
  });

  /**
   * One word for one thing, as docs/glossary.md sets out: "perpustakaan"
   * (never "pustaka", which readers know from "daftar pustaka"), "browser"
   * (never "peramban"), and no index jargon where a reader only looks things up.
   */
  const AVOIDED: Array<[RegExp, string]> = [
    [/\bpustaka/i, 'perpustakaan'],
    [/\bperamban\b/i, 'browser'],
    [/\bkepala halaman\b/i, 'bagian atas halaman'],
    [/\bdiubah kata\b/i, 'redaksi berbeda'],
  ];

  it('uses the glossary’s words in Indonesian', () => {
    const avoided = Object.entries(id).flatMap(([key, m]) =>
      AVOIDED.filter(([word]) => word.test(m.message)).map(([, instead]) => `${key}: "${m.message}" (say "${instead}")`),
    );
    expect(avoided).toEqual([]);
  });

  it('ends every Indonesian sentence that ends its English twin with a full stop', () => {
    const missing = Object.keys(en).filter((key) => key in id && /[.!?]$/.test(en[key]!.message) && !/[.!?…)]$/.test(id[key]!.message));
    expect(missing).toEqual([]);
  });
});
