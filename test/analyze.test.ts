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
      pages: { file: string; error?: string; page: { title?: string; outlet?: string }; coverage: { isCoverage: boolean }; quotes: { speaker?: string; matches: { articleId: string; outlet?: string; kind: string; changes: string[] }[] }[]; related: { label: string }[] }[];
    };
    expect(report.index.articles).toBe(5);
    const [seed, json, negative] = report.pages;
    expect(seed!.page.outlet).toBe('TribunWow');
    // The seed is in the index: its own copy is not "another outlet".
    expect(seed!.quotes.flatMap((q) => q.matches).every((m) => !m.articleId.startsWith('001'))).toBe(true);
    expect(seed!.quotes.find((q) => q.matches.some((m) => m.kind === 'reworded' && m.changes.includes('tanah → wilayah')))).toBeDefined();
    expect(json!.page).toMatchObject({ title: 'Biden di KTT NATO', outlet: 'Contoh' });
    expect(json!.quotes[0]).toMatchObject({ speaker: 'Joe Biden' });
    expect(json!.quotes[0]!.matches.length).toBeGreaterThan(0);
    expect(negative!.coverage.isCoverage).toBe(false);
    expect(negative!.quotes).toEqual([]);
  });
});
