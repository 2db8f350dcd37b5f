import type { ArticleAnalysis, Span, Stance } from '../model/analysis.js';
import type { ActorFraming, LabelComparison, OutletFraming, Voice } from '../model/report.js';
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
      f = { actor: e?.id ?? null, actorName: e?.name ?? name ?? 'unattributed', stances: {}, cues: [], hedges: [], labels: [], statements: 0, neutralShare: 0 };
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
  const neutral = new Map<ActorFraming, number>();
  for (const at of a.attributions) {
    const f = actorFor(at.actor, at.actorName, at.actorSpan);
    f.statements++;
    if (at.stance === 'neutral' && at.hedges.length === 0) neutral.set(f, (neutral.get(f) ?? 0) + 1);
  }
  for (const f of actors.values()) if (f.statements) f.neutralShare = round((neutral.get(f) ?? 0) / f.statements);
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
  // Voices: who is quoted or reported, how often, how many words.
  const voices = new Map<string, Voice>();
  let allWords = 0;
  for (const q of a.quotes) {
    const e = actorOf(a, q.speaker, q.speakerName, q.speakerSpan);
    const name = e?.name ?? q.speakerName;
    if (!name) continue;
    const key = e?.id ?? `name:${name}`;
    const v = voices.get(key) ?? { actor: e?.id ?? null, actorName: name, quotes: 0, direct: 0, words: 0, share: 0 };
    const words = q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    v.quotes++;
    if (q.kind === 'direct') v.direct++;
    v.words += words;
    allWords += words;
    voices.set(key, v);
  }
  for (const v of voices.values()) v.share = allWords > 0 ? round(v.words / allWords) : 0;
  return {
    article: a.article.id,
    outlet: a.article.outlet,
    actors: [...actors.values()],
    hedges: a.hedges.map((h) => ({ text: h.text, sentence: h.sentence, sentenceText: a.sentences[h.sentence]?.text ?? '' })),
    loadedWords: a.loaded.map((l) => ({ text: l.text, sentence: l.sentence, sentenceText: a.sentences[l.sentence]?.text ?? '' })),
    lastWord: lastEntity?.name ?? last?.speakerName ?? null,
    voices: [...voices.values()].sort((x, y) => y.words - x.words || x.actorName.localeCompare(y.actorName)),
  };
}

/** The labels each outlet gives the same story entity, for entities labelled in at least one article. */
export function compareLabels(analyses: readonly ArticleAnalysis[], entityOf: (id: string) => StoryEntity | undefined): LabelComparison[] {
  const rows = new Map<string, LabelComparison>();
  for (const a of analyses) {
    for (const l of a.labels) {
      const e = entityOf(l.entity);
      if (!e) continue;
      const row = rows.get(e.id) ?? { entity: e.id, name: e.name, labels: {} };
      const list = (row.labels[a.article.id] ??= []);
      if (!list.includes(l.label)) list.push(l.label);
      rows.set(e.id, row);
    }
  }
  // Entities labelled by several outlets first: those are the ones to compare.
  return [...rows.values()].sort((x, y) => Object.keys(y.labels).length - Object.keys(x.labels).length || x.name.localeCompare(y.name));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
