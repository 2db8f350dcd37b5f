import type { ArticleAnalysis, Span, Stance } from '../model/analysis.js';
import type { ActorFraming, OutletFraming } from '../model/report.js';
import type { StoryEntity } from './story-entities.js';

/**
 * How one outlet frames the actors: for each actor, the stance of the cues that
 * introduce its statements, the cues themselves, hedges on them and the labels
 * the outlet gives it; the outlet's hedges and loaded words; and who gets the
 * last word (the speaker of its last attributed statement).
 */
export function outletFraming(
  a: ArticleAnalysis,
  entityOf: (id: string) => StoryEntity | undefined,
  actorOf: (a: ArticleAnalysis, id: string | null, name: string | null, span: Span | null) => StoryEntity | null,
): OutletFraming {
  const actors = new Map<string, ActorFraming>();
  const actorFor = (id: string | null, name: string | null, span: Span | null = null): ActorFraming => {
    const e = actorOf(a, id, name, span) ?? undefined;
    const key = e?.id ?? `name:${name ?? 'unattributed'}`;
    let f = actors.get(key);
    if (!f) {
      f = { actor: e?.id ?? null, actorName: e?.name ?? name ?? 'unattributed', stances: {}, cues: [], hedges: [], labels: [] };
      actors.set(key, f);
    }
    return f;
  };
  for (const at of a.attributions) {
    const f = actorFor(at.actor, at.actorName, at.actorSpan);
    f.stances[at.stance as Stance] = (f.stances[at.stance as Stance] ?? 0) + 1;
    if (!f.cues.includes(at.cue)) f.cues.push(at.cue);
    for (const h of at.hedges) if (!f.hedges.includes(h)) f.hedges.push(h);
  }
  for (const l of a.labels) {
    const e = entityOf(l.entity);
    if (!e) continue;
    const f = actorFor(l.entity, e.name);
    if (!f.labels.includes(l.label)) f.labels.push(l.label);
  }
  const spoken = [...a.quotes, ...a.attributions.map((x) => ({ start: x.cueSpan.start, speaker: x.actor, speakerName: x.actorName }))]
    .filter((x) => x.speaker || x.speakerName)
    .sort((x, y) => x.start - y.start);
  const last = spoken[spoken.length - 1];
  const lastEntity = last?.speaker ? entityOf(last.speaker) : undefined;
  return {
    article: a.article.id,
    outlet: a.article.outlet,
    actors: [...actors.values()],
    hedges: a.hedges.map((h) => ({ text: h.text, sentence: h.sentence })),
    loadedWords: a.loaded.map((l) => ({ text: l.text, sentence: l.sentence })),
    lastWord: lastEntity?.name ?? last?.speakerName ?? null,
  };
}
