/** One story: who covered it and when, then the full comparison of its articles. */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { navigate } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { formatSpan, languageName, plural } from '../format.js';
import { outletColors } from '../colors.js';
import { Chip } from '../components/chip.js';
import { ReportView } from '../components/report-view.js';
import { ErrorBox, Loading } from '../components/status.js';

const FIRST_OUTLETS = 12;

function OutletChips({ outlets, color }: { outlets: string[]; color: (o: string) => string }) {
  const [all, setAll] = useState(false);
  const shown = all || outlets.length <= FIRST_OUTLETS ? outlets : outlets.slice(0, FIRST_OUTLETS - 1);
  return (
    <p class="chips" aria-label="Outlets">
      {shown.map((o) => (
        <Chip key={o} label={o} color={color(o)} />
      ))}
      {outlets.length > FIRST_OUTLETS && (
        <button type="button" class="link-button small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'fewer' : `all ${outlets.length} outlets`}
        </button>
      )}
    </p>
  );
}

export function StoryPage({ id }: { id: string }) {
  const loaded = useFetch(`story:${id}`, () =>
    api.story(id).then((data) => {
      performance.mark('parallax:story-data');
      return data;
    }),
  );
  useEffect(() => {
    if (loaded.state === 'ready') {
      performance.mark('parallax:story-rendered');
      document.title = `${loaded.data.story.title} · Parallax`;
      // A story merged into another lives on under the surviving id.
      if (loaded.data.story.id !== id) navigate(`/story/${encodeURIComponent(loaded.data.story.id)}`, { replace: true });
    }
  }, [loaded, id]);
  if (loaded.state === 'loading') return <Loading what="the story" />;
  if (loaded.state === 'error') {
    return (
      <ErrorBox title={loaded.status === 404 ? 'No such story' : 'The story could not be loaded'} message={loaded.message}>
        <p>
          <a href="/">Back to all stories</a>
        </p>
      </ErrorBox>
    );
  }
  const { story, report, articles } = loaded.data;
  const color = outletColors(story.outlets);
  const header = (
    <header class="page-head story-head">
      <p class="eyebrow">
        <a href="/">Stories</a> <span aria-hidden="true">›</span> Story
      </p>
      <h1>{story.title}</h1>
      <p class="meta">
        <span>{formatSpan(story.firstPublished, story.lastPublished)}</span>
        <span>{plural(story.size, 'article')}</span>
        <span>{story.languages.map(languageName).join(', ')}</span>
      </p>
      <OutletChips outlets={story.outlets} color={color} />
      {story.outlets.length === 1 && <p class="notice">Only one outlet covers this story so far: there is nothing to compare it with yet.</p>}
      {report && report.articles.length < articles.length && (
        <p class="notice">The comparison covers the latest {report.articles.length} of {articles.length} articles.</p>
      )}
    </header>
  );
  return (
    <div class="story-page" data-ready="story">
      {report ? (
        <ReportView report={report} stored before={header} />
      ) : (
        <>
          {header}
          <p class="muted">This story has not been compared yet.</p>
        </>
      )}
    </div>
  );
}
