import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Jejak',
    description: 'Konteks sumber untuk berita NATO dan Ukraina: kutipan yang juga dilaporkan media lain, dan liputan terkait.',
    permissions: ['storage', 'activeTab'],
    browser_specific_settings: {
      gecko: { id: 'jejak@jejak.app', strict_min_version: '115.0' },
    },
  },
});
