/**
 * German attribution cues: reporting verbs with their inflected forms, split
 * particle verbs ("teilte … mit"), and source markers ("laut", "zufolge").
 *
 * Forms are generated from compact specs: regular (weak) verbs from the
 * infinitive, irregular (strong) verbs from their listed finite forms. Every
 * verb yields 3rd person singular and plural present, preterite singular and
 * plural, past participle, Konjunktiv I (3rd singular) and Konjunktiv II.
 * Separable verbs yield their joined forms ("mitteilte", "mitgeteilt": word
 * order in subordinate clauses) as reporting verbs and their split finite forms
 * as particle-verb keys "teilte|mit".
 *
 * Some forms coincide with capitalised nouns ("berichten"/"Berichten",
 * "angaben"/"Angaben", "schreiben"/"Schreiben"): a mid-sentence capitalised
 * token is a noun, not a cue.
 */
import type { Cue, SourceMarker } from '../../core/lang/pack.js';
import type { Stance } from '../../core/model/analysis.js';
import { marker, words } from '../shared/data.js';

/** Regular verbs by stance: infinitives, "particle+verb" for separable ones. */
const WEAK: Readonly<Record<Stance, string>> = {
  neutral: `
    sagen erklären berichten äußern ergänzen bestätigen schildern erläutern melden informieren
    zitieren antworten erwidern entgegnen meinen verkünden verlautbaren twittern posten fragen
    kommentieren präzisieren wiederholen begründen argumentieren bekunden vermelden konstatieren
    bemerken resümieren bilanzieren signalisieren
    mit+teilen an+kündigen hinzu+fügen an+fügen fest+stellen dar+legen aus+führen an+merken aus+sagen
  `,
  distancing: `
    behaupten beteuern unterstellen prahlen brüsten suggerieren insistieren weis+machen
  `,
  contesting: `
    dementieren leugnen verneinen bezweifeln widerlegen relativieren
    ab+lehnen an+zweifeln
  `,
  conceding: `
    ein+räumen
  `,
  emphatic: `
    betonen bekräftigen versichern beharren
    klar+stellen klar+machen deutlich+machen zu+sichern zu+sagen
  `,
  pressure: `
    warnen drohen fordern verlangen kritisieren beklagen verurteilen drängen appellieren mahnen
    ermahnen beschuldigen bezichtigen attackieren rügen tadeln monieren bemängeln beanstanden
    protestieren wettern schimpfen klagen beschweren geißeln
    an+drohen auf+fordern an+mahnen an+prangern an+klagen
  `,
  other: `
    vermuten spekulieren mutmaßen schätzen prognostizieren hoffen glauben befürchten bezeichnen loben
    vorher+sagen voraus+sagen an+deuten herunter+spielen dar+stellen nahe+legen ab+wiegeln
    werten bewerten urteilen beurteilen würdigen rechtfertigen danken
  `,
};

/**
 * Irregular verbs: "lemma = finite forms / participle". Finite forms are 3sg and
 * 3pl present, preterite, Konjunktiv I and II. A lemma written "particle+verb"
 * is separable: the finite forms are those of the base verb.
 */
const STRONG: Readonly<Record<Stance, string>> = {
  neutral: `
    schreiben = schreibt schreiben schrieb schrieben schreibe schriebe / geschrieben
    sprechen = spricht sprechen sprach sprachen spreche spräche / gesprochen
    heißen = heißt hieß hieße /
    verweisen = verweist verweisen verwies verwiesen verweise / verwiesen
    an+geben = gibt geben gab gaben gebe gäbe gäben / angegeben
    bekannt+geben = gibt geben gab gaben gebe gäbe gäben / bekanntgegeben
    hin+weisen = weist weisen wies wiesen weise wiese / hingewiesen
    fest+halten = hält halten hielt hielten halte hielte / festgehalten
    preis+geben = gibt geben gab gaben gebe gäbe gäben / preisgegeben
  `,
  distancing: `
    vor+geben = gibt geben gab gaben gebe gäbe gäben / vorgegeben
  `,
  contesting: `
    bestreiten = bestreitet bestreiten bestritt bestritten bestreite bestritte / bestritten
    widersprechen = widerspricht widersprechen widersprach widersprachen widerspreche widerspräche / widersprochen
    ab+streiten = streitet streiten stritt stritten streite stritte / abgestritten
    zurück+weisen = weist weisen wies wiesen weise wiese / zurückgewiesen
    ab+weisen = weist weisen wies wiesen weise wiese / abgewiesen
    ein+wenden = wendet wenden wandte wandten wendete wendeten wende / eingewandt eingewendet
    entgegen+halten = hält halten hielt hielten halte hielte / entgegengehalten
    entgegen+treten = tritt treten trat traten trete träte / entgegengetreten
    aus+schließen = schließt schließen schloss schlossen schließe / ausgeschlossen
  `,
  conceding: `
    gestehen = gesteht gestehen gestand gestanden gestehe gestünde / gestanden
    zu+geben = gibt geben gab gaben gebe gäbe gäben / zugegeben
    ein+gestehen = gesteht gestehen gestand gestanden gestehe gestünde / eingestanden
    zu+gestehen = gesteht gestehen gestand gestanden gestehe gestünde / zugestanden
  `,
  emphatic: `
    unterstreichen = unterstreicht unterstreichen unterstrich unterstrichen unterstreiche / unterstrichen
    versprechen = verspricht versprechen versprach versprachen verspreche verspräche / versprochen
    schwören = schwört schwören schwor schworen schwöre / geschworen
    hervor+heben = hebt heben hob hoben hebe höbe / hervorgehoben
    heraus+streichen = streicht streichen strich strichen streiche striche / herausgestrichen
  `,
  pressure: `
    vor+werfen = wirft werfen warf warfen werfe / vorgeworfen
    auf+rufen = ruft rufen rief riefen rufe riefe / aufgerufen
  `,
  other: `
    nennen = nennt nannte nannten /
    vor+schlagen = schlägt schlagen schlug schlugen schlage schlüge / vorgeschlagen
    aus+gehen = geht gehen ging gingen gehe ginge / ausgegangen
  `,
};

/**
 * Forms never used as cues: function words ("meine", "meinen") and forms whose
 * capitalised noun homograph is far more frequent in news than the verb
 * ("Angaben", "Fragen", "Klage", "Hinweise", "Posten", "Versprechen"). The
 * verb's other forms stay ("fragte", "klagte", "hingewiesen").
 */
const EXCLUDED_FORMS = new Set(words(`
  meine meinen angaben aussagen aussage antworten fragen frage klage klagen anklage anklagen
  versprechen rüge hinweise hinweisen aufrufe vorgaben vorhersage vorhersagen voraussage
  voraussagen posten zusagen zusage drängen berichte
`));

/** Verbs whose grammatical object is the person quoted ("zitierte Medien Peskow"). */
const OBJECT_IS_SPEAKER = new Set(['zitieren']);

const INSEPARABLE = /^(be|emp|ent|er|miss|ver|zer|wider|hinter|unter|über|wiederhol)/;

interface VerbForms {
  /** Finite forms that stand alone in main clauses. */
  finite: string[];
  participle: string[];
}

/** Forms of a regular verb from its infinitive. */
function weakForms(infinitive: string): VerbForms {
  if (infinitive.endsWith('eln') || infinitive.endsWith('ern')) {
    const stem = infinitive.slice(0, -1);
    const ge = INSEPARABLE.test(infinitive) || infinitive.endsWith('ieren') ? '' : 'ge';
    const finite = [`${stem}t`, infinitive, `${stem}te`, `${stem}ten`, `${stem}e`];
    // Konjunktiv I of -eln verbs also drops the stem e: "bezweifle" beside "bezweifele".
    if (infinitive.endsWith('eln')) finite.push(`${stem.slice(0, -2)}le`);
    return { finite, participle: [`${ge}${stem}t`] };
  }
  const stem = infinitive.slice(0, -2);
  const e = /[dt]$/.test(stem) || /(?:[^aeiouäöülrhmn]|ch)[mn]$/.test(stem) ? 'e' : '';
  const ge = INSEPARABLE.test(infinitive) || infinitive.endsWith('ieren') ? '' : 'ge';
  return {
    finite: [`${stem}${e}t`, infinitive, `${stem}${e}te`, `${stem}${e}ten`, `${stem}e`],
    participle: [`${ge}${stem}${e}t`],
  };
}

function parseStrong(line: string): { lemma: string; forms: VerbForms } | null {
  const eq = line.indexOf('=');
  if (eq < 0) return null;
  const lemma = line.slice(0, eq).trim();
  const [finite = '', participle = ''] = line.slice(eq + 1).split('/');
  return { lemma, forms: { finite: words(finite), participle: words(participle) } };
}

/**
 * Konjunktiv forms among a verb's finite forms (3sg present, 3pl present, preterite
 * singular and plural, then Konjunktiv I and II): from the third form on, a form
 * ending in -e that is not a preterite (no plural "-en" of it follows) — "betone",
 * "unterstreiche", "gäbe", but not "sagte"/"sagten" or "wandte"/"wandten".
 */
function isSubjunctiveForm(form: string, index: number, finite: readonly string[]): boolean {
  if (index < 2 || !form.endsWith('e')) return false;
  if (finite[index + 1] === `${form}n`) return false;
  return index > 2 || !form.endsWith('te');
}

interface CueTables {
  reportingVerbs: Map<string, Cue>;
  particleVerbs: Map<string, Cue>;
}

function add(tables: CueTables, spec: string, forms: VerbForms, stance: Stance): void {
  const plus = spec.indexOf('+');
  const particle = plus < 0 ? '' : spec.slice(0, plus);
  const base = plus < 0 ? spec : spec.slice(plus + 1);
  const lemma = particle + base;
  const cue: Cue = OBJECT_IS_SPEAKER.has(lemma) ? { lemma, stance, objectIsSpeaker: true } : { lemma, stance };
  const subjunctiveCue: Cue = { ...cue, subjunctive: true };
  const set = (form: string, c: Cue = cue): void => {
    // A form shared with the indicative ("sagte" is preterite and Konjunktiv II) stays indicative.
    if (!EXCLUDED_FORMS.has(form) && !(c.subjunctive && tables.reportingVerbs.has(form))) tables.reportingVerbs.set(form, c);
  };
  const moodOf = (f: string, i: number) => (isSubjunctiveForm(f, i, forms.finite) ? subjunctiveCue : cue);
  if (particle) {
    forms.finite.forEach((f, i) => {
      tables.particleVerbs.set(`${f}|${particle}`, moodOf(f, i));
      set(particle + f, moodOf(f, i));
    });
    set(particle + base);
  } else {
    forms.finite.forEach((f, i) => set(f, moodOf(f, i)));
    set(base);
  }
  // Participles keep their finite reading where they share the form ("behauptet"), marked as possible participles.
  for (const p of forms.participle) {
    if (EXCLUDED_FORMS.has(p)) continue;
    const finite = tables.reportingVerbs.get(p);
    tables.reportingVerbs.set(p, { ...(finite ?? cue), participle: true });
  }
}

function build(): CueTables {
  const tables: CueTables = { reportingVerbs: new Map(), particleVerbs: new Map() };
  for (const [stance, list] of Object.entries(WEAK) as [Stance, string][]) {
    for (const spec of words(list)) {
      const plus = spec.indexOf('+');
      const base = plus < 0 ? spec : spec.slice(plus + 1);
      const forms = weakForms(base);
      if (plus >= 0) {
        // Participle of a separable verb: particle + ge + stem ("mitgeteilt").
        const particle = spec.slice(0, plus);
        forms.participle = forms.participle.map((p) => particle + (p.startsWith('ge') || INSEPARABLE.test(base) ? p : `ge${p}`));
      }
      add(tables, spec, forms, stance);
    }
  }
  for (const [stance, list] of Object.entries(STRONG) as [Stance, string][]) {
    for (const line of list.split('\n')) {
      const parsed = parseStrong(line);
      if (parsed) add(tables, parsed.lemma, parsed.forms, stance);
    }
  }
  return tables;
}

const tables = build();

/**
 * "ließ … verlauten", "ließ über seinen Sprecher mitteilen": "lassen" with an infinitive
 * of speech at the clause's end reports what the subject had said. Read like a split
 * particle verb (finite form of "lassen" | infinitive).
 */
const LASSEN_FORMS = words('lässt lassen ließ ließen lasse ließe');
const LASSEN_INFINITIVES: Readonly<Record<string, Stance>> = {
  verlauten: 'neutral',
  verbreiten: 'neutral',
  mitteilen: 'neutral',
  ausrichten: 'neutral',
  erklären: 'neutral',
  wissen: 'neutral',
  dementieren: 'contesting',
};
for (const [infinitive, stance] of Object.entries(LASSEN_INFINITIVES)) {
  LASSEN_FORMS.forEach((f, i) => {
    const cue: Cue = { lemma: `${infinitive} lassen`, stance };
    // "lasse", "ließe": Konjunktiv I and II.
    tables.particleVerbs.set(`${f}|${infinitive}`, i >= 4 ? { ...cue, subjunctive: true } : cue);
  });
}

/** Inflected reporting verbs → lemma and stance ("behauptete" → behaupten, distancing). */
export const reportingVerbs: ReadonlyMap<string, Cue> = tables.reportingVerbs;

/** Split separable verbs: "finite form|particle" → cue ("räumte|ein" → einräumen, conceding). */
export const particleVerbs: ReadonlyMap<string, Cue> = tables.particleVerbs;

/**
 * Source markers, longest first so that a matcher taking the first match
 * prefers "nach angaben von" over "nach angaben".
 */
const EVIDENCE_NOUNS = words('angaben informationen erkenntnissen berichten schätzungen aussagen');
const EVIDENCE_ADJECTIVES = words('ersten jüngsten neuesten neuen vorläufigen bisherigen übereinstimmenden');

export const sourceMarkers: readonly SourceMarker[] = [
  ...EVIDENCE_ADJECTIVES.flatMap((a) => EVIDENCE_NOUNS.map((n) => marker(`nach ${a} ${n}`, 'after', 'neutral'))),
  ...EVIDENCE_ADJECTIVES.flatMap((a) => EVIDENCE_NOUNS.map((n) => marker(`${a} ${n} zufolge`, 'before', 'neutral'))),
  marker('dem vernehmen nach', 'after', 'distancing'),
  marker('nach polizeiangaben', 'after', 'neutral'),
  marker('nach behördenangaben', 'after', 'neutral'),
  marker('nach regierungsangaben', 'after', 'neutral'),
  marker('nach einer studie', 'after', 'neutral'),
  marker('nach einer umfrage', 'after', 'neutral'),
  marker('polizeiangaben zufolge', 'before', 'neutral'),
  marker('nach eigenen angaben', 'before', 'neutral'),
  marker('eigenen angaben zufolge', 'before', 'neutral'),
  marker('nach offiziellen angaben', 'after', 'neutral'),
  marker('nach inoffiziellen angaben', 'after', 'distancing'),
  marker('nach unbestätigten angaben', 'after', 'distancing'),
  marker('unbestätigten berichten zufolge', 'before', 'distancing'),
  marker('nach bisherigen erkenntnissen', 'after', 'other'),
  marker('nach angaben von', 'after', 'neutral'),
  marker('nach informationen von', 'after', 'neutral'),
  marker('nach darstellung von', 'after', 'distancing'),
  marker('nach aussagen von', 'after', 'neutral'),
  marker('nach den worten', 'after', 'neutral'),
  marker('unter berufung auf', 'after', 'neutral'),
  marker('nach angaben', 'after', 'neutral'),
  marker('nach informationen', 'after', 'neutral'),
  marker('nach darstellung', 'after', 'distancing'),
  marker('nach aussagen', 'after', 'neutral'),
  marker('nach aussage', 'after', 'neutral'),
  marker('nach worten', 'after', 'neutral'),
  marker('nach erkenntnissen', 'after', 'neutral'),
  marker('nach berichten', 'after', 'distancing'),
  marker('nach medienberichten', 'after', 'distancing'),
  marker('nach einschätzung', 'after', 'other'),
  marker('nach ansicht', 'after', 'other'),
  marker('nach auffassung', 'after', 'other'),
  marker('nach meinung', 'after', 'other'),
  marker('nach schätzungen', 'after', 'other'),
  marker('aus sicht', 'after', 'other'),
  marker('aus kreisen', 'after', 'neutral'),
  marker('berichten zufolge', 'before', 'distancing'),
  marker('medienberichten zufolge', 'before', 'distancing'),
  marker('meldungen zufolge', 'before', 'distancing'),
  marker('gerüchten zufolge', 'before', 'distancing'),
  marker('laut', 'after', 'neutral'),
  marker('zufolge', 'before', 'neutral'),
  marker('zu folge', 'before', 'neutral'),
  // "Demnach …": according to what was just reported (the source is never in its own sentence).
  marker('demnach', null, 'neutral'),
  marker('gemäß', 'after', 'neutral'),
];

/**
 * Evidential nouns: "nach" + a phrase ending in one is a source marker ("nach
 * einer Stellungnahme der Armee", "nach Bahnangaben", "nach dem Willen der UN").
 */
export const evidentialNouns: ReadonlyMap<string, Stance> = new Map<string, Stance>([
  ...words(`angaben angabe informationen information erkenntnissen erkenntnis studie umfrage stellungnahme mitteilung
    erklärung aussage aussagen worten schätzung schätzungen zählung berechnungen berechnung untersuchungen untersuchung
    recherchen unterlagen dokumenten daten ergebnissen prognose prognosen meldung meldungen auskunft auskünften`).map(
    (w): [string, Stance] => [w, 'neutral'],
  ),
  ...words('darstellung berichten bericht gerüchten vermutungen').map((w): [string, Stance] => [w, 'distancing']),
  ...words('meinung ansicht auffassung einschätzung überzeugung verständnis sicht willen wunsch vorstellung vorstellungen').map(
    (w): [string, Stance] => [w, 'other'],
  ),
]);

/**
 * Nouns that frame reported content: "der Vorwurf, er habe …", "die Forderung,
 * dass …", "die Ankündigung, … zu …". Each line: stance, then lemma/endings
 * ("vorwurf/s/e/en" → vorwurf, vorwurfs, vorwurfe, vorwurfen; umlaut plurals listed whole).
 */
const SPEECH_NOUNS: Readonly<Record<Stance, string>> = {
  neutral: `ankündigung/en aussage/n erklärung/en mitteilung/en meldung/en bericht/s/e/en hinweis/es/e/en feststellung/en
    antwort/en frage/n information/en angabe/n bekanntgabe nachricht/en auskunft äußerung/en bestätigung/en stellungnahme/n`,
  distancing: 'behauptung/en gerücht/s/e/en darstellung/en beteuerung/en unterstellung/en',
  contesting: 'dementi/s einwand/s einwände/n widerspruch/s zurückweisung bestreitung',
  conceding: 'eingeständnis/ses/se geständnis/ses/se einräumung',
  emphatic: 'zusage/n versprechen/s versicherung/en bekräftigung beteuerung',
  pressure: `vorwurf/s/es vorwürfe/n forderung/en warnung/en drohung/en appell/s/e aufforderung/en aufruf/s/e
    kritik anschuldigung/en beschuldigung/en anklage/n klage/n mahnung/en`,
  other: `einschätzung/en ansicht/en auffassung/en meinung/en überzeugung/en vermutung/en verdacht/s befürchtung/en
    hoffnung/en sorge/n prognose/n theorie/n ergebnis/ses/se schluss/es schlussfolgerung/en vorschlag/s/es vorschläge/n
    plan/s/es pläne/n absicht/en idee/n annahme/n erwartung/en`,
};

function expandNoun(spec: string): string[] {
  const [base = '', ...endings] = spec.split('/');
  return [base, ...endings.map((e) => base + e)];
}

export const speechNouns: ReadonlyMap<string, Cue> = new Map(
  (Object.entries(SPEECH_NOUNS) as [Stance, string][]).flatMap(([stance, list]) =>
    words(list).flatMap((spec) => {
      const lemma = spec.split('/')[0]!;
      return expandNoun(spec).map((form): [string, Cue] => [form, { lemma, stance }]);
    }),
  ),
);
