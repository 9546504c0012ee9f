/**
 * `npm run analyze`: saved pages, raw text and JSON articles through the
 * extension's whole pipeline, against an index of the five test seeds
 * (test/fixtures/seeds, so adding to seeds/ changes nothing here).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, serializeIndex } from '../lib/index/build';
import { articleFromParts } from '../lib/seed/parse';
import { loadFixtureSeeds, FIXTURE_SEEDS } from './fixture-seeds';

const ROOT = join(import.meta.dirname, '..');
const PAGES = join(import.meta.dirname, 'fixtures/pages');
const COVERAGE = join(PAGES, 'jpnn/stoltenberg-ukraina-kemajuan-serangan-balasan.html');
const NEGATIVE = join(PAGES, 'detik/timnas-ukraina-euro.html');

let dir: string;
let index: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-analyze-'));
  index = join(dir, 'index.json');
  writeFileSync(index, serializeIndex(buildIndex(loadFixtureSeeds())));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyze(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--index', index, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run analyze', { timeout: 60_000 }, () => {
  it('reports a coverage page: its quotes, speakers, the other outlets\' wordings and related coverage', () => {
    const { status, stdout, stderr } = analyze(COVERAGE);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Stoltenberg: Ukraina Membuat Kemajuan dalam Serangan Balasan');
    expect(stdout).toContain('JPNN · 2023-06-14');
    expect(stdout).toContain('Coverage: yes');
    expect(stdout).toContain('Quotes: 2, 2 reported by other outlets');
    expect(stdout).toMatch(/"Semakin banyak wilayah[^\n]*" — Jens Stoltenberg/);
    expect(stdout).toMatch(/TribunWow · 2023-06-13 · reworded: "Semakin banyak tanah[^\n]*\[wilayah → tanah\]/);
    expect(stdout).toMatch(/same event · TribunWow/);
  });

  it('says a negative page is not coverage', () => {
    const { status, stdout } = analyze(NEGATIVE);
    expect(status).toBe(0);
    expect(stdout).toContain('Coverage: no');
    expect(stdout).toContain('vetoed: sports');
    expect(stdout).not.toContain('Quotes:');
  });

  it('gives each broken file one line and still analyses the others, exiting 1', () => {
    const notUtf8 = join(dir, 'latin1.txt');
    writeFileSync(notUtf8, Buffer.from([0x4e, 0x41, 0x54, 0x4f, 0x20, 0xe9, 0xff, 0x0a]));
    const malformed = join(dir, 'broken.json');
    writeFileSync(malformed, '{"text": "NATO');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const noArticle = join(dir, 'blank.html');
    writeFileSync(noArticle, '<html><head><title>x</title></head><body><nav>Beranda</nav></body></html>');
    const missing = join(dir, 'missing.html');
    const { status, stdout, stderr } = analyze(notUtf8, COVERAGE, malformed, missing, empty, noArticle, NEGATIVE);
    expect(status).toBe(1);
    const errors = stderr.trim().split('\n');
    expect(errors).toEqual([
      `error: ${notUtf8}: not UTF-8 text (save the file as UTF-8)`,
      expect.stringMatching(new RegExp(`^error: ${malformed}: not valid JSON: `)),
      `error: ${missing}: no such file or folder`,
      `error: ${empty}: empty file: no article text`,
      `error: ${noArticle}: no article text found in this page`,
    ]);
    expect(stdout).toContain('Coverage: yes');
    expect(stdout).toContain('Coverage: no');
  });

  it('reads raw text and JSON articles as the index builder does, and prints JSON with --json', () => {
    const article = join(dir, 'article.json');
    writeFileSync(article, JSON.stringify({
      url: 'https://www.example.com/berita/biden-nato', outlet: 'Contoh', title: 'Biden di KTT NATO', publishedAt: '2023-06-14',
      text: 'JAKARTA - Presiden AS Joe Biden berbicara tentang NATO dan Ukraina di Gedung Putih bersama Sekjen NATO Jens Stoltenberg.\n\n"Pada KTT kami di Lithuania bulan depan, kami akan membangun momentum itu," kata Biden.',
    }));
    const { status, stdout } = analyze('--json', join(FIXTURE_SEEDS, '001_b20bb185f5d74590.txt'), article, NEGATIVE);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as {
      index: { articles: number };
      pages: { file: string; error?: string; page: { title?: string; outlet?: string }; coverage: { isCoverage: boolean }; quotes: { speaker?: string; matches: { articleId: string; outlet?: string; kind: string; changes: { type: string; change: string }[] }[] }[]; related: { label: string }[] }[];
    };
    expect(report.index.articles).toBe(5);
    const [seed, json, negative] = report.pages;
    expect(seed!.page.outlet).toBe('TribunWow');
    // The seed is in the index: its own copy is not "another outlet".
    expect(seed!.quotes.flatMap((q) => q.matches).every((m) => !m.articleId.startsWith('001'))).toBe(true);
    expect(seed!.quotes.find((q) => q.matches.some((m) => m.kind === 'reworded' && m.changes.some((c) => c.type === 'wording' && c.change === 'tanah → wilayah')))).toBeDefined();
    expect(json!.page).toMatchObject({ title: 'Biden di KTT NATO', outlet: 'Contoh' });
    expect(json!.quotes[0]).toMatchObject({ speaker: 'Joe Biden' });
    expect(json!.quotes[0]!.matches.length).toBeGreaterThan(0);
    expect(negative!.coverage.isCoverage).toBe(false);
    expect(negative!.quotes).toEqual([]);
  });

  it('types each difference as the sidebar does, says when a wording is from another occasion, and takes the address from --url', () => {
    const story = [
      'Sekretaris Jenderal NATO Jens Stoltenberg berbicara kepada wartawan di markas besar aliansi di Brussels setelah pertemuan para menteri pertahanan negara anggota.',
      'Pertemuan itu membahas bantuan pertahanan udara untuk Ukraina, produksi amunisi, dan rencana latihan bersama di wilayah timur aliansi.',
    ];
    const own = join(dir, 'own-index.json');
    writeFileSync(own, serializeIndex(buildIndex([
      articleFromParts({ id: 'hari-ini', url: 'https://www.kompas.com/global/read/2025/03/04/nato-anggaran', outlet: 'Kompas', title: 'NATO tambah anggaran pertahanan untuk Ukraina', publishedAt: '2025-03-04',
        paragraphs: [...story, '"Kami akan menambah anggaran pertahanan udara sebesar dua persen tahun ini," kata Stoltenberg.'] }),
      articleFromParts({ id: 'tahun-lalu', url: 'https://www.kompas.com/global/read/2024/02/20/nato-ukraina', outlet: 'Kompas', title: 'NATO tegaskan dukungan untuk Ukraina', publishedAt: '2024-02-20',
        paragraphs: [...story, '"Kami akan mendukung Ukraina selama yang diperlukan karena keamanan Eropa dipertaruhkan di sana," kata Stoltenberg.'] }),
    ])));
    const page = join(dir, 'saved.html');
    writeFileSync(page, `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Stoltenberg: NATO tambah bantuan untuk Ukraina</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Stoltenberg: NATO tambah bantuan untuk Ukraina","datePublished":"2025-03-04T10:00:00+07:00"}</script></head>
<body><article><h1>Stoltenberg: NATO tambah bantuan untuk Ukraina</h1>${story.map((p) => `<p>${p}</p>`).join('')}
<p>"Kami akan menambah anggaran pertahanan udara sebesar 2 persen tahun ini," ujar Stoltenberg.</p>
<p>"Kami akan mendukung Ukraina selama yang diperlukan karena keamanan Eropa dipertaruhkan di sana," kata Stoltenberg.</p></article></body></html>`);
    const url = 'https://www.antaranews.com/berita/4700000/nato-tambah-bantuan-ukraina';
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--index', own, '--url', url, '--json', page], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const [report] = (JSON.parse(run.stdout) as { pages: { page: { url?: string; outlet?: string }; quotes: { matches: { articleId: string; changes: { type: string; change: string }[]; daysApart?: number }[] }[] }[] }).pages;
    expect(report!.page).toMatchObject({ url, outlet: 'ANTARA' });
    const [budget, stock] = report!.quotes.map((q) => q.matches);
    expect(budget).toEqual([expect.objectContaining({ articleId: 'hari-ini', changes: [{ type: 'notation', change: '2 → dua' }] })]);
    expect(budget![0]!.daysApart).toBeUndefined();
    expect(stock).toEqual([expect.objectContaining({ articleId: 'tahun-lalu', changes: [], daysApart: 378 })]);

    const text = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--index', own, '--url', url, page], { cwd: ROOT, encoding: 'utf8' }).stdout;
    expect(text).toContain('ANTARA · 2025-03-04 · ' + url);
    expect(text).toMatch(/Kompas · 2025-03-04 · reworded: "[^\n]*" \[notation 2 → dua\]/);
    expect(text).toMatch(/Kompas · 2024-02-20 · identical \(another occasion, 378 days apart\): "Kami akan mendukung Ukraina/);
  });
});
