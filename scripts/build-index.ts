/**
 * npm run index -- <files or folders> --out <file>
 *
 * Builds a Jejak index from raw news text (.txt), JSON / JSON Lines articles
 * and saved .html pages, and prints what went in. Problems are reported per
 * file (and line); a bad file never stops the others from being indexed.
 */
import { writeFile } from 'node:fs/promises';
import { readSources } from './index-sources';
import { buildIndex, serializeIndex } from '../lib/index/build';

const USAGE = `Usage: npm run index -- <files or folders>... --out <index.json>

Reads .txt (raw news text, optional same-name .json metadata), .json / .jsonl
articles ({"url","outlet","title","publishedAt","text"}) and saved .html pages.`;

async function main(argv: string[]): Promise<number> {
  const inputs: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '-o') out = argv[++i];
    else if (arg.startsWith('--out=')) out = arg.slice(6);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else if (arg.startsWith('-')) {
      console.error(`Unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else inputs.push(arg);
  }
  if (inputs.length === 0 || !out) {
    console.error(USAGE);
    return 2;
  }

  const started = performance.now();
  const { articles, errors, warnings } = await readSources(inputs);
  const index = buildIndex(articles);
  const json = serializeIndex(index);
  try {
    await writeFile(out, json);
  } catch (error) {
    console.error(`Could not write ${out}: ${(error as Error).message}`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;

  const quoteCount = articles.reduce((n, a) => n + a.quotes.length, 0);
  const speakers = new Set(articles.flatMap((a) => a.quotes.flatMap((q) => (q.speaker ? [q.speaker.id] : []))));
  if (articles.length <= 50) {
    for (const a of articles) {
      const speakerCounts = new Map<string, number>();
      for (const q of a.quotes) if (q.speaker) speakerCounts.set(q.speaker.name, (speakerCounts.get(q.speaker.name) ?? 0) + 1);
      const who = [...speakerCounts].map(([name, n]) => `${name} ${n}`).join(', ');
      console.log(
        `  ${a.id}  ${a.outlet ?? '?'} · ${a.publishedAt ?? 'no date'} · ${a.quotes.length} quotes${who ? ` (${who})` : ''}` +
          `\n      ${a.title ?? a.paragraphs[0]?.slice(0, 90) ?? ''}`,
      );
    }
  }
  console.log(
    `\n${articles.length} articles, ${quoteCount} quotes, ${speakers.size} speakers → ${out} ` +
      `(${json.length.toLocaleString('en')} bytes, ${articles.length ? Math.round(json.length / articles.length) : 0} bytes/article, ${seconds.toFixed(2)} s)`,
  );
  if (warnings.length) {
    console.log(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`);
    for (const w of warnings.slice(0, 200)) console.log(`  ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
    if (warnings.length > 200) console.log(`  … and ${warnings.length - 200} more`);
  }
  if (errors.length) {
    console.error(`\n${errors.length} file${errors.length === 1 ? '' : 's'} could not be indexed:`);
    for (const e of errors) console.error(`  ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Index build failed: ${(error as Error).message ?? String(error)}`);
    process.exit(1);
  },
);
