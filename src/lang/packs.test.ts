/**
 * Contract tests that every registered language pack must pass, plus a few
 * behaviour tests per language.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguagePack } from '../core/lang/pack.js';
import type { EntityType, Stance } from '../core/model/analysis.js';
import { getPack, packs } from './index.js';
import { adjectiveId, matchAdjective } from './shared/adjectives.js';
import { GAZETTEER_PREFIXES, gazetteerFor } from './shared/gazetteer.js';

const STANCES: ReadonlySet<Stance> = new Set(['neutral', 'distancing', 'contesting', 'conceding', 'emphatic', 'pressure', 'other']);
const ENTITY_TYPES: ReadonlySet<EntityType> = new Set(['person', 'place', 'organization', 'other']);

function keyProblems(name: string, keys: Iterable<string>): string[] {
  const bad: string[] = [];
  for (const k of keys) {
    if (k.length === 0 || k !== k.trim() || k !== k.toLowerCase() || /\s{2,}/.test(k)) bad.push(`${name}: ${JSON.stringify(k)}`);
  }
  return bad;
}

function pack(code: string): LanguagePack {
  const p = getPack(code);
  assert.ok(p, `pack ${code} is registered`);
  return p;
}

/** Whether `inner` occurs as a contiguous run inside `outer`. */
function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, n) => outer[i + n] === w)) return true;
  }
  return false;
}

const STEM_SAMPLE: Record<string, string[]> = {
  de: ['regierung', 'regierungen', 'präsidenten', 'behauptete', 'raketen', 'gespräche', 'nordkoreanischen', 'häuser', 'angaben', 'kritisierte', 'äußerte', 'größten'],
  en: ['government', 'governments', 'officials', 'claimed', 'missiles', 'talks', 'running', 'analyses', 'denied', 'presidency', 'nuclear', 'attacks'],
};

describe('language pack registry', () => {
  it('registers German and English', () => {
    assert.deepEqual(packs.map((p) => p.code).sort(), ['de', 'en']);
  });

  it('finds packs by code, ignoring case and region', () => {
    assert.equal(getPack('de')?.code, 'de');
    assert.equal(getPack('DE')?.code, 'de');
    assert.equal(getPack('de-AT')?.code, 'de');
    assert.equal(getPack('en_GB')?.code, 'en');
    assert.equal(getPack('fr'), null);
    assert.equal(getPack(''), null);
  });
});

for (const p of packs) {
  describe(`pack ${p.code}: contract`, () => {
    it('has an ISO 639-1 code and an English name', () => {
      assert.match(p.code, /^[a-z]{2}$/);
      assert.ok(p.name.length > 0);
      assert.equal(getPack(p.code), p);
    });

    it('has all keys in lower case and trimmed', () => {
      const bad = [
        ...keyProblems('stopwords', p.stopwords),
        ...keyProblems('abbreviations', p.abbreviations),
        ...keyProblems('numberWords', p.numberWords.keys()),
        ...keyProblems('scaleWords', p.scaleWords.keys()),
        ...keyProblems('months', p.months.keys()),
        ...keyProblems('weekdays', p.weekdays.keys()),
        ...keyProblems('relativeDays', p.relativeDays.keys()),
        ...keyProblems('futureMarkers', p.futureMarkers),
        ...keyProblems('measureNouns', p.measureNouns.keys()),
        ...keyProblems('measure keys', p.measureNouns.values()),
        ...keyProblems('commonVerbs', p.commonVerbs),
        ...keyProblems('reportingVerbs', p.reportingVerbs.keys()),
        ...keyProblems('particleVerbs', p.particleVerbs.keys()),
        ...keyProblems('hedges', p.hedges.keys()),
        ...keyProblems('hedge lemmas', p.hedges.values()),
        ...keyProblems('roles', p.roles),
        ...keyProblems('speakerRoles', p.speakerRoles),
        ...keyProblems('loadedWords', p.loadedWords.keys()),
        ...keyProblems('loaded lemmas', p.loadedWords.values()),
        ...keyProblems('pronouns', p.pronouns.keys()),
        ...keyProblems('firstNames', p.firstNames),
        ...keyProblems('commonCapitalized', p.commonCapitalized),
        ...keyProblems('adjectives', p.adjectives.keys()),
        ...keyProblems('subjunctiveMarkers', p.subjunctiveMarkers),
        ...keyProblems('placeHeads', p.placeHeads),
        ...keyProblems('orgHeads', p.orgHeads),
        ...keyProblems('nameParticles', p.nameParticles),
        ...keyProblems('source marker words', p.sourceMarkers.flatMap((m) => m.words)),
      ];
      assert.deepEqual(bad, []);
    });

    it('stems deterministically, and stems of stems settle', () => {
      const sample = STEM_SAMPLE[p.code] ?? [...p.roles].slice(0, 20);
      for (const w of sample) {
        const s1 = p.stem(w);
        assert.equal(p.stem(w), s1, `stem of ${w} is deterministic`);
        assert.ok(s1.length > 0, `stem of ${w} is not empty`);
        const s2 = p.stem(s1);
        assert.equal(p.stem(s2), s2, `stems of ${w} settle: ${s1} → ${s2}`);
      }
    });

    it('gives every cue a valid stance and a lower-case lemma', () => {
      for (const [form, cue] of [...p.reportingVerbs, ...p.particleVerbs]) {
        assert.ok(STANCES.has(cue.stance), `${form}: stance ${cue.stance}`);
        assert.ok(cue.lemma.length > 0 && cue.lemma === cue.lemma.toLowerCase(), `${form}: lemma ${cue.lemma}`);
      }
      for (const m of p.sourceMarkers) {
        assert.ok(STANCES.has(m.stance), `${m.lemma}: stance ${m.stance}`);
        assert.ok(m.sourceSide === 'after' || m.sourceSide === 'before' || m.sourceSide === null);
        assert.ok(m.words.length > 0);
      }
    });

    it('writes particle-verb keys as "verb form|particle"', () => {
      for (const key of p.particleVerbs.keys()) assert.match(key, /^[^|\s]+\|[^|\s]+$/, key);
    });

    it('lists longer source markers before the shorter ones they contain', () => {
      p.sourceMarkers.forEach((a, i) => {
        p.sourceMarkers.forEach((b, j) => {
          if (a !== b && b.words.length > a.words.length && containsRun(b.words, a.words)) {
            assert.ok(j < i, `"${b.lemma}" must come before "${a.lemma}"`);
          }
        });
      });
    });

    it('has no stopword that is also a reporting verb form', () => {
      const clash = [...p.stopwords].filter((w) => p.reportingVerbs.has(w));
      assert.deepEqual(clash, []);
    });

    it('has speaker roles that are roles', () => {
      const missing = [...p.speakerRoles].filter((r) => !p.roles.has(r));
      assert.deepEqual(missing, []);
    });

    it('has finite numbers, and scale words greater than one', () => {
      for (const [w, v] of p.numberWords) assert.ok(Number.isFinite(v) && v >= 0, `${w} → ${v}`);
      for (const [w, v] of p.scaleWords) assert.ok(Number.isFinite(v) && v > 1, `${w} → ${v}`);
    });

    it('covers months 1–12, weekdays 0–6, and integral relative days', () => {
      assert.deepEqual([...new Set(p.months.values())].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      assert.deepEqual([...new Set(p.weekdays.values())].sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6]);
      for (const [w, v] of p.relativeDays) assert.ok(Number.isInteger(v), `${w} → ${v}`);
      assert.equal(p.relativeDays.has(p.code === 'de' ? 'heute' : 'today'), true);
    });

    it('maps pronouns to a gender or "any"', () => {
      assert.ok(p.pronouns.size > 0);
      for (const [w, g] of p.pronouns) assert.ok(g === 'm' || g === 'f' || g === 'any', `${w} → ${g}`);
    });

    it('has paired quote marks of one character each', () => {
      assert.ok(p.quotePairs.size > 0);
      for (const [open, close] of p.quotePairs) {
        assert.equal([...open].length, 1, open);
        assert.equal([...close].length, 1, close);
      }
    });

    it('has well-formed gazetteer entries with unique ids', () => {
      const ids = new Set<string>();
      for (const e of p.gazetteer) {
        assert.ok(GAZETTEER_PREFIXES.some((prefix) => e.id.startsWith(prefix) && e.id.length > prefix.length), `prefix of ${e.id}`);
        assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
        ids.add(e.id);
        assert.ok(ENTITY_TYPES.has(e.type), `${e.id}: type ${e.type}`);
        assert.ok(e.name.trim().length > 0 && e.name === e.name.trim(), `${e.id}: name`);
        assert.ok(e.aliases.includes(e.name), `${e.id}: aliases include the name`);
        for (const a of e.aliases) assert.ok(a.length > 0 && a === a.trim(), `${e.id}: alias ${JSON.stringify(a)}`);
      }
    });

    it('resolves every standsFor to an organisation in the gazetteer', () => {
      const byId = new Map(p.gazetteer.map((e) => [e.id, e]));
      for (const e of p.gazetteer) {
        if (e.standsFor === undefined) continue;
        const target = byId.get(e.standsFor);
        assert.ok(target, `${e.id} stands for unknown ${e.standsFor}`);
        assert.equal(target.type, 'organization', `${e.id} stands for ${e.standsFor}`);
        assert.notEqual(e.standsFor, e.id);
      }
    });

    it('gives no surface form to two gazetteer entries at the same time', () => {
      const owner = new Map<string, { id: string; from: string; until: string }>();
      const clashes: string[] = [];
      for (const e of p.gazetteer) {
        const dated = new Map(Object.entries(e.validity ?? {}).map(([alias, v]) => [alias.toLowerCase(), v]));
        for (const a of new Set(e.aliases.map((x) => x.toLowerCase()))) {
          // "Facebook" names org:facebook until 2021-10-28 and org:meta from then on: no clash.
          const v = { id: e.id, from: dated.get(a)?.from ?? '0000', until: dated.get(a)?.until ?? '9999' };
          const other = owner.get(a);
          if (other !== undefined && other.id !== e.id && other.from < v.until && v.from < other.until) clashes.push(`${a}: ${other.id} / ${e.id}`);
          owner.set(a, v);
        }
      }
      assert.deepEqual(clashes, []);
    });

    it('maps every adjective to a gazetteer id', () => {
      const ids = new Set(p.gazetteer.map((e) => e.id));
      const unknown = [...p.adjectives].filter(([, id]) => !ids.has(id)).map(([stem, id]) => `${stem} → ${id}`);
      assert.deepEqual(unknown, []);
    });
  });
}

describe('shared gazetteer', () => {
  it('links German and English names of the same thing by id', () => {
    const id = (lang: 'de' | 'en', alias: string) => gazetteerFor(lang).find((e) => e.aliases.includes(alias))?.id;
    assert.equal(id('de', 'Moskau'), 'city:moscow');
    assert.equal(id('en', 'Moscow'), 'city:moscow');
    assert.equal(id('de', 'Kiew'), id('en', 'Kyiv'));
    assert.equal(id('de', 'Kyjiw'), 'city:kyiv');
    assert.equal(id('de', 'Nordkorea'), 'country:KP');
    assert.equal(id('de', 'DVRK'), 'country:KP');
    assert.equal(id('en', 'DPRK'), 'country:KP');
    assert.equal(id('de', 'Vereinigte Staaten'), 'country:US');
    assert.equal(id('de', 'USA'), 'country:US');
    assert.equal(id('en', 'U.S.'), 'country:US');
    assert.equal(id('de', 'Großbritannien'), 'country:GB');
    assert.equal(id('en', 'Britain'), 'country:GB');
    assert.equal(id('de', 'Türkei'), id('en', 'Turkey'));
    assert.equal(id('de', 'Weißes Haus'), id('en', 'White House'));
    assert.equal(id('de', 'Vereinte Nationen'), 'org:un');
    assert.equal(id('de', 'IWF'), id('en', 'IMF'));
  });

  it('has every ISO region as a country, with the same ids in both languages', () => {
    const de = gazetteerFor('de');
    const en = gazetteerFor('en');
    assert.deepEqual(de.map((e) => e.id), en.map((e) => e.id));
    assert.ok(de.filter((e) => e.id.startsWith('country:')).length >= 249);
    assert.ok(de.filter((e) => e.id.startsWith('city:')).length >= 150);
  });

  it('marks capitals and seats of power as standing for a government', () => {
    const de = new Map(gazetteerFor('de').map((e) => [e.id, e]));
    assert.equal(de.get('city:pyongyang')?.standsFor, 'gov:KP');
    assert.equal(de.get('city:washington')?.standsFor, 'gov:US');
    assert.equal(de.get('org:kremlin')?.standsFor, 'gov:RU');
    assert.equal(de.get('org:kremlin')?.type, 'organization');
    assert.equal(de.get('org:white-house')?.standsFor, 'gov:US');
    assert.equal(de.get('gov:RU')?.name, 'Regierung Russlands');
    assert.equal(gazetteerFor('en').find((e) => e.id === 'gov:RU')?.name, 'Russian government');
  });
});

describe('pack de: behaviour', () => {
  const de = pack('de');

  it('reads reporting verbs with their stance', () => {
    assert.deepEqual(de.reportingVerbs.get('behauptete'), { lemma: 'behaupten', stance: 'distancing' });
    assert.deepEqual(de.reportingVerbs.get('sagte'), { lemma: 'sagen', stance: 'neutral' });
    assert.deepEqual(de.reportingVerbs.get('gesagt'), { lemma: 'sagen', stance: 'neutral', participle: true });
    assert.equal(de.reportingVerbs.get('bestritt')?.stance, 'contesting');
    assert.equal(de.reportingVerbs.get('betonte')?.stance, 'emphatic');
    assert.equal(de.reportingVerbs.get('unterstrich')?.stance, 'emphatic');
    assert.equal(de.reportingVerbs.get('warnte')?.stance, 'pressure');
    assert.equal(de.reportingVerbs.get('kritisierte')?.stance, 'pressure');
    assert.equal(de.reportingVerbs.get('eingeräumt')?.lemma, 'einräumen');
    assert.equal(de.reportingVerbs.get('zurückgewiesen')?.stance, 'contesting');
    assert.equal(de.reportingVerbs.get('zitierte')?.objectIsSpeaker, true);
    // Nouns more frequent than the verb form are not cues.
    assert.equal(de.reportingVerbs.has('angaben'), false);
    assert.equal(de.reportingVerbs.has('meinen'), false);
  });

  it('reads split particle verbs', () => {
    assert.deepEqual(de.particleVerbs.get('räumte|ein'), { lemma: 'einräumen', stance: 'conceding' });
    assert.deepEqual(de.particleVerbs.get('teilte|mit'), { lemma: 'mitteilen', stance: 'neutral' });
    assert.equal(de.particleVerbs.get('wies|zurück')?.stance, 'contesting');
    assert.equal(de.particleVerbs.get('stritt|ab')?.lemma, 'abstreiten');
    assert.equal(de.particleVerbs.get('gab|zu')?.stance, 'conceding');
    assert.equal(de.particleVerbs.get('kündigten|an')?.lemma, 'ankündigen');
    assert.equal(de.particleVerbs.get('fügt|hinzu')?.lemma, 'hinzufügen');
  });

  it('has source markers on the right side', () => {
    const side = (text: string) => de.sourceMarkers.find((m) => m.words.join(' ') === text)?.sourceSide;
    assert.equal(side('laut'), 'after');
    assert.equal(side('zufolge'), 'before');
    assert.equal(side('nach angaben'), 'after');
    assert.equal(side('nach angaben von'), 'after');
    assert.equal(side('demnach'), null);
  });

  it('matches country adjectives by their longest stem', () => {
    assert.equal(adjectiveId(de, 'nordkoreanischen'), 'country:KP');
    assert.equal(adjectiveId(de, 'koreanischen'), 'region:korean-peninsula');
    assert.equal(adjectiveId(de, 'russische'), 'country:RU');
    assert.equal(adjectiveId(de, 'US-amerikanischen'), 'country:US');
    assert.equal(adjectiveId(de, 'amerikanischer'), 'country:US');
    assert.equal(adjectiveId(de, 'indonesischen'), 'country:ID');
    assert.equal(adjectiveId(de, 'indischen'), 'country:IN');
    assert.equal(adjectiveId(de, 'österreichische'), 'country:AT');
    assert.equal(adjectiveId(de, 'deutsch-französischen'), 'country:DE');
    assert.equal(adjectiveId(de, 'ukrainerinnen'), 'country:UA');
    assert.equal(adjectiveId(de, 'deutschland'), null);
    assert.equal(adjectiveId(de, 'türkei'), null);
    assert.equal(adjectiveId(de, 'regierung'), null);
  });

  it('knows Konjunktiv I markers, numbers and dates', () => {
    for (const w of ['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'wolle']) assert.ok(de.subjunctiveMarkers.has(w), w);
    assert.equal(de.numberWords.get('zwei'), 2);
    assert.equal(de.numberWords.get('einundzwanzig'), 21);
    assert.equal(de.numberWords.get('dreihundert'), 300);
    assert.equal(de.scaleWords.get('millionen'), 1e6);
    assert.equal(de.scaleWords.get('mrd'), 1e9);
    assert.equal(de.months.get('märz'), 3);
    assert.equal(de.months.get('jänner'), 1);
    assert.equal(de.weekdays.get('mittwoch'), 3);
    assert.equal(de.relativeDays.get('gestern'), -1);
  });

  it('knows roles, loaded words, hedges and names', () => {
    assert.ok(de.roles.has('präsident') && de.roles.has('regierungssprecherin') && de.roles.has('machthaber'));
    assert.ok(de.speakerRoles.has('sprecher') && !de.speakerRoles.has('präsident'));
    assert.equal(de.loadedWords.get('regimes'), 'regime');
    assert.equal(de.loadedWords.get('aggressiven'), 'aggressiv');
    assert.equal(de.hedges.get('angeblichen'), 'angeblich');
    assert.ok(de.firstNames.has('wladimir') && de.firstNames.has('adrienne'));
    assert.ok(de.commonCapitalized.has('regierung') && de.commonCapitalized.has('gespräche'));
    assert.ok(!de.commonCapitalized.has('putin'));
  });
});

describe('pack en: behaviour', () => {
  const en = pack('en');

  it('reads reporting verbs with their stance', () => {
    assert.deepEqual(en.reportingVerbs.get('said'), { lemma: 'say', stance: 'neutral' });
    assert.equal(en.reportingVerbs.get('claimed')?.stance, 'distancing');
    assert.equal(en.reportingVerbs.get('denied')?.stance, 'contesting');
    assert.equal(en.reportingVerbs.get('admitted')?.stance, 'conceding');
    assert.equal(en.reportingVerbs.get('stressed')?.stance, 'emphatic');
    assert.equal(en.reportingVerbs.get('warned')?.stance, 'pressure');
    assert.equal(en.reportingVerbs.get('quoted')?.objectIsSpeaker, true);
    assert.equal(en.reportingVerbs.has('states'), false);
    assert.equal(en.particleVerbs.get('pointed|out')?.lemma, 'point out');
  });

  it('has "according to" before its source', () => {
    assert.equal(en.sourceMarkers.find((m) => m.words.join(' ') === 'according to')?.sourceSide, 'after');
  });

  it('matches adjectives, multi-word ones on a token pair', () => {
    assert.equal(adjectiveId(en, 'russian'), 'country:RU');
    assert.equal(adjectiveId(en, 'Americans'), 'country:US');
    assert.equal(adjectiveId(en, 'north koreans'), 'country:KP');
    assert.deepEqual(matchAdjective(en, 'north', 'korean'), { id: 'country:KP', tokens: 2 });
    assert.deepEqual(matchAdjective(en, 'korean', 'peninsula'), { id: 'region:korean-peninsula', tokens: 1 });
    assert.equal(adjectiveId(en, 'indiana'), null);
    assert.equal(adjectiveId(en, 'germany'), null);
  });

  it('knows numbers, dates, pronouns and names', () => {
    assert.equal(en.numberWords.get('twenty-one'), 21);
    assert.equal(en.numberWords.get('dozen'), 12);
    assert.equal(en.scaleWords.get('dozen'), 12);
    assert.equal(en.scaleWords.get('hundred'), 100);
    assert.equal(en.scaleWords.get('billion'), 1e9);
    assert.equal(en.months.get('sept'), 9);
    assert.equal(en.relativeDays.get('yesterday'), -1);
    assert.equal(en.pronouns.get('she'), 'f');
    assert.equal(en.subjunctiveMarkers.size, 0);
    assert.ok(en.abbreviations.has('u.s') && en.abbreviations.has('mr'));
    assert.ok(en.roles.has('spokeswoman') && en.speakerRoles.has('official'));
    assert.equal(en.loadedWords.get('regimes'), 'regime');
  });
});
