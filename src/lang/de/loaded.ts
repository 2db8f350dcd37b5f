/**
 * German loaded words: descriptors and words that carry a judgement when an
 * outlet uses them as its own label ("Regime", "Machthaber", "Besatzer",
 * "aggressiv"). Every inflected form is listed and maps to its lemma; matching
 * is by exact lower-case form. Nouns use the slash notation of ../shared/data.ts
 * ("diktator/s/en" → diktator, diktators, diktatoren); adjectives get the five
 * attributive endings (-e, -en, -er, -es, -em) added by code.
 */
import { expand, words } from '../shared/data.js';

const NOUNS = words(`
  regime/s regierungsregime/s terrorregime/s marionettenregime/s mullah-regime/s mullahregime/s
  unrechtsregime/s unrechtsstaat/es/en schurkenstaat/es/en
  machthaber/s/n/in diktator/s/en/in despot/en/in tyrann/en/in autokrat/en/in
  alleinherrscher/s/n gewaltherrscher/s/n kriegsherr/n/en potentat/en
  terrorist/en/in/innen extremist/en/in/innen islamist/en/in/innen dschihadist/en/in/innen
  fanatiker/s/n hardliner/s/n scharfmacher/s/n hetzer/s/n hassprediger/s/n
  kriegstreiber/s/n aggressor/s/en besatzer/s/n invasor/s/en okkupant/en
  marionette/n handlanger/s/n scherge/n putschist/en/in separatist/en/in
  freiheitskämpfer/s/n/in märtyrer/s/n/in
  bande/n clique/n junta/s clan/s/e mob/s pöbel/s horde/n
  propaganda propagandist/en hetze hetzkampagne/n lüge/n lügenpresse
  desinformation desinformationskampagne/n fake-news staatspropaganda kriegspropaganda
  kriegsverbrecher/s/n massenmörder/s/n schlächter/s/n
  massaker/s gemetzel/s blutbad/es/s vernichtungskrieg/es/s
  provokation/en provokateur/s/e/en säbelrasseln/s drohgebärde/n kriegsrhetorik
  gehirnwäsche indoktrination willkür
  angriffskrieg/es/s überfall/s/es raubkrieg/es
  spezialoperation militäroperation
  entnazifizierung
  flüchtlingswelle/n flüchtlingsstrom/s masseneinwanderung überfremdung
  asyltourismus asyltourist/en sozialschmarotzer/s/n gutmensch/en wutbürger/s/n
  querdenker/s/n verschwörungstheoretiker/s/n klimakleber/s/n chaot/en krawallmacher/s/n
  randalierer/s/n
  populist/en/in/innen faschist/en/in/innen nazi/s neonazi/s
  scheinreferendum/s scheinwahl/en pseudoreferendum/s
  marionettenregierung/en
  hexenjagd/en hetzjagd/en
  schandtat/en gräueltat/en
  chaos skandal/s/e/en desaster/s katastrophe/n debakel/s fiasko/s blamage/n schlappe/n klatsche/n
  wortbruch/s abzocke wahnsinn/s irrsinn/s schande panikmache hysterie klimahysterie bevormundung
  verbotspartei altparteien systemparteien kahlschlag/s raubzug/s zocker/s/n heuschrecke/n
  flüchtlingsflut asylflut machtgier vetternwirtschaft filz/es selbstbedienungsmentalität
  krawall/s/e chaostage
`);

const ADJECTIVES = words(`
  aggressiv brutal skrupellos umstritten radikal rücksichtslos menschenverachtend barbarisch
  grausam unberechenbar irrational größenwahnsinnig paranoid kriegslüstern kriegerisch
  feindselig militant fanatisch verbrecherisch kriminell korrupt völkerrechtswidrig
  dreist perfide zynisch heuchlerisch verlogen schamlos abscheulich feige hinterhältig
  niederträchtig absurd lächerlich grotesk empörend skandalös ungeheuerlich katastrophal
  beispiellos mutig heldenhaft tapfer heroisch selbstlos unerschrocken besonnen moderat
  gemäßigt populistisch rechtspopulistisch rechtsextrem linksextrem rechtsradikal linksradikal
  nationalistisch ultranationalistisch faschistisch stalinistisch totalitär autoritär
  diktatorisch despotisch repressiv undemokratisch kriegstreiberisch imperialistisch
  expansionistisch revanchistisch erzkonservativ ultrakonservativ reaktionär
  kremlnah kremltreu kremlfreundlich putinfreundlich putintreu regimetreu linientreu
  staatshörig moskautreu pekingtreu prorussisch selbsternannt unprovoziert
  völkermörderisch terroristisch extremistisch islamistisch dschihadistisch
  gewaltbereit hasserfüllt hetzerisch propagandistisch
  provokativ provokant martialisch
  chaotisch desaströs verheerend dramatisch alarmierend erschreckend unverschämt maßlos
  dubios fragwürdig unsäglich unerträglich verantwortungslos haarsträubend
`);

const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const spec of NOUNS) {
    const forms = expand(spec);
    const lemma = forms[0];
    if (lemma === undefined) continue;
    for (const form of forms) map.set(form, lemma);
  }
  for (const lemma of ADJECTIVES) {
    for (const ending of ADJECTIVE_ENDINGS) map.set(lemma + ending, lemma);
  }
  // Irregular plurals that the slash notation cannot express.
  map.set('flüchtlingsströme', 'flüchtlingsstrom');
  map.set('scheinreferenden', 'scheinreferendum');
  map.set('pseudoreferenden', 'pseudoreferendum');
  return map;
}

export const loadedWords: ReadonlyMap<string, string> = build();
