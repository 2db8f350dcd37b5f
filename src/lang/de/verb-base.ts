/**
 * German verb forms to one key: the participle and the finite forms of a verb meet
 * its infinitive ("beobachtet", "beobachtete", "beobachten"; "gewählt", "wählte";
 * "abgebaut", "abbauen"), which the stemmer leaves apart. A key of the comparison's
 * concept channel, so "US-Beamte beobachten" meets "wird … beobachtet".
 */

/** Separable prefixes before "ge" in a participle ("ab-ge-baut", "an-ge-kündigt"). */
const SEPARABLE = ['zurück', 'heraus', 'herein', 'hinaus', 'voran', 'weiter', 'fest', 'nach', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'her', 'hin', 'los', 'mit', 'vor', 'weg', 'zu', 'um'];

/** Letters verb endings are made of: "-t", "-et", "-te", "-ten", "-en", "-n". */
const ENDING_LETTERS = new Set(['t', 'e', 'n']);
/** Shortest base kept: "hält" stays as it is. */
const MIN_BASE = 4;

/**
 * A key shared by the forms of one lower-case German verb, or null for a word too
 * short to tell. Participle prefixes go ("ge", after a separable prefix too), then
 * the ending letters t, e, n from the end: "beobachten", "beobachtet",
 * "beobachtete" → "beobach"; "gewählt", "wählen", "wählten" → "wähl". The key is no
 * word, only a meeting point; the comparison uses it where the stems differ.
 */
export function germanVerbBase(norm: string): string | null {
  const strong = strongBase(norm);
  if (strong !== null) return strong;
  return regularBase(norm);
}

/**
 * Strong and irregular verbs whose stem changes ("ging" / "geht" / "gegangen",
 * "starb" / "gestorben"): infinitive, then forms. Forms that are also nouns
 * ("stand", "schloss", "griff", "trug") are left out: case is not known here.
 */
const STRONG = `
  gehen: ging gingen geht gegangen
  kommen: kam kamen kommt gekommen
  fallen: fiel fielen fällt gefallen
  halten: hielt hielten hält gehalten
  treffen: traf trafen trifft getroffen
  sprechen: sprach sprachen spricht gesprochen
  nehmen: nahm nahmen nimmt genommen
  geben: gab gaben gibt gegeben
  sehen: sah sahen sieht gesehen
  stehen: standen steht gestanden
  liegen: lagen gelegen
  sterben: starb starben stirbt gestorben
  steigen: stieg stiegen gestiegen
  schießen: schossen schießt geschossen
  stechen: stach stachen sticht gestochen
  werfen: warf warfen wirft geworfen
  finden: fand fanden gefunden
  bleiben: blieb blieben geblieben
  schreiben: schrieb schrieben geschrieben
  verlieren: verlor verloren verliert
  gewinnen: gewann gewannen gewinnt gewonnen
  beginnen: begann begannen beginnt begonnen
  tragen: trugen trägt getragen
  schlagen: schlug schlugen schlägt geschlagen
  lassen: ließ ließen lässt gelassen
  rufen: rief riefen gerufen
  ziehen: zog zogen gezogen
  bringen: brachte brachten gebracht
  denken: dachte dachten gedacht
  nennen: nannte nannten genannt
  kennen: kannte kannten gekannt
  wissen: wusste wussten weiß gewusst
  entscheiden: entschied entschieden
  scheiden: schied schieden geschieden
  bieten: boten geboten
  verbieten: verbot verboten
  fliegen: flog flogen geflogen
  fliehen: floh flohen geflohen
  schließen: schlossen geschlossen
  treten: trat traten tritt getreten
  weisen: wies wiesen gewiesen
  brechen: brach brachen bricht gebrochen
  helfen: half halfen hilft geholfen
  laufen: lief liefen läuft gelaufen
  sitzen: saß saßen gesessen
  erliegen: erlag erlagen erlegen
  fahren: fuhr fuhren fährt gefahren
  schneiden: schnitten geschnitten
  reißen: rissen gerissen
  leiden: litt litten gelitten
  tun: tat taten tut getan
  sein: war waren gewesen
  werden: wurde wurden wird geworden
`;

/** Prefixes before a strong form ("verlor", "unterbrach", "zurückgewiesen", "abgesagt"). */
const INSEPARABLE = new Set(['über', 'unter', 'wider', 'ver', 'ent', 'zer', 'emp', 'be', 'er']);
const STRONG_PREFIXES = [...INSEPARABLE, ...SEPARABLE];

let strongForms: Map<string, string> | null = null;

function strongTable(): Map<string, string> {
  if (strongForms) return strongForms;
  strongForms = new Map();
  for (const line of STRONG.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const infinitive = line.slice(0, colon).trim();
    const key = regularBase(infinitive) ?? infinitive;
    strongForms.set(infinitive, key);
    for (const form of line.slice(colon + 1).trim().split(/\s+/)) strongForms.set(form, key);
  }
  return strongForms;
}

/** The key of a strong verb's form, with a prefix in front ("unterbrach" → "unter" + "brech"); null when none. */
function strongBase(norm: string): string | null {
  const table = strongTable();
  const own = table.get(norm);
  if (own !== undefined) return own;
  for (const p of STRONG_PREFIXES) {
    if (!norm.startsWith(p) || norm.length - p.length < 3) continue;
    const rest = norm.slice(p.length);
    // A separable participle keeps its "ge" after the prefix ("zurückgewiesen" → "zurück" + "gewiesen");
    // an inseparable one has none ("unterbrochen" is "unter" + "gebrochen" without it).
    const key = table.get(rest) ?? (INSEPARABLE.has(p) ? table.get(`ge${rest}`) : undefined);
    if (key !== undefined) return p + key;
  }
  return null;
}

function regularBase(norm: string): string | null {
  if (norm.length < 5) return null;
  let w = norm;
  let prefixed = false;
  for (const p of SEPARABLE) {
    if (w.startsWith(`${p}ge`) && w.length > p.length + 4) {
      w = p + w.slice(p.length + 2);
      prefixed = true;
      break;
    }
  }
  if (!prefixed && w.startsWith('ge') && w.length > 6) w = w.slice(2);
  let end = w.length;
  while (end > MIN_BASE && ENDING_LETTERS.has(w[end - 1]!)) end--;
  return end === w.length && !prefixed && w === norm ? null : w.slice(0, end);
}
