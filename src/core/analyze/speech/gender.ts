import type { ArticleEntity, EntityMention, Sentence } from '../../model/analysis.js';
import { tokenStartingAt } from '../../text/tokenize.js';

/**
 * The grammatical gender a person is referred to with, when the article shows it:
 * a feminine role written with the name ("Ministerin Anna Berg", "Sprecherin"), a
 * courtesy title ("Frau", "Herr", "Mrs.", "Mr."), or the form of the first name
 * (given names ending in -a or -e are mostly female, with known exceptions).
 * Null when nothing tells. Used so that "er"/"he" and "sie"/"she" pick the
 * nearest person who fits.
 */
export type Gender = 'm' | 'f';

const FEMALE_TITLES = new Set(['frau', 'mrs', 'ms', 'miss', 'madame', 'lady']);
const MALE_TITLES = new Set(['herr', 'herrn', 'mr', 'sir', 'monsieur']);
/** Given names ending in -a/-e that are male, and female names with other endings. */
const MALE_IN_A_E = new Set(
  'uwe ole rene rené andre andré jose josé mike steve dave joe george pierre jacques bernie lee kyle wayne bruce eddie charlie jesse dale lance clyde guillaume luca andrea nikita mustafa joshua ilya sascha jona elia kosta jean-pierre claude philippe antoine maxime mose moshe gabriele giuseppe michele daniele achille felice felipe vicente asa jorge enrique dante luke jake blake shane dwayne duane pete gabe abe dane wade reggie willie ike nate'.split(
    ' ',
  ),
);
const FEMALE_OTHER = new Set(
  'karin kathrin katrin kerstin ingrid astrid sigrid gudrun doris iris ruth agnes ines elisabeth edith gertrud hildegard irmgard margit birgit dagmar carmen ellen helen karen susan megyn ann hillary nancy kelly emily mary judy sally peggy amy lucy tracy margaret janet elizabeth sarah hannah deborah ruth esther miriam rachel betsy kathy cathy shirley beverly elif ayşe'.split(
    ' ',
  ),
);

function byFirstName(name: string): Gender | null {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (first.length < 3 || !/^\p{L}[\p{L}-]+$/u.test(first)) return null;
  if (FEMALE_OTHER.has(first)) return 'f';
  if (MALE_IN_A_E.has(first)) return 'm';
  if (/[ae]$/.test(first)) return 'f';
  return null;
}

/** Genders of the people of one article, from their mentions. */
export function personGenders(
  mentions: readonly EntityMention[],
  entities: ReadonlyMap<string, ArticleEntity>,
  sentences: readonly Sentence[],
  knownFirstName: (word: string) => boolean,
): Map<string, Gender> {
  const votes = new Map<string, { f: number; m: number }>();
  const vote = (id: string, g: Gender, n = 1) => {
    const v = votes.get(id) ?? { f: 0, m: 0 };
    v[g] += n;
    votes.set(id, v);
  };
  for (const m of mentions) {
    const e = entities.get(m.entity);
    if (!e || e.type !== 'person') continue;
    // "Ministerin", "Sprecherin", "Kanzlerin": German feminine role nouns end in -in.
    if (m.role && /in(?:nen)?$/i.test(m.role)) vote(m.entity, 'f', 2);
    const s = sentences[m.sentence];
    if (s) {
      const i = tokenStartingAt(s.tokens, m.start);
      const prev = i > 0 ? s.tokens[i - 1] : undefined;
      const prev2 = i > 1 ? s.tokens[i - 2] : undefined;
      const title = prev?.text === '.' ? prev2 : prev;
      if (title && FEMALE_TITLES.has(title.norm)) vote(m.entity, 'f', 3);
      if (title && MALE_TITLES.has(title.norm)) vote(m.entity, 'm', 3);
      if (title && /in$/.test(title.norm) && title.capitalized && /^(?:\p{Lu}\p{Ll}+)?(?:minister|präsident|kanzler|sprecher|chef|vorsitzend|leiter|direktor|bürgermeister|abgeordnet|senator|kandidat|richter|anwält|expert)in$/u.test(title.text)) {
        vote(m.entity, 'f', 2);
      }
    }
  }
  const out = new Map<string, Gender>();
  for (const [id, e] of entities) {
    if (e.type !== 'person') continue;
    const v = votes.get(id);
    if (v && v.f !== v.m) {
      out.set(id, v.f > v.m ? 'f' : 'm');
      continue;
    }
    // A single word is a surname as often as a given name ("Obama", "Rubio"): its ending tells nothing.
    const parts = e.name.split(/\s+/);
    if (parts.length < 2) continue;
    const first = parts[0]!.toLowerCase();
    const g = byFirstName(e.name);
    if (g) out.set(id, g);
    // A known given name without a female form reads as male ("Karl", "Wladimir").
    else if (knownFirstName(first)) out.set(id, 'm');
  }
  return out;
}
