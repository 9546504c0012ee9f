/**
 * The two message files speak for the same UI: every message exists in both,
 * and a singular form English has is also in the Indonesian file, because
 * `tCount` looks for singulars in the Indonesian (fallback) file before the
 * browser picks the reader's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const load = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const id = load('id');
const en = load('en');

describe('messages', () => {
  it('has every message in both Indonesian and English', () => {
    expect(Object.keys(en).filter((key) => !(key in id))).toEqual([]);
    expect(Object.keys(id).filter((key) => !(key in en))).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    const differing = Object.keys(en).filter((key) => key in id && placeholders(en[key]!.message).join() !== placeholders(id[key]!.message).join());
    expect(differing).toEqual([]);
  });
});
