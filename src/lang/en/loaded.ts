/**
 * English loaded words: labels and evaluative words that carry a judgement
 * when an outlet uses them itself ("regime", "strongman", "aggressive").
 * Every listed form maps to its lemma; the analysis matches a token's
 * lower-case form or its stem, so no key may be the stem of a neutral word
 * ("lie" is out: "lying", "lies 50 km north").
 * Hyphenated compounds ("far-right") are one key: the tokenizer must keep
 * word-internal hyphens.
 */
import { expand, words } from '../shared/data.js';

/** Slash notation: "dictator/s" → dictator, dictators. */
const NOUNS = words(`
  regime/s dictator/s despot/s tyrant/s autocrat/s strongman warlord/s thug/s
  terrorist/s extremist/s radical/s militant/s jihadist/s fanatic/s zealot/s hardliner/s
  warmonger/s aggressor/s occupier/s invader/s puppet/s henchman crony
  junta/s clique/s gang/s mob/s rioter/s looter/s separatist/s insurgent/s
  freedom-fighter/s martyr/s rogue-state/s
  propaganda propagandist/s disinformation hoax/es witch-hunt/s
  war-criminal/s butcher/s slaughter massacre/s bloodbath carnage atrocity
  provocation/s sabre-rattling saber-rattling brainwashing indoctrination crackdown/s
  mouthpiece/s lackey/s stooge/s apologist/s
  onslaught rampage/s horde/s swarm/s invasion/s alien/s
  snowflake/s globalist/s elite/s populist/s fascist/s nazi/s neo-nazi/s
  sham
`);

const ADJECTIVES = words(`
  brutal aggressive ruthless controversial reckless barbaric barbarous cruel unpredictable
  irrational megalomaniac megalomaniacal paranoid belligerent bellicose hostile fanatical
  corrupt illegitimate brazen cynical hypocritical shameless heinous
  despicable cowardly vile absurd ridiculous outrageous scandalous unprecedented
  catastrophic disastrous heroic brave courageous valiant defiant moderate pragmatic
  reformist far-right far-left ultranationalist nationalist fascistic totalitarian
  authoritarian dictatorial despotic repressive undemocratic imperialist expansionist
  revanchist ultraconservative reactionary hardline hard-line pro-kremlin kremlin-backed
  kremlin-controlled state-controlled state-run unprovoked genocidal murderous
  bloodthirsty warmongering provocative inflammatory incendiary woke
`);

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const spec of NOUNS) {
    const forms = expand(spec);
    const lemma = forms[0];
    if (lemma === undefined) continue;
    for (const form of forms) map.set(form, lemma);
  }
  for (const adjective of ADJECTIVES) map.set(adjective, adjective);
  // Irregular plurals.
  map.set('strongmen', 'strongman');
  map.set('henchmen', 'henchman');
  map.set('cronies', 'crony');
  map.set('atrocities', 'atrocity');
  map.set('illegals', 'illegal');
  return map;
}

export const loadedWords: ReadonlyMap<string, string> = build();
