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

/**
 * Evaluative word choice of political reporting beyond labels: verbs of attack
 * and praise, dramatising nouns and adjectives, political slurs. Written from
 * general knowledge of media-bias vocabulary (not fitted to any evaluation set).
 */
const VERBS = words(`
  slam/s/med/ming blast/s/ed/ing bash/es/ed/ing rip/s/ped/ping rail/s/ed/ing
  lambast/s/ed/ing excoriate/s/d berate/s/d skewer/s/ed savage/s/d trash/es/ed
  tout/s/ed/ing boast/s/ed/ing brag/s/ged/ging gloat/s/ed/ing
  scramble/s/d flail/s/ed/ing dodge/s/d/ing duck/s/ed stonewall/s/ed/ing
  smear/s/ed/ing demonize/s/d/ing demonise/s/d/ing vilify
  peddle/s/d/ing spew/s/ed/ing exploit/s/ed/ing pander/s/ed/ing
  cave/s/d caving backpedal/s/ed/ing flip-flop/s/ped/ping
  decimate/s/d gut/s/ted/ting torpedo/es/ed ram/s/med/ming
  plunder/s/ed/ing loot/s/ed/ing mock/s/ed/ing sneer/s/ed/ing
`);

const DRAMATIC = words(`
  tirade/s rant/s diatribe/s screed/s gaffe/s blunder/s fiasco/s debacle/s meltdown/s
  firestorm/s bombshell/s scandal/s scheme/s ploy/s stunt/s charade/s farce/s
  power-grab/s giveaway/s handout/s boondoggle/s slush amnesty
  obstructionist/s obstructionism partisanship demagogue/s demagoguery
  zealotry extremism radicalism cronyism
  scathing blistering fiery stunning shocking embattled beleaguered disgraced
  draconian extreme radical job-killing socialist un-american unhinged
  so-called notorious infamous vicious venomous nasty dishonest crooked
  lavish bloated failing dismal stinging damning
  staunch fierce bitter harsh furious
  chaos chaotic disaster/s catastrophe/s nightmare/s horrific horrendous devastating alarming troubling
  disturbing egregious outrage/s outraged furor uproar backlash fury
  hateful bigoted bigot/s racist/s xenophobic islamophobic islamophobia sexist misogynist homophobic
  elitist/s cabal/s liar/s baseless bogus phony fake debunked discredited conspiracy hit-piece
  scapegoat/s/ed/ing coddle/s/d/ing crusade/s pork bailout/s tax-and-spend big-government nanny-state
  gun-grabbing firebrand/s maverick/s renegade/s divisive polarizing toxic dangerous menacing
  sweeping landmark historic massive skyrocketing soaring plummeting plunging surging
  vehemently fiercely bitterly harshly sharply aggressively brazenly falsely
  slap/s/ped/ping assault/s tirade/s lash/es/ed/ing
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
  for (const spec of [...VERBS, ...DRAMATIC]) {
    const forms = expand(spec);
    const lemma = forms[0];
    if (lemma === undefined) continue;
    for (const form of forms) map.set(form, lemma);
  }
  map.set('vilified', 'vilify');
  map.set('vilifies', 'vilify');
  // Irregular plurals.
  map.set('strongmen', 'strongman');
  map.set('henchmen', 'henchman');
  map.set('cronies', 'crony');
  map.set('atrocities', 'atrocity');
  map.set('illegals', 'illegal');
  return map;
}

export const loadedWords: ReadonlyMap<string, string> = build();
