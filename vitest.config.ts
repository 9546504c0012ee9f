import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { messagesPlugin } from './scripts/messages-plugin';

export default defineConfig({
  plugins: [WxtVitest(), messagesPlugin()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
