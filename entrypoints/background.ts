import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Matching will live here so one copy of the index serves every tab.
});
