/**
 * Vite plugin: `import texts from 'virtual:jejak-messages'` yields each
 * language's `public/_locales/<lang>/messages.json` as the text of a JSON
 * object of key → message, without the descriptions written for translators
 * (two thirds of each file). The views carry both languages
 * (components/i18n.ts) in the sidebar script, which every coverage page
 * compiles; the browser itself still reads the full files from `_locales/`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:jejak-messages';
const RESOLVED_ID = '\0' + MODULE_ID;
const LANGUAGES = ['id', 'en'] as const;

/** Key → message of a `messages.json` text; an entry without a string message is an error, named. */
export function compactMessages(text: string, file: string): Record<string, string> {
  const data = JSON.parse(text) as Record<string, { message?: unknown } | undefined>;
  const compact: Record<string, string> = {};
  for (const [key, entry] of Object.entries(data)) {
    if (typeof entry?.message !== 'string') throw new Error(`${file}: "${key}" has no message`);
    compact[key] = entry.message;
  }
  return compact;
}

export function messagesPlugin(): Plugin {
  return {
    name: 'jejak-messages',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const texts: Record<string, string> = {};
      for (const language of LANGUAGES) {
        const file = resolve(import.meta.dirname, '../public/_locales', language, 'messages.json');
        this.addWatchFile(file);
        // Each a string parsed at first use: JSON.parse is cheaper than evaluating an object literal.
        texts[language] = JSON.stringify(compactMessages(readFileSync(file, 'utf8'), file));
      }
      return `export default ${JSON.stringify(texts)};\n`;
    },
  };
}
