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

export function ArticleChips({ ids }: { ids: readonly string[] }) {
  return (
    <span class="chips">
      {[...new Set(ids)].map((id) => (
        <ArticleChip key={id} id={id} />
      ))}
    </span>
  );
}
