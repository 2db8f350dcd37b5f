/** One story in a list: title, time span, size, outlets, languages, conflicts, single-outlet flag. */
import type { StorySummary } from '../api.js';
import { formatSpan, languageName, plural } from '../format.js';
import { Chip } from './chip.js';

const SHOWN_OUTLETS = 6;

export function StoryCard({ story }: { story: StorySummary }) {
  const single = story.outlets.length === 1;
  const more = story.outlets.length - SHOWN_OUTLETS;
  return (
    <article class="story-card">
      <h2>
        <a href={`/story/${encodeURIComponent(story.id)}`}>{story.title}</a>
      </h2>
      <p class="meta">
        <span>{formatSpan(story.firstPublished, story.lastPublished)}</span>
        <span>{plural(story.size, 'article')}</span>
        <span>{plural(story.outlets.length, 'outlet')}</span>
        <span>{story.languages.map(languageName).join(', ')}</span>
      </p>
      <p class="chips" aria-label="Outlets">
        {story.outlets.slice(0, SHOWN_OUTLETS).map((o) => (
          <Chip key={o} label={o} />
        ))}
        {more > 0 && <span class="muted small">+{more} more</span>}
      </p>
      <p class="flags">
        {story.conflicts === null ? (
          <span class="flag quiet">not compared yet</span>
        ) : story.conflicts > 0 ? (
          <span class="flag conflict">{plural(story.conflicts, 'conflict')}</span>
        ) : (
          <span class="flag ok">no conflicts</span>
        )}
        {single && (
          <span class="flag single" title="No other outlet covers this story: nothing to compare it with yet">
            only one outlet
          </span>
        )}
        {story.keyEntities.length > 0 && (
          <span class="entities small muted">
            {story.keyEntities
              .slice(0, 4)
              .map((e) => e.name)
              .join(' · ')}
          </span>
        )}
      </p>
    </article>
  );
}
