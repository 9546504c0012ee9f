/**
 * One other outlet's wording, shown against the page's, each difference as
 * the engine typed it (lib/match/quote-match.ts `typeDifferences`):
 * - wording (a translator's choice): words the page has and the other outlet
 *   does not are struck through (`<del>`), words only the other outlet has
 *   are highlighted (`<ins>`);
 * - notation (one word written another way: "2" / "dua", "Lithuania" /
 *   "Lituania"): quiet, the other outlet's spelling with a dotted underline
 *   and the page's in its title;
 * - claim (a number, a negation, a name that really differs): flagged, with
 *   both wordings and the words "klaim berbeda".
 * Each mark also carries a screen-reader prefix, so the difference is not
 * carried by colour or strike-through alone.
 */
import { Fragment } from 'preact';
import type { AlignmentOp } from '../../lib/match/types';
import { t, tCount } from '../i18n';
import { ELLIPSIS } from './comparison';

/** A run of page-only words at either end longer than this is folded into
 * "[…]": for a fragment match the reader needs to see that the other outlet
 * quoted less, not to reread the part they already have on the page. */
const FOLD_EDGE_WORDS = 8;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function Removed({ text }: { text: string }) {
  return (
    <del class="diff-removed">
      <span class="visually-hidden">{t('srRemoved')} </span>
      {text}
    </del>
  );
}

function Added({ text }: { text: string }) {
  return (
    <ins class="diff-added">
      <span class="visually-hidden">{t('srAdded')} </span>
      {text}
    </ins>
  );
}

function Notation({ page, other }: { page: string; other: string }) {
  return (
    <span class="diff-notation" title={t('notationTitle', [page])}>
      <span class="visually-hidden">{t('srNotation', [page])} </span>
      {other}
    </span>
  );
}

function Claim({ page, other }: { page: string; other: string }) {
  return (
    <mark class="diff-claim">
      <span class="visually-hidden">{t('srClaim')} </span>
      {page ? <del>{page}</del> : null}
      {page && other ? ' ' : ''}
      {other ? <ins>{other}</ins> : null}
      <span class="diff-claim-label" aria-hidden="true">
        {' '}
        {t('claimLabel')}
      </span>
    </mark>
  );
}

function Omitted({ text }: { text: string }) {
  const count = wordCount(text);
  return (
    <span class="diff-omitted" title={text}>
      <span aria-hidden="true">[…]</span>
      <span class="visually-hidden">({tCount('omittedWords', count)})</span>
    </span>
  );
}

export function QuoteDiff({ alignment, fallbackText }: { alignment: AlignmentOp[]; fallbackText: string }) {
  if (alignment.length === 0) return <span>{fallbackText}</span>;
  const parts = alignment.map((step, i) => {
    const atEdge = i === 0 || i === alignment.length - 1;
    let node;
    switch (step.op) {
      case 'same':
        // The other outlet's spelling: it is their wording the reader is comparing.
        node = <span>{step.b || step.a}</span>;
        break;
      case 'changed':
        node =
          step.difference === 'notation' ? (
            <Notation page={step.a} other={step.b} />
          ) : step.difference === 'claim' ? (
            <Claim page={step.a} other={step.b} />
          ) : (
            <>
              <Removed text={step.a} /> <Added text={step.b} />
            </>
          );
        break;
      case 'a-only':
        node =
          step.difference === 'claim' ? (
            <Claim page={step.a} other="" />
          ) : atEdge && wordCount(step.a) > FOLD_EDGE_WORDS ? (
            <Omitted text={step.a} />
          ) : (
            <Removed text={step.a} />
          );
        break;
      case 'b-only':
        // The other outlet's own "…" where it left words out (or joined quotes) is theirs, not an added word.
        node =
          step.difference === 'claim' ? (
            <Claim page="" other={step.b} />
          ) : ELLIPSIS.test(step.b.trim()) ? (
            <span class="diff-ellipsis">{step.b}</span>
          ) : (
            <Added text={step.b} />
          );
        break;
    }
    return (
      <Fragment key={i}>
        {i > 0 ? ' ' : ''}
        {node}
      </Fragment>
    );
  });
  return <>{parts}</>;
}
