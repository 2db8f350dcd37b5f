/**
 * Facts grouped as a reader should take them: shared (firm, then tentative with
 * their confidence), conflicting, changed over time, possibly also elsewhere and
 * only one outlet. Each is a button that opens its sources; a fact of several
 * outlets shows each outlet's own sentence, never one outlet's above all chips.
 */
import type { Conflict, Fact, NearMatch, Statement } from '../../../src/core/model/report.js';
import {
  confidencePercent,
  conflictKindLabel,
  conflictSubject,
  exclusiveByArticle,
  factCategory,
  factsByArticle,
  languageOf,
  oneLine,
  statementPlace,
  statementsByArticle,
  updateSteps,
} from '../../../src/present/view.js';
import { useReport } from '../report-context.js';
import { plural } from '../format.js';
import { ArticleChip } from './chip.js';
import { Empty } from './status.js';
import { LazyDetails } from './lazy.js';

/** A fact's sentences past this many outlets are left to the sources panel. */
const MAX_OUTLETS_SHOWN = 5;

export function ConflictLine({ conflict }: { conflict: Conflict }) {
  const { view } = useReport();
  const about = conflictSubject(conflict);
  // An update reads in publication order, earlier value → later value; a disagreement is "a vs b".
  const values = conflict.update ? updateSteps(view, conflict).map((s) => s.value) : conflict.values;
  return (
    <span class={`conflict-line${conflict.update ? ' update' : ''}`}>
      <span class="kind">{conflictKindLabel(conflict.kind, conflict.update)}</span>
      {about && <span class="about"> · {about}</span>}:{' '}
      {values.map((v, i) => (
        <span key={i} class="cv">
          {i > 0 && <span class="vs"> {conflict.update ? '→' : 'vs'} </span>}
          <strong>{oneLine(v.value)}</strong> <ArticleChip id={v.article} />
        </span>
      ))}
    </span>
  );
}

function Sentence({ s }: { s: Statement }) {
  const { view } = useReport();
  const lang = languageOf(view, s.article);
  return (
    <span class="fact-sentence">
      <span class="fact-text" lang={lang && lang !== 'und' ? lang : undefined}>
        {oneLine(s.text)}
      </span>
      {s.clause && <span class="muted small"> ({statementPlace(s)})</span>}
    </span>
  );
}

function NearLine({ m }: { m: NearMatch }) {
  const { view } = useReport();
  const lang = languageOf(view, m.article);
  return (
    <span class="near-line">
      <span class="maybe">possibly also in</span> <ArticleChip id={m.article} />{' '}
      <span class="near-text" lang={lang && lang !== 'und' ? lang : undefined}>
        {oneLine(m.text)}
      </span>{' '}
      <span class="conf" title="How likely this sentence states the same fact">
        {confidencePercent(m.confidence)}
      </span>
    </span>
  );
}

function FactButton({ fact }: { fact: Fact }) {
  const { selected, select } = useReport();
  const groups = statementsByArticle(fact);
  const several = groups.length > 1 || fact.status === 'conflict';
  const shown = groups.slice(0, MAX_OUTLETS_SHOWN);
  const tentative = !fact.firm && fact.status !== 'uncertain';
  return (
    <li>
      <button
        type="button"
        class={`fact ${fact.status}${factCategory(fact) === 'update' ? ' update' : ''}${tentative ? ' tentative' : ''}`}
        data-fact={fact.id}
        aria-pressed={selected === fact.id}
        aria-controls="sources"
        onClick={() => select(selected === fact.id ? null : fact.id)}
      >
        {several ? (
          <span class="fact-rows">
            {shown.map((g) => (
              <span class="fact-row" key={g.article}>
                <ArticleChip id={g.article} />
                <span class="fact-own">
                  {g.statements.map((s) => (
                    <Sentence key={`${s.sentence}-${s.start}`} s={s} />
                  ))}
                </span>
              </span>
            ))}
          </span>
        ) : (
          fact.statements.map((s) => <Sentence key={`${s.sentence}-${s.start}`} s={s} />)
        )}
        {fact.possiblyAlso.length > 0 && (
          <span class="near-lines">
            {fact.possiblyAlso.map((m) => (
              <NearLine key={`${m.article}-${m.sentence}`} m={m} />
            ))}
          </span>
        )}
        {(several || tentative) && (
          <span class="fact-meta">
            {tentative && <span class="badge">tentative</span>}
            {several && <span class="muted small">{plural(groups.length, 'outlet')}</span>}
            {groups.length > shown.length && <span class="muted small">· {groups.length - shown.length} more in the sources</span>}
            <span class="conf" title="How likely these sentences state one fact">
              {confidencePercent(fact.confidence)}
            </span>
          </span>
        )}
        {fact.conflicts.map((c, i) => (
          <ConflictLine key={i} conflict={c} />
        ))}
      </button>
    </li>
  );
}

function FactList({ facts }: { facts: Fact[] }) {
  return (
    <ul class="facts">
      {facts.map((f) => (
        <FactButton key={f.id} fact={f} />
      ))}
    </ul>
  );
}

/** Facts of one outlet each, in a collapsible group per outlet. */
function ByOutlet({ groups, what }: { groups: { articleId: string; facts: Fact[] }[]; what: string }) {
  const many = groups.length > 6;
  return (
    <>
      {groups.map((g) => (
        <LazyDetails
          key={g.articleId}
          class="only"
          open={!many}
          summary={
            <>
              <ArticleChip id={g.articleId} /> <span class="muted">{plural(g.facts.length, 'fact')} {what}</span>
            </>
          }
        >
          {() => <FactList facts={g.facts} />}
        </LazyDetails>
      ))}
    </>
  );
}

export function Facts() {
  const { view } = useReport();
  const only = exclusiveByArticle(view);
  const maybe = factsByArticle(view, view.uncertain);
  return (
    <div class="fact-groups">
      <h3 id="facts-shared" class="group-h shared">
        Shared <span class="count">{view.firmShared.length}</span>
      </h3>
      {view.firmShared.length === 0 ? (
        <Empty>{view.tentativeShared.length > 0 ? 'No fact is shared for sure; see the tentative ones below.' : 'No fact appears in more than one outlet.'}</Empty>
      ) : (
        <FactList facts={view.firmShared} />
      )}

      {view.tentativeShared.length > 0 && (
        <>
          <h3 id="facts-tentative" class="group-h shared tentative">
            Shared, tentative <span class="count">{view.tentativeShared.length}</span>
          </h3>
          <p class="legend">Probably the same fact in several outlets, but not sure enough to count as shared. The percentage is how likely the sentences state one fact.</p>
          <FactList facts={view.tentativeShared} />
        </>
      )}

      <h3 id="facts-conflict" class="group-h conflict">
        Conflicting <span class="count">{view.conflicting.length}</span>
      </h3>
      {view.conflicting.length === 0 ? <Empty>No conflicting numbers, dates, times, places or actors found.</Empty> : <FactList facts={view.conflicting} />}

      {view.updated.length > 0 && (
        <>
          <h3 id="facts-update" class="group-h update">
            Changed over time <span class="count">{view.updated.length}</span>
          </h3>
          <p class="legend">Later articles give a later figure: an update, not a disagreement.</p>
          <FactList facts={view.updated} />
        </>
      )}

      {view.uncertain.length > 0 && (
        <>
          <h3 id="facts-uncertain" class="group-h uncertain">
            Possibly also elsewhere <span class="count">{view.uncertain.length}</span>
          </h3>
          <p class="legend">One outlet states these; another article has a similar sentence that may state the same.</p>
          <ByOutlet groups={maybe} what="with a similar sentence elsewhere" />
        </>
      )}

      <h3 id="facts-exclusive" class="group-h exclusive">
        Only one outlet <span class="count">{view.exclusive.length}</span>
      </h3>
      {only.length === 0 && <Empty>No fact is only in one outlet.</Empty>}
      <ByOutlet groups={only} what="no other outlet reports" />
    </div>
  );
}
