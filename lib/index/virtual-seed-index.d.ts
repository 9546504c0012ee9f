declare module 'virtual:jejak-seed-index' {
  import type { JejakIndex } from './format';
  const index: JejakIndex;
  export default index;
}
