/**
 * Whether the reader sees the quote marked: the share of the highlight's
 * colour in the first line of the marked quote, counted in a screenshot of
 * the page (what the browser painted), not in the page's script state. A
 * highlight registered but left unstyled (a style sheet the quote's shadow
 * tree does not see) paints nothing and counts 0.
 */

/** The highlight's background colour (entrypoints/article/highlight.ts). */
export const HIGHLIGHT_RGB = [0xff, 0xe5, 0x8a] as const;
/** Antialiasing and colour management move a pixel by a few levels. */
const TOLERANCE = 12;

/** A box in the viewport, with the viewport's width (a screenshot's pixels per CSS pixel). */
export interface Box { x: number; y: number; width: number; height: number; viewportWidth: number }

/** Run in the page: the first line box of Jejak's highlight, once the quote has scrolled into view and stopped (viewport pixels); null while there is none. */
export function markedLine(): Box | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  const range = registry?.get('jejak-quote') ? [...registry.get('jejak-quote')!][0] : undefined;
  const box = range?.getClientRects()[0];
  if (!box || box.width === 0 || box.top < 0 || box.bottom > innerHeight) return null;
  return { x: box.x, y: box.y, width: box.width, height: box.height, viewportWidth: innerWidth };
}

/** Run in a blank page of the test's: the share of `box`'s pixels in the screenshot that have `rgb`. */
export async function shareOfColour([png, box, rgb, tolerance]: [string, Box, readonly number[], number]): Promise<number> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const scale = image.naturalWidth / box.viewportWidth;
  const x = Math.ceil(box.x * scale);
  const y = Math.ceil(box.y * scale);
  const w = Math.max(1, Math.floor(box.width * scale) - 1);
  const h = Math.max(1, Math.floor(box.height * scale) - 1);
  const data = context.getImageData(x, y, w, h).data;
  let hits = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - rgb[0]!) <= tolerance && Math.abs(data[i + 1]! - rgb[1]!) <= tolerance && Math.abs(data[i + 2]! - rgb[2]!) <= tolerance) hits++;
  }
  return hits / (data.length / 4);
}

export const shareArgs = (png: Buffer | Uint8Array, box: Box): [string, Box, readonly number[], number] => [Buffer.from(png).toString('base64'), box, HIGHLIGHT_RGB, TOLERANCE];
