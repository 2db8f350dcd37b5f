import type { Sentence, Stance } from '../../model/analysis.js';
import type { LanguagePack, SourceMarker } from '../../lang/pack.js';
import { findNounFrames } from './noun-frames.js';
import { pushAll } from '../../collections.js';

/** A reporting verb, verb with particle, source marker or reportative construction in a sentence. */
export interface CueHit {
  sentence: number;
  /** Token index of the cue word (the finite verb, or the marker's first word). */
  token: number;
  /** Last token index of the cue (the particle, or the marker's last word). */
  lastToken: number;
  text: string;
  lemma: string;
  stance: Stance;
  kind: 'verb' | 'marker' | 'reportative' | 'noun';
  /** For markers: where the source stands. */
  sourceSide: 'after' | 'before' | null;
  /** The quoted person is the verb's object ("zitierten Medien Peskow"). */
  objectIsSpeaker: boolean;
  /** The verb form can be a past participle ("kritisiert", "mitgeteilt"). */
  participle?: boolean;
}

const particleFirsts = new WeakMap<LanguagePack, Set<string>>();

function firstsOf(pack: LanguagePack): Set<string> {
  let s = particleFirsts.get(pack);
  if (!s) {
    s = new Set([...pack.particleVerbs.keys()].map((k) => k.split('|')[0]!));
    particleFirsts.set(pack, s);
  }
  return s;
}

const markerIndex = new WeakMap<LanguagePack, Map<string, SourceMarker[]>>();

/** Source markers by their first word, longest first, so each token is checked once. */
function markersByFirst(pack: LanguagePack): Map<string, SourceMarker[]> {
  let m = markerIndex.get(pack);
  if (!m) {
    m = new Map();
    for (const marker of [...pack.sourceMarkers].sort((a, b) => b.words.length - a.words.length)) {
      const list = m.get(marker.words[0]!) ?? [];
      list.push(marker);
      m.set(marker.words[0]!, list);
    }
    markerIndex.set(pack, m);
  }
  return m;
}

const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '„', '“', '”', '"', '»', '«']);

/** Cues of one sentence, skipping tokens inside direct quotes (`quoted(tokenStart)`). */
export function findCues(sentence: Sentence, pack: LanguagePack, quoted: (offset: number) => boolean): CueHit[] {
  const toks = sentence.tokens;
  const out: CueHit[] = [];
  const firsts = firstsOf(pack);
  const used = new Set<number>();
  const closesClause = pack.speechRules?.particleClosesClause === true;
  const hit = (
    token: number,
    lastToken: number,
    lemma: string,
    stance: Stance,
    kind: CueHit['kind'],
    sourceSide: CueHit['sourceSide'],
    objectIsSpeaker = false,
    subjunctive = false,
    participle = false,
  ) => {
    // A subjunctive verb after another cue is reported content ("X sagte, sein Besuch unterstreiche …").
    if (subjunctive && out.some((c) => c.kind === 'verb' && c.token < token)) return;
    for (let k = token; k <= lastToken; k++) used.add(k);
    const text =
      lastToken === token || kind === 'marker'
        ? sentence.text.slice(toks[token]!.start - sentence.start, toks[lastToken]!.end - sentence.start)
        : `${toks[token]!.text} … ${toks[lastToken]!.text}`;
    out.push({ sentence: sentence.index, token, lastToken, text, lemma, stance, kind, sourceSide, objectIsSpeaker, ...(participle ? { participle } : {}) });
  };

  // Source markers first: they are multi-word and must not be read as verbs.
  const markers = markersByFirst(pack);
  for (let i = 0; i < toks.length; i++) {
    const candidates = markers.get(toks[i]!.norm);
    if (!candidates || used.has(i) || quoted(toks[i]!.start)) continue;
    const marker = candidates.find((m) => i + m.words.length <= toks.length && m.words.every((w, n) => toks[i + n]!.norm === w));
    if (marker) hit(i, i + marker.words.length - 1, marker.lemma, marker.stance, 'marker', marker.sourceSide);
  }

  // "nach einer Stellungnahme der Armee", "nach Expertenmeinung": "nach" and a phrase ending in an evidential noun.
  const evidential = pack.evidentialNouns;
  if (evidential) {
    for (let i = 0; i < toks.length - 1; i++) {
      if (toks[i]!.norm !== 'nach' || used.has(i) || quoted(toks[i]!.start)) continue;
      for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
        const t = toks[k]!;
        if (t.kind !== 'word' || used.has(k)) break;
        if (!t.capitalized) continue;
        const stance = evidentialStance(evidential, t.norm);
        if (stance) hit(i, k, 'nach', stance, 'marker', 'after');
        break;
      }
    }
  }

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (used.has(i) || t.kind !== 'word' || quoted(t.start)) continue;
    if (firsts.has(t.norm)) {
      // Phrasal verbs: the particle right after the verb ("pointed out", "hit back").
      const next = toks[i + 1];
      const adjacent = next ? pack.particleVerbs.get(`${t.norm}|${next.norm}`) : undefined;
      if (adjacent && !(i + 2 < toks.length && !CLAUSE_END.has(toks[i + 2]!.text) && closesClause)) {
        hit(i, i + 1, adjacent.lemma, adjacent.stance, 'verb', null, adjacent.objectIsSpeaker, adjacent.subjunctive);
        continue;
      }
      // Separable verbs: the particle closes the clause ("teilte … mit", "räumte … ein").
      let found = false;
      for (let k = i + 1; k < toks.length; k++) {
        const p = toks[k]!;
        if (CLAUSE_END.has(p.text)) {
          const cue = pack.particleVerbs.get(`${t.norm}|${toks[k - 1]!.norm}`);
          if (cue && k - 1 > i) {
            hit(i, k - 1, cue.lemma, cue.stance, 'verb', null, cue.objectIsSpeaker, cue.subjunctive);
            found = true;
          }
          break;
        }
      }
      if (found) continue;
    }
    // A word in capitals belongs to a heading ("EVEN HIS BOSS THINKS HE IS WRONG —"), not to a report.
    if (/^\p{Lu}{2,}$/u.test(t.text.replace(/['’]/g, '')) && t.text.length > 2) continue;
    const cue = pack.reportingVerbs.get(t.norm);
    // Where nouns are capitalised, a capitalised form inside a sentence is a noun ("die Beschuldigte", "den Berichten").
    const noun = pack.capitalizedNouns && t.capitalized && i > 0 && toks[i - 1]!.kind === 'word';
    // After an article or a number word a participle is an adjective ("an emailed statement", "one reported case").
    const before = i > 0 ? toks[i - 1]!.norm : '';
    // (A number word only where it opens the phrase, not ending one: "the mother of three replied".)
    const opensPhrase = (k: number) => k < 0 || toks[k]!.kind === 'punct' || toks[k]!.capitalized || (pack.articles?.has(toks[k]!.norm) ?? false);
    const next = toks[i + 1];
    const nounNext = next !== undefined && next.kind === 'word' && !next.capitalized && !(pack.complementizers?.has(next.norm) ?? false);
    const adjective = pack.articles !== undefined && (pack.articles.has(before) || (pack.numberWords.has(before) && (opensPhrase(i - 2) || nounNext)));
    // ("Having said that, …", "Let's say …": a set phrase of the writer's reports nothing.)
    const idiom = cue !== undefined && (pack.speechRules?.idiom?.(toks, i) ?? false);
    if (cue && !noun && !adjective && !idiom) {
      hit(i, i, cue.lemma, cue.stance, 'verb', null, cue.objectIsSpeaker, cue.subjunctive, cue.participle);
    }
  }

  // The pack's own cues: "…, so der Sprecher", "soll … haben", "In a new poll, …", "“…,” he continued".
  const own = pack.speechRules?.cues;
  if (own) pushAll(out, own(sentence, pack, quoted, used));
  // Noun frames: "der Vorwurf, er habe …", "die Forderung des Ministers, … zu …".
  pushAll(out, findNounFrames(sentence, pack, quoted, used));
  return out.sort((a, b) => a.token - b.token);
}

/** The stance of an evidential noun or a compound ending in one ("expertenmeinung" → meinung). */
function evidentialStance(nouns: ReadonlyMap<string, Stance>, word: string): Stance | null {
  const own = nouns.get(word);
  if (own) return own;
  for (let cut = 3; cut <= word.length - 5; cut++) {
    const tail = nouns.get(word.slice(cut));
    if (tail) return tail;
  }
  return null;
}
