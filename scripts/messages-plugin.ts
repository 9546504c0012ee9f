/**
 * Vite plugin: `import texts from 'virtual:jejak-messages'` yields each
 * language's `public/_locales/<lang>/messages.json` as the text of a JSON
 * object of key → message, without the descriptions written for translators
 * (two thirds of each file). The views carry both languages
 * (components/i18n.ts) in the sidebar script; `virtual:jejak-launcher-messages`
 * yields only the launcher's, all the article script carries (asking the
 * browser with `i18n.getMessage` instead has it fetch the extension's whole
 * message bundle into the page's process first, about 4 ms on every
 * coverage page). The browser itself still reads the full files from
 * `_locales/`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:jejak-messages';
/** Only the launcher's messages (keys starting "launcher"): what the article script shows before the sidebar's script is loaded. */
const LAUNCHER_ID = 'virtual:jejak-launcher-messages';
const LAUNCHER_PREFIX = 'launcher';
const RESOLVED = new Map([
  ['\0' + MODULE_ID, () => true],
  ['\0' + LAUNCHER_ID, (key: string) => key.startsWith(LAUNCHER_PREFIX)],
]);
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
      return id === MODULE_ID || id === LAUNCHER_ID ? '\0' + id : undefined;
    },
    load(id) {
      const wanted = RESOLVED.get(id);
      if (!wanted) return undefined;
      const texts: Record<string, string> = {};
      for (const language of LANGUAGES) {
        const file = resolve(import.meta.dirname, '../public/_locales', language, 'messages.json');
        this.addWatchFile(file);
        // Each a string parsed at first use: JSON.parse is cheaper than evaluating an object literal.
        const messages = Object.entries(compactMessages(readFileSync(file, 'utf8'), file)).filter(([key]) => wanted(key));
        texts[language] = JSON.stringify(Object.fromEntries(messages));
      }
      return `export default ${JSON.stringify(texts)};\n`;
    },
  };
}
