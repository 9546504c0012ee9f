/**
 * npm run eval — the three quality evaluations of the matching engine on
 * their labeled sets.
 * Exits non-zero when a target is missed.
 */
import { evaluateQuotes } from './eval/quotes';
import { evaluateRelated } from './eval/related';
import { evaluateTopic } from './eval/topic';
import { evaluateReal } from './eval/real';

const evaluations = [evaluateTopic, evaluateQuotes, evaluateRelated, () => evaluateReal(process.argv.includes('--verbose'))];

let failed = 0;
for (const evaluate of evaluations) {
  const report = await evaluate();
  console.log(`\n== ${report.title} ${report.passed ? '— targets met' : '— TARGET MISSED'}`);
  for (const line of report.lines) console.log(line);
  if (!report.passed) failed++;
}
console.log(failed ? `\n${failed} evaluation(s) missed their targets.` : '\nAll evaluations met their targets.');
process.exit(failed ? 1 : 0);
