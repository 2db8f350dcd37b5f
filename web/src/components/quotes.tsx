/** Quotes: the same statement across outlets with a word diff, then everything else by speaker. */
import { Fragment } from 'preact';
import type { QuoteGroup, ReportQuote } from '../../../src/core/model/report.js';
import { type DiffPiece, diffPieces, languageOf, oneLine, quoteMarks, sentenceNumber, speakerOf } from '../../../src/present/view.js';
import { useReport } from '../report-context.js';
import { plural } from '../format.js';
import { ArticleChip } from './chip.js';
import { Empty } from './status.js';
import { ShowMore } from './lazy.js';

/** "11", ",", "2" is one number: no space inside it ("11,2", "2.000"). */
function joinNumbers(pieces: DiffPiece[]): DiffPiece[] {
  return pieces.map((p, i) => {
    const prev = pieces[i - 1];
    const before = pieces[i - 2];
    const inNumber = prev && before && /^[,.]$/.test(prev.text) && /\d$/.test(before.text) && /^\d/.test(p.text) && prev.op === p.op;
    return inNumber ? { ...p, space: false } : p;
  });
}

function Quoted({ q }: { q: ReportQuote }) {
  const { view } = useReport();
  const lang = languageOf(view, q.article);
  const [open, close] = quoteMarks(lang);
  return (
    <span class="quote-text" lang={lang && lang !== 'und' ? lang : undefined}>
      {q.kind === 'direct' ? `${open}${oneLine(q.text)}${close}` : oneLine(q.text)}
    </span>
  );
}

function QuoteMeta({ q }: { q: ReportQuote }) {
  return (
    <span class="quote-meta">
      <ArticleChip id={q.article} /> <span class={`kind ${q.kind}`}>{q.kind}</span>
      {q.cue && <span class="cue">{q.cue}</span>}
      {q.stance !== 'neutral' && <span class={`stance st-${q.stance}`}>{q.stance}</span>}
      <span class="muted small">sentence {sentenceNumber(q.sentence)}</span>
    </span>
  );
}

function Group({ g }: { g: QuoteGroup }) {
  const { view } = useReport();
  const members = g.quotes.map((id) => view.quotesById.get(id)).filter((q): q is ReportQuote => !!q);
  const diffs = g.diffs.filter((d) => d.ops.some((op) => op.op !== 'same'));
  return (
    <article class="qgroup">
      <h4>
        {speakerOf(g)} <span class="muted small">in {plural(new Set(g.articles).size, 'article')}</span>{' '}
        {g.wordingDiffers ? <span class="badge warn">wording differs</span> : <span class="badge">same wording</span>}
        {g.mixedKinds && <span class="badge warn">quoted and paraphrased</span>}
      </h4>
      <ul class="quote-list">
        <ShowMore
          items={members}
          first={4}
          what="quotes"
          render={(q) => (
            <li key={q.id}>
              <Quoted q={q} />
              <QuoteMeta q={q} />
            </li>
          )}
        />
      </ul>
      {diffs.length > 0 && (
        <div class="diffs">
          <ShowMore items={diffs} first={2} what="wording differences" render={(d) => {
            const from = view.quotesById.get(d.from);
            const to = view.quotesById.get(d.to);
            return (
              <div class="diff" key={`${d.from}-${d.to}`}>
                <div class="diff-head">
                  {from && <ArticleChip id={from.article} />} <span aria-hidden="true">→</span>
                  <span class="sr">compared with</span> {to && <ArticleChip id={to.article} />}
                </div>
                <p lang={from ? (languageOf(view, from.article) ?? undefined) : undefined}>
                  {joinNumbers(diffPieces(d.ops)).map((p, i) => (
                    <Fragment key={i}>
                      {p.space ? ' ' : ''}
                      {p.op === 'removed' ? (
                        <del>
                          <span class="sr">removed: </span>
                          {p.text}
                        </del>
                      ) : p.op === 'added' ? (
                        <ins>
                          <span class="sr">added: </span>
                          {p.text}
                        </ins>
                      ) : (
                        p.text
                      )}
                    </Fragment>
                  ))}
                </p>
              </div>
            );
          }} />
        </div>
      )}
    </article>
  );
}

export function Quotes() {
  const { view } = useReport();
  const { quotes, quoteGroups } = view.report;
  if (quotes.length === 0) return <Empty>No quotes found.</Empty>;
  const single = quotes.filter((q) => q.group === null);
  const bySpeaker = new Map<string, ReportQuote[]>();
  for (const q of single) {
    const who = speakerOf(q);
    bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), q]);
  }
  const speakers = [...bySpeaker].sort((a, b) => b[1].length - a[1].length);
  return (
    <>
      {quoteGroups.length > 0 && (
        <>
          <h3>The same statement in several outlets</h3>
          <p class="legend">
            <span>
              <del>struck</del> only in the first outlet’s wording
            </span>
            <span>
              <ins>underlined</ins> only in the other’s
            </span>
          </p>
          <ShowMore items={quoteGroups} first={6} what="shared statements" render={(g) => <Group key={g.id} g={g} />} />
        </>
      )}
      {speakers.length > 0 && (
        <>
          <h3>Quoted by one outlet</h3>
          <ShowMore items={speakers} first={6} what="speakers" render={([who, list]) => (
            <article class="qgroup single" key={who}>
              <h4>{who}</h4>
              <ul class="quote-list">
                {list.map((q) => (
                  <li key={q.id}>
                    <Quoted q={q} />
                    <QuoteMeta q={q} />
                  </li>
                ))}
              </ul>
            </article>
          )} />
        </>
      )}
    </>
  );
}
