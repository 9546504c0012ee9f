/**
 * npm run fixtures:hostile -- <folder> [--huge-mb N]
 *
 * Writes the hostile inputs the index builder must survive into a folder:
 * empty and invisible-only texts, empty and script-only pages, a text far
 * larger than any article, a page nested 40,000 levels deep, JSON Lines
 * joined with byte-order marks in the middle, a link loop, `javascript:`
 * and `data:` addresses, impossible dates, and one good article of each
 * kind beside them. Generated, never copied: the tests (test/index-builder
 * .test.ts) call `writeHostileFixtures` into a temporary folder.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Nesting of the deep page: the depth that stalled the build for 113 s. */
export const DEEP_PAGE_LEVELS = 40_000;

/** One article's body in news style, long enough to be read as an article; `n` makes it unique. */
export function goodArticleText(n: number): string {
  return [
    `Ukraina dan NATO bahas bantuan nomor ${n}`,
    '',
    `JAKARTA - Sekretaris Jenderal NATO mengatakan aliansi akan terus mendukung Ukraina dalam pertemuan ke-${n} di Brussels pada Selasa.`,
    `"Kami akan mendukung Ukraina selama diperlukan, bersama semua sekutu kami," kata Stoltenberg dalam konferensi pers ke-${n}.`,
    'Para menteri pertahanan juga membahas pasokan amunisi dan sistem pertahanan udara bagi Kyiv.',
  ].join('\n');
}

function goodPage(n: number): string {
  const paragraphs = goodArticleText(n).split('\n').slice(2).map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html><head><title>NATO dukung Ukraina ${n}</title><meta property="og:url" content="https://www.voi.id/berita/${n}"></head>` +
    `<body><article><h1>NATO dukung Ukraina ${n}</h1>${paragraphs.repeat(3)}</article></body></html>`;
}

export interface HostileOptions {
  /** Size of the oversized text file; 200 MB reproduces the reported case, tests use a few. */
  hugeTextBytes?: number;
  /** Make a link loop (not every file system allows links). */
  links?: boolean;
}

/** What each generated file is, and what the builder must make of it. */
export interface HostileCase {
  file: string;
  expect: 'kept' | 'rejected' | 'kept-with-warning' | 'skipped';
  /** For rejections: words the reason must contain. */
  reason?: RegExp;
}

export async function writeHostileFixtures(dir: string, options: HostileOptions = {}): Promise<HostileCase[]> {
  const { hugeTextBytes = 200 * 1024 * 1024, links = true } = options;
  await mkdir(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const put = async (file: string, content: string | Uint8Array, expectation: Omit<HostileCase, 'file'>) => {
    await writeFile(join(dir, file), content);
    cases.push({ file, ...expectation });
  };
  await put('good.txt', goodArticleText(1), { expect: 'kept' });
  await put('good-page.html', goodPage(2), { expect: 'kept' });
  await put('empty.txt', '', { expect: 'rejected', reason: /empty/ });
  await put('invisible-only.txt', '\u200B\u00AD \n\uFEFF\u2060\n', { expect: 'rejected', reason: /empty|no article text/ });
  await put('empty.html', '', { expect: 'rejected', reason: /empty/ });
  await put('script-only.html', '<script>document.write("x")</script>', { expect: 'rejected', reason: /no article text/ });
  await put('deep.html', `<html><body>${'<div>'.repeat(DEEP_PAGE_LEVELS)}${goodPage(3)}${'</div>'.repeat(DEEP_PAGE_LEVELS)}</body></html>`, {
    expect: 'rejected',
    reason: /levels deep/,
  });
  // Paragraph after paragraph of quotes, far past one article.
  const line = `${goodArticleText(4).split('\n')[3]}\n`;
  await put('huge.txt', `Judul berita yang sangat panjang sekali\n\n${goodArticleText(4)}\n${line.repeat(Math.ceil(hugeTextBytes / line.length))}`, {
    expect: 'kept-with-warning',
  });
  const record = (n: number, extra: Record<string, unknown> = {}) => JSON.stringify({ text: goodArticleText(n), ...extra });
  // Three JSON Lines files joined with `cat`: the second and third start with a byte-order mark.
  await put('joined.jsonl', `${record(5, { url: 'https://www.voi.id/a/5' })}\n\uFEFF${record(6, { publishedAt: '2023-06-14' })}\n\uFEFF${record(7)}\n`, { expect: 'kept' });
  await put('javascript-url.json', record(8, { url: 'javascript:alert(document.cookie)' }), { expect: 'rejected', reason: /http/ });
  await put('data-url.json', record(9, { url: 'data:text/html,<script>alert(1)</script>' }), { expect: 'rejected', reason: /http/ });
  await put('impossible-date.json', record(10, { publishedAt: '2023-13-45' }), { expect: 'rejected', reason: /real date/ });
  await put('not-utf8.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xc3, 0x28]), { expect: 'rejected', reason: /UTF-8/ });
  if (links) {
    await mkdir(join(dir, 'loop'), { recursive: true });
    await writeFile(join(dir, 'loop', 'inside.txt'), goodArticleText(11));
    cases.push({ file: 'loop/inside.txt', expect: 'kept' });
    await symlink('..', join(dir, 'loop', 'back'));
    await symlink('good.txt', join(dir, 'same-as-good.txt'));
  }
  return cases;
}

async function main(argv: string[]): Promise<number> {
  const dir = argv.find((a) => !a.startsWith('-'));
  const mb = argv.indexOf('--huge-mb');
  if (!dir) {
    console.error('Usage: npm run fixtures:hostile -- <folder> [--huge-mb N]');
    return 2;
  }
  const cases = await writeHostileFixtures(dir, mb >= 0 ? { hugeTextBytes: Number(argv[mb + 1]) * 1024 * 1024 } : {});
  for (const c of cases) console.log(`  ${c.file}: ${c.expect}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Could not write the fixtures: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
