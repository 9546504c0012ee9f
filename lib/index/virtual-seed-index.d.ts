declare module 'virtual:jejak-seed-index' {
  import type { BundledIndexFiles } from './bundled';
  /** The bundled index's data files in the extension (scripts/seed-index-plugin.ts). */
  const files: BundledIndexFiles;
  export default files;
}
