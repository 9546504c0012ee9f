/**
 * The sidebar script: injected by the background into a tab only once the
 * article script has something to show (entrypoints/article), so Preact, the
 * components and their styles cost nothing on any other page. It hands the
 * article script its mount function and does nothing else.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideSidebar } from '../article/sidebar-bridge';
import { mountSidebar } from './host';

export default defineUnlistedScript(() => {
  provideSidebar({ mount: mountSidebar });
});
