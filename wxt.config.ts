import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { seedIndexPlugin, writeBundledIndex } from './scripts/seed-index-plugin';
import { quickLexiconPlugin } from './scripts/quick-lexicon-plugin';
import { messagesPlugin } from './scripts/messages-plugin';
import { buildFirstLook, FIRST_LOOK_FILE } from './scripts/first-look-build';
import { OUTLET_MATCH_PATTERNS } from './lib/outlets';
import { OPTIONAL_SITE_PATTERNS } from './lib/sites';

/** The articles the bundled index is built from: `seeds/`. The browser tests
 * build with their own copy of the five seeds (JEJAK_SEEDS_DIR), so adding an
 * article to `seeds/` never changes what they expect. */
const seedsDir = process.env.JEJAK_SEEDS_DIR || 'seeds';
/** An index file to bundle instead of the seeds' (`npm run bench:browser` builds with a large one). */
const bundledIndexFile = process.env.JEJAK_BUNDLED_INDEX || undefined;

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // A build of its own elsewhere (`npm run bench:browser` builds one with a large bundled index), leaving .output/ to the tests.
  ...(process.env.JEJAK_OUT_DIR ? { outDir: process.env.JEJAK_OUT_DIR } : {}),
  hooks: {
    // The first look is bundled apart from WXT's entrypoints (scripts/first-look-build.ts).
    'build:done': async (wxt) => {
      await buildFirstLook(wxt.config.outDir, wxt.config.mode === 'production' ? 'production' : 'development');
      // The bundled index as data files the background reads, never as script (scripts/seed-index-plugin.ts).
      await writeBundledIndex(wxt.config.outDir);
    },
  },
  vite: () => ({
    plugins: [preact(), seedIndexPlugin({ seedsDir, indexFile: bundledIndexFile }), quickLexiconPlugin(), messagesPlugin()],
  }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // `scripting` runs Jejak once on a page the reader picks (with activeTab, no install warning).
    // `contextMenus` offers "Simpan ke Jejak" on every page (no install warning; its click grants activeTab for that tab).
    // Firefox MV2 has `scripting` too (from Firefox 102): it registers the first look for a site the reader grants.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...OUTLET_MATCH_PATTERNS],
    // "Selalu jalankan Jejak di situs ini": one site at a time, asked for at run time (no install warning); MV2 lists them with the optional API permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: [...OPTIONAL_SITE_PATTERNS] } : { optional_permissions: [...OPTIONAL_SITE_PATTERNS] }),
    // The first look (entrypoints/article/first-look.ts) is bundled on its own
    // and listed here by hand: as a WXT content script it would carry WXT's
    // context, which posts a window message naming the extension on every
    // outlet page, and WXT's wrapper.
    content_scripts: [{ matches: [...OUTLET_MATCH_PATTERNS], js: [FIRST_LOOK_FILE], run_at: 'document_idle' }],
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 96: '/icon/96.png', 128: '/icon/128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: '/icon/16.png', 32: '/icon/32.png' },
    },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandToggle__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'jejak@jejak.app',
        // Jejak collects nothing; Firefox shows this to readers at install. The key needs Firefox 140 (the current ESR).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads the data-collection key from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
