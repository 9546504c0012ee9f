/**
 * The index builder against hostile input (scripts/make-hostile-fixtures.ts
 * generates it): every case is read, refused with its reason, or bounded with
 * a warning; the output is never lost to a failed run nor read back as
 * input; and, over random input (fast-check), it never crashes, never prints
 * a stack trace, and never drops a good article silently.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSources, MAX_TEXT_FILE_BYTES, type ReadResult } from '../scripts/index-sources';
import { goodArticleText, writeHostileFixtures, type HostileCase } from '../scripts/make-hostile-fixtures';
import { articleFromRecord } from '../lib/index/validate';
import { MAX_ARTICLE_PARAGRAPHS } from '../lib/seed/parse';
import { parseIndex } from '../lib/index/build';

const run = promisify(execFile);
const BUILD = join(import.meta.dirname, '../scripts/build-index.ts');
const TSX = join(import.meta.dirname, '../node_modules/.bin/tsx');

/** Runs `npm run index` as a reader would; resolves with its exit code and output, never throws. */
async function buildIndexCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [BUILD, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A line of a printed stack trace. */
const STACK_LINE = /^\s+at .+[(:]\d+/m;

let dir: string;
let cases: HostileCase[];
let result: ReadResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jejak-hostile-'));
  cases = await writeHostileFixtures(join(dir, 'in'), { hugeTextBytes: 3 * MAX_TEXT_FILE_BYTES });
  result = await readSources([join(dir, 'in')], { cwd: join(dir, 'in') });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the index builder on hostile files', () => {
  it('refuses each broken case with its reason, and keeps every good one', () => {
    for (const c of cases) {
      const errors = result.errors.filter((e) => e.file === c.file);
      const kept = result.articles.filter((a) => a.source.file === c.file);
      if (c.expect === 'rejected') {
        expect(kept, c.file).toEqual([]);
        expect(errors.map((e) => e.message).join(' | '), c.file).toMatch(c.reason!);
      } else {
        expect(errors, c.file).toEqual([]);
        expect(kept.length, c.file).toBeGreaterThan(0);
      }
    }
  });

  it('reads a text far larger than an article as one bounded article, and says so', () => {
    const huge = result.articles.filter((a) => a.source.file === 'huge.txt');
    expect(huge).toHaveLength(1);
    expect(huge[0]!.paragraphs.length).toBeLessThanOrEqual(MAX_ARTICLE_PARAGRAPHS);
    expect(result.warnings.filter((w) => w.file === 'huge.txt').map((w) => w.message).join(' ')).toMatch(/only/);
  });

  it('keeps the record after a byte-order mark in the middle of joined JSON Lines', () => {
    const joined = result.articles.filter((a) => a.source.file === 'joined.jsonl');
    expect(joined).toHaveLength(3);
    expect(joined.map((a) => a.publishedAt)).toContain('2023-06-14');
  });

  it('reads a file reached through a link loop, or twice through links, once', () => {
    expect(result.articles.filter((a) => a.paragraphs[0]?.includes('pertemuan ke-11'))).toHaveLength(1);
    expect(result.articles.filter((a) => a.paragraphs[0]?.includes('pertemuan ke-1 '))).toHaveLength(1);
  });

  it('counts every article offered as kept or rejected', () => {
    expect(result.counts.read).toBe(result.counts.kept + result.counts.rejected);
    expect(result.counts.kept).toBe(result.articles.length);
    expect(result.counts.rejected).toBe(result.errors.length);
  });
});

describe('npm run index keeps a good index', () => {
  it('leaves the output as it was when an input path is mistyped', async () => {
    const good = join(dir, 'good-only');
    await mkdir(good, { recursive: true });
    await writeFile(join(good, 'a.txt'), goodArticleText(1));
    const out = join(dir, 'kept.json');
    expect((await buildIndexCli([good, '--out', out])).code).toBe(0);
    const before = await readFile(out, 'utf8');
    const typo = await buildIndexCli([good, join(dir, 'good-onyl'), '--out', out]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/no such file or folder[^]*left as it was/);
    expect(await readFile(out, 'utf8')).toBe(before);
  }, 60_000);

  it('never reads its own output, nor an older index, as articles', async () => {
    const folder = join(dir, 'with-output');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'a.txt'), goodArticleText(1));
    const out = join(folder, 'index.json');
    for (let i = 0; i < 2; i++) {
      const { code, stdout } = await buildIndexCli([folder, '--out', out]);
      expect(code).toBe(0);
      if (i > 0) expect(stdout).toMatch(/index\.json: the index being written: not read as input/);
      expect(parseIndex(await readFile(out, 'utf8')).articles).toHaveLength(1);
    }
    await writeFile(join(folder, 'older.json'), await readFile(out));
    expect((await buildIndexCli([folder, '--out', out])).code).toBe(0);
    expect(parseIndex(await readFile(out, 'utf8')).articles).toHaveLength(1);
  }, 60_000);

  it('prints reasons, not stack traces, for the hostile folder, and writes what was good', async () => {
    const out = join(dir, 'hostile.json');
    const { code, stdout, stderr } = await buildIndexCli([join(dir, 'in'), '--out', out]);
    expect(code).toBe(1);
    expect(stdout + stderr).not.toMatch(STACK_LINE);
    expect(stdout).toMatch(/\d+ articles read: \d+ kept, \d+ rejected/);
    expect(parseIndex(await readFile(out, 'utf8')).articles.length).toBe(result.counts.kept);
  }, 60_000);
});

/** A record with everything right: a body, an http(s) address, a real date. */
const goodRecord = fc.record({
  n: fc.nat(),
  url: fc.webUrl({ validSchemes: ['http', 'https'] }),
  publishedAt: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  title: fc.string({ maxLength: 80 }),
}).map(({ n, ...rest }) => ({ text: goodArticleText(n), ...rest }));

/** What a hostile or careless file holds where a record should be. */
const anyRecord = fc.oneof(
  fc.jsonValue(),
  fc.record({
    text: fc.oneof(fc.string(), fc.constant(goodArticleText(0)), fc.jsonValue()),
    url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'JaVaScRiPt:void(0)', ' javascript:x', 'vbscript:x', 'file:///etc/passwd'), fc.string(), fc.jsonValue()),
    publishedAt: fc.oneof(fc.constantFrom('2023-13-45', '2023-02-30', '0000-00-00', '2024-02-29', '2023-02-29'), fc.string(), fc.jsonValue()),
    title: fc.oneof(fc.string(), fc.jsonValue()),
    id: fc.oneof(fc.string(), fc.jsonValue()),
  }, { requiredKeys: [] }),
);

describe('article imports, over random records', () => {
  it('never throw: every record is an article or a reason', () => {
    fc.assert(
      fc.property(anyRecord, (record) => {
        const imported = articleFromRecord(record, { fallbackId: 'r' });
        if (imported.ok) {
          expect(imported.article.paragraphs.length).toBeGreaterThan(0);
          if (imported.article.url !== undefined) expect(imported.article.url).toMatch(/^https?:\/\/[^/]/);
          if (imported.article.publishedAt !== undefined) expect(imported.article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        } else {
          expect(imported.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keep every good record, with its address and date', () => {
    fc.assert(
      fc.property(goodRecord, (record) => {
        const imported = articleFromRecord(record, { fallbackId: 'r' });
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        expect(imported.article.url).toBe(new URL(record.url).href);
        expect(imported.article.publishedAt).toBe(record.publishedAt);
      }),
      { numRuns: 200 },
    );
  });

  it('refuse javascript: and data: addresses and impossible dates, and say why', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', ' JAVASCRIPT:alert(1)']) {
      const imported = articleFromRecord({ text: goodArticleText(1), url }, { fallbackId: 'r' });
      expect(imported).toMatchObject({ ok: false, reason: expect.stringMatching(/http/) });
    }
    for (const publishedAt of ['2023-13-45', '2023-02-29', '2023-00-10']) {
      const imported = articleFromRecord({ text: goodArticleText(1), publishedAt }, { fallbackId: 'r' });
      expect(imported).toMatchObject({ ok: false, reason: expect.stringMatching(/real date/) });
    }
    expect(articleFromRecord({ text: goodArticleText(1), publishedAt: '2024-02-29' }, { fallbackId: 'r' }).ok).toBe(true);
  });
});

describe('the index builder, over random folders', () => {
  /** A folder's worth of files: JSON Lines mixing good records with anything, and raw bytes. */
  const folder = fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('jsonl' as const), lines: fc.array(fc.oneof(goodRecord.map((r) => ({ good: true, r })), anyRecord.map((r) => ({ good: false, r }))), { maxLength: 6 }), bom: fc.boolean() }),
      fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 300 }), ext: fc.constantFrom('.txt', '.json', '.jsonl', '.html') }),
    ),
    { minLength: 1, maxLength: 5 },
  );

  it('never crashes, counts everything, and keeps every good record', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(folder, async (files) => {
        const here = join(dir, `random-${run++}`);
        await mkdir(here, { recursive: true });
        const goodUrls: string[] = [];
        await Promise.all(files.map((f, i) => {
          if (f.kind === 'bytes') return writeFile(join(here, `f${i}${f.ext}`), f.bytes);
          for (const l of f.lines) if (l.good) goodUrls.push(new URL((l.r as { url: string }).url).href);
          return writeFile(join(here, `f${i}.jsonl`), f.lines.map((l) => (f.bom ? '\uFEFF' : '') + JSON.stringify(l.r)).join('\n'));
        }));
        const read = await readSources([here], { cwd: here });
        expect(read.counts.read).toBe(read.counts.kept + read.counts.rejected);
        expect(read.counts.kept).toBe(read.articles.length);
        const keptUrls = new Set(read.articles.map((a) => a.url));
        for (const url of goodUrls) expect(keptUrls.has(url), url).toBe(true);
        for (const e of read.errors) expect(e.message).not.toMatch(STACK_LINE);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
