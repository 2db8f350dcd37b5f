/** Outlet chips: the outlet's name on its colour. */
import { useReport } from '../report-context.js';
import { labelOf } from '../../../src/present/view.js';

export function Chip({ label, color, title }: { label: string; color?: string; title?: string }) {
  return (
    <span class={color ? 'chip' : 'chip plain'} style={color ? { '--c': color } : undefined} title={title}>
      {label}
    </span>
  );
}

/** The chip of one article of the current report. */
export function ArticleChip({ id }: { id: string }) {
  const { view, colorOf } = useReport();
  return <Chip label={labelOf(view, id)} color={colorOf(id)} />;
}

/** The chips of some articles; past `max` only a count, the names in its tooltip (a fact of a 50-article story is not a wall of chips). */
export function ArticleChips({ ids, max = 6 }: { ids: readonly string[]; max?: number }) {
  const { view } = useReport();
  const unique = [...new Set(ids)];
  const shown = unique.length > max ? unique.slice(0, max - 1) : unique;
  const rest = unique.slice(shown.length);
  return (
    <span class="chips">
      {shown.map((id) => (
        <ArticleChip key={id} id={id} />
      ))}
      {rest.length > 0 && (
        <span class="chip more-chip" title={rest.map((id) => labelOf(view, id)).join(', ')}>
          +{rest.length} more
        </span>
      )}
    </span>
  );
}
