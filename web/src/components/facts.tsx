/** Facts grouped as shared, only one outlet, conflicting; each one a button that opens its sources. */
import type { Conflict, Fact } from '../../../src/core/model/report.js';
import { conflictKindLabel, conflictSubject, exclusiveByArticle, languageOf, oneLine } from '../../../src/present/view.js';
import { useReport } from '../report-context.js';
import { plural } from '../format.js';
import { ArticleChip, ArticleChips } from './chip.js';
import { Empty } from './status.js';
import { LazyDetails } from './lazy.js';

export function ConflictLine({ conflict }: { conflict: Conflict }) {
  const about = conflictSubject(conflict);
  return (
    <span class="conflict-line">
      <span class="kind">{conflictKindLabel(conflict.kind)}</span>
      {about && <span class="about"> · {about}</span>}:{' '}
      {conflict.values.map((v, i) => (
        <span key={i} class="cv">
          {i > 0 && <span class="vs"> vs </span>}
          <strong>{oneLine(v.value)}</strong> <ArticleChip id={v.article} />
        </span>
      ))}
    </span>
  );
}

function FactButton({ fact }: { fact: Fact }) {
  const { view, selected, select } = useReport();
  const lead = fact.statements[0];
  const outlets = [...new Set(fact.statements.map((s) => s.article))];
  const lang = lead ? languageOf(view, lead.article) : null;
  return (
    <li>
      <button
        type="button"
        class={`fact ${fact.status}`}
        data-fact={fact.id}
        aria-pressed={selected === fact.id}
        aria-controls="sources"
        onClick={() => select(selected === fact.id ? null : fact.id)}
      >
        <span class="fact-text" lang={lang && lang !== 'und' ? lang : undefined}>
          {lead ? oneLine(lead.text) : '(no statement)'}
        </span>
        <span class="fact-meta">
          {fact.status !== 'exclusive' && <ArticleChips ids={outlets} />}
          {fact.status === 'shared' && <span class="muted small">{plural(outlets.length, 'outlet')}</span>}
        </span>
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

export function Facts() {
  const { view } = useReport();
  const groups = exclusiveByArticle(view);
  const many = groups.length > 6;
  return (
    <div class="fact-groups">
      <h3 id="facts-shared" class="group-h shared">
        Shared <span class="count">{view.shared.length}</span>
      </h3>
      {view.shared.length === 0 ? <Empty>No fact appears in more than one outlet.</Empty> : <FactList facts={view.shared} />}

      <h3 id="facts-conflict" class="group-h conflict">
        Conflicting <span class="count">{view.conflicting.length}</span>
      </h3>
      {view.conflicting.length === 0 ? <Empty>No conflicting numbers, dates, places or actors found.</Empty> : <FactList facts={view.conflicting} />}

      <h3 id="facts-exclusive" class="group-h exclusive">
        Only one outlet <span class="count">{view.exclusive.length}</span>
      </h3>
      {groups.length === 0 && <Empty>Every fact appears in more than one outlet.</Empty>}
      {groups.map((g) => (
        <LazyDetails
          key={g.articleId}
          class="only"
          open={!many}
          summary={
            <>
              <ArticleChip id={g.articleId} /> <span class="muted">{plural(g.facts.length, 'fact')} no other outlet reports</span>
            </>
          }
        >
          {() => <FactList facts={g.facts} />}
        </LazyDetails>
      ))}
    </div>
  );
}
