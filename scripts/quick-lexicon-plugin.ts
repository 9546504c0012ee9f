/**
 * Vite plugin: `import lexicon from 'virtual:jejak-quick-lexicon'` yields the
 * anchors and sports words of lib/match/topic-lexicon.ts compiled for the
 * quick topic check (lib/match/quick-topic.ts), as plain JSON: the first-look
 * script carries the phrase tokens it matches and nothing else of the lexicon
 * or of the code that reads it.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { packQuickLexicon } from '../lib/match/quick-topic';
import { TOPIC_LEXICON } from '../lib/match/topic-lexicon';

const MODULE_ID = 'virtual:jejak-quick-lexicon';
const RESOLVED_ID = '\0' + MODULE_ID;

export function quickLexiconPlugin(): Plugin {
  return {
    name: 'jejak-quick-lexicon',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const reader = JSON.stringify(resolve(import.meta.dirname, '../lib/match/quick-topic.ts'));
      return `import { unpackQuickLexicon } from ${reader};\nexport default unpackQuickLexicon(${JSON.stringify(packQuickLexicon(TOPIC_LEXICON))});\n`;
    },
  };
}
