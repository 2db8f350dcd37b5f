/** German pronouns, reported-speech mood markers and quote marks. */
import { words } from '../shared/data.js';

/** Subject pronouns that can stand for a speaker. "sie" is she or they. */
export const pronouns: ReadonlyMap<string, 'm' | 'f' | 'any'> = new Map([
  ['er', 'm'],
  ['sie', 'any'],
]);

/**
 * Konjunktiv I forms that differ from the indicative in the 3rd person
 * singular (and "seien" in the plural): the reportative mood of indirect
 * speech. Forms that coincide with capitalised nouns (Folge, Sorge, Stelle, Teile,
 * Glaube, Suche, Versuche, Kämpfe, Rede, Sitze, Ende, Spiele, Ziele, Wünsche,
 * Falle, Laufe, Berichte, Gewinne, Pläne) or with possessives (meine) are left out.
 */
export const subjunctiveMarkers: ReadonlySet<string> = new Set(words(`
  sei seien habe werde könne müsse solle wolle dürfe möge wisse
  gebe komme gehe stehe liege sehe lasse halte nehme bleibe finde trage fahre helfe
  spreche treffe vertrete werfe wachse gelte geschehe erhalte beginne bestehe enthalte
  entstehe verstehe
  sage mache arbeite brauche führe zeige erkläre fordere handle verfüge befinde betreffe
  drohe erwarte gehöre hoffe kenne lebe leide liefere stamme zahle beabsichtige
  bereite besitze bestätige betrage biete bringe denke diene entscheide erfahre erreiche
  fehle fühle greife kontrolliere lehne nutze passiere prüfe reagiere rechne sterbe steige
  unterstütze verhandle verletze verlange verliere weigere warne behaupte bestreite
  benötige beteilige beziehe bezeichne erlaube ermögliche fürchte gestatte handele hänge
  melde schaffe schließe schreibe setze trete tue verfolge verhindere vermute versichere
  wirke zähle
`));

/**
 * Konjunktiv II forms. In the plural, Konjunktiv I equals the indicative, so
 * reported speech switches to these; treat them as reported only with a
 * reporting frame in the same or the previous sentence. Forms equal to an indicative
 * preterite (sollte, wollte, hielten, blieben) are left out. (Not part of the
 * LanguagePack interface; exported for the German analysis to use.)
 */
export const konjunktivII: ReadonlySet<string> = new Set(words(`
  wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften
  möchte möchten wüsste wüssten gäbe gäben käme kämen ginge gingen stünde stünden
  stände ständen läge lägen sähe sähen ließe hielte nähme nähmen bliebe fände fänden
  täte täten
`));

/** Paired quote marks: opening → closing. */
export const quotePairs: ReadonlyMap<string, string> = new Map([
  ['„', '“'],
  ['»', '«'],
  ['«', '»'],
  ['"', '"'],
  ['‚', '‘'],
  ['“', '”'],
  ['›', '‹'],
]);

/** Words that open a reported content clause: "sagte, dass …", "fragte, ob …", "erklärte, wie …". */
export const complementizers: ReadonlySet<string> = new Set(words(`
  dass ob wie warum weshalb wieso weswegen wer was wo wann welche welcher welches wohin woher
`));

/** Conjunctions that open an adverbial clause: "Als er ankam, sagte er …" has no content before the cue. */
export const adverbialOpeners: ReadonlySet<string> = new Set(words(`
  als wenn weil nachdem bevor obwohl obgleich während da seit seitdem sobald solange falls indem damit bis
`));

/**
 * Nouns after which quote marks hold a name or title, not speech: "unter dem
 * Motto „…“", "den Titel „…“", "der Online-Händler „…“". Words for speech itself
 * (Worte, Satz, Parole) are not here.
 */
export const titleNouns: ReadonlySet<string> = new Set(words(`
  titel motto namen name überschrift schlagzeile album albums buch buches films film lied liedes song single
  sendung serie rubrik kategorie projekt projekts kampagne operation enzyklika auszeichnung
  stück theaterstück roman werk programm programms aktion initiative bündnis zeitung zeitschrift magazin
  magazins blatt fachblatt tageszeitung wochenzeitung sender senders fernsehsender website internetseite
  gruppe band firma unternehmen unternehmens verein vereins organisation organisationen partei bewegung
  codename codenamen schiff mission studie verordnung abkommen vertrag festival turnier
  ausstellung veranstaltung konferenz gipfel netzwerk plattform portal dienst onlinedienst app software
  spiel spiels modell modells marke produkt stiftung zentrum institut
  begriff begriffs prädikat bezeichnung stamm stammes musical oper namens gesetz gesetzes preis preises
`));

/** Lower-case words ending in -e that are no verb forms: adverbs, determiners, pronouns, prepositions, particles. */
const NOT_VERBS_IN_E = new Set(words(`
  eine keine meine deine seine ihre unsere eure jede jene diese welche solche manche beide andere einige viele wenige
  mehrere alle etliche sämtliche irgendeine heute gerne ohne bitte lange alleine ferne nahe gerade danke ende
  obere untere innere äußere hintere vordere halbe ganze erste zweite dritte letzte nächste weitere übrige
  selbe dieselbe derselbe jedwede genaue gleiche gemeinsame bekannte sogenannte so-genannte
  deutsche russische amerikanische
  schade weise leise träge müde böse feige rege öde vage
  ebene daheime zuhause stracke gestalte
`));

/**
 * The shape of a Konjunktiv I form outside the closed list: stem + -e ("er
 * blockiere", "sie verlange", "es existiere"). Preterite forms in -te ("sagte")
 * and words that are no verbs are excluded; the analysis adds the position check
 * (no noun follows, as it would an attributive adjective: "die große Koalition").
 */
const shapeMemo = new Map<string, boolean>();

export function subjunctiveShape(word: string): boolean {
  let known = shapeMemo.get(word);
  if (known === undefined) {
    known = shapeOf(word);
    if (shapeMemo.size > 50_000) shapeMemo.clear();
    shapeMemo.set(word, known);
  }
  return known;
}

function shapeOf(word: string): boolean {
  if (word.length < 5 || !word.endsWith('e') || NOT_VERBS_IN_E.has(word)) return false;
  if (word.endsWith('iere')) return /^[a-zäöüß]+$/.test(word);
  if (/(?:te|ige|liche|ische|ene|ere|ste|ende|ale|ive|are|ose)$/.test(word)) return false;
  return /^[a-zäöüß]+$/.test(word);
}

/** When a reporting verb without a content clause reports no speech (see LanguagePack.speechActLimits). */
export const speechActLimits = {
  idioms: new Set(['genauer', 'anders', 'ehrlich', 'offen', 'kurz', 'besser', 'salopp', 'grob', 'nebenbei', 'sozusagen']),
  negations: new Set(['nicht', 'nie', 'niemals', 'keineswegs']),
  anaphors: new Set(['dies', 'dieses', 'das', 'es', 'diesen', 'dieser']),
  needs: new Map([['drohen', 'mit']]),
};
