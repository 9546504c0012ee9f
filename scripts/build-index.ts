/**
 * npm run index -- <files or folders> --out <file>
 *
 * Builds a Jejak index from raw news text (.txt), JSON / JSON Lines articles
 * and saved .html pages, and prints what went in. Problems are reported per
 * file (and line); a bad file never stops the others from being indexed.
 *
 * The output is replaced only by a run that read every input it was given
 * and kept at least one article, and only once the new index is complete
 * (written beside it, then renamed over it): a mistyped path or an empty
 * run leaves a good index as it was. The output is never read as input.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { describeFsError, readSources, type SourceProblem } from './index-sources';
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

  const missing: string[] = [];
  for (const input of inputs) {
    try {
      await stat(input);
    } catch (error) {
      missing.push(`  ${input}: ${describeFsError(error)}`);
    }
  }
  if (missing.length) {
    console.error(`${missing.length === 1 ? 'An input' : 'Inputs'} could not be read:\n${missing.join('\n')}\nNothing written; ${out} is left as it was.`);
    return 1;
  }

  const started = performance.now();
  const { articles, errors, warnings, counts } = await readSources(inputs, { exclude: [out] });
  const summary = `${counts.read} article${counts.read === 1 ? '' : 's'} read: ${counts.kept} kept, ${counts.rejected} rejected`;
  if (articles.length === 0) {
    reportProblems(warnings, errors);
    console.error(`\n${summary}. Nothing to index; ${out} is left as it was.`);
    return 1;
  }
  const index = buildIndex(articles);
  const json = serializeIndex(index);
  const partial = `${out}.${process.pid}.partial`;
  try {
    await writeFile(partial, json);
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    console.error(`Could not write ${out}: ${describeFsError(error)}`);
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
  reportProblems(warnings, errors);
  console.log(`\n${summary}.`);
  return errors.length ? 1 : 0;
}

/** Past this many, problems are counted, not listed: the first ones show what is wrong. */
const MAX_LISTED_PROBLEMS = 200;

function reportProblems(warnings: SourceProblem[], errors: SourceProblem[]): void {
  const line = (p: SourceProblem) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
  if (warnings.length) {
    console.log(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`);
    for (const w of warnings.slice(0, MAX_LISTED_PROBLEMS)) console.log(line(w));
    if (warnings.length > MAX_LISTED_PROBLEMS) console.log(`  … and ${warnings.length - MAX_LISTED_PROBLEMS} more`);
  }
  if (errors.length) {
    console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} kept articles out of the index:`);
    for (const e of errors.slice(0, MAX_LISTED_PROBLEMS)) console.error(line(e));
    if (errors.length > MAX_LISTED_PROBLEMS) console.error(`  … and ${errors.length - MAX_LISTED_PROBLEMS} more`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Index build failed: ${(error as Error).message ?? String(error)}`);
    process.exit(1);
  },
);
