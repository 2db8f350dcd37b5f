/**
 * German role and title nouns, with their inflected forms. The slash notation
 * expands a base form with suffixes: "präsident/en/in/innen" → präsident,
 * präsidenten, präsidentin, präsidentinnen. Compounds with a name or
 * organisation ("Kreml-Sprecher", "US-Präsident") are left to the analysis code,
 * which matches their last part against these lists; so no role may be the
 * tail of a frequent non-role word ("Zeuge" is out: "Flugzeuge"), and no role
 * plus an inflection ending may be a frequent word ("Oberst" is out: "obersten").
 */
import { expandAll } from '../shared/data.js';

/** Spokespeople and officials: a later "der Sprecher" can refer back to them. */
const SPEAKER_ROLES = expandAll(`
  sprecher/s/n/in/innen regierungssprecher/s/n/in/innen pressesprecher/s/n/in/innen
  ministeriumssprecher/s/n/in/innen militärsprecher/s/n/in/innen armeesprecher/s/n/in/innen
  polizeisprecher/s/n/in/innen parteisprecher/s/n/in/innen sicherheitssprecher/s/n/in/innen
  außenamtssprecher/s/n/in/innen vizeregierungssprecher/s/n/in/innen
  vertreter/s/n/in/innen regierungsvertreter/s/n/in/innen
  beamte/r/n beamtin/nen regierungsbeamte/r/n beamter
  funktionär/s/e/en/in/innen parteifunktionär/s/e/en/in/innen
  diplomat/en/in/innen
  mitarbeiter/s/n/in/innen
  insider/s/n
`);

const ROLES = expandAll(`
  präsident/en/in/innen vizepräsident/en/in/innen bundespräsident/en/in
  staatspräsident/en/in ministerpräsident/en/in/innen regierungspräsident/en/in
  parlamentspräsident/en/in bundestagspräsident/en/in kommissionspräsident/en/in
  ratspräsident/en/in polizeipräsident/en/in
  kanzler/s/n/in/innen bundeskanzler/s/n/in vizekanzler/s/n/in altkanzler/s/in
  premierminister/s/n/in/innen premier/s/in
  regierungschef/s/in/innen staatschef/s/in/innen parteichef/s/in/innen
  staatsoberhaupt/s/es staatsoberhäupter regierungsoberhaupt/s
  machthaber/s/n/in/innen herrscher/s/n/in/innen alleinherrscher/s/n
  diktator/s/en/in/innen despot/en/in autokrat/en/in/innen
  führer/s/n/in/innen anführer/s/n/in/innen staatsführer/s/n parteiführer/s/n
  oppositionsführer/s/n/in fraktionschef/s/in/innen fraktionsvorsitzende/r/n
  vorsitzende/r/n parteivorsitzende/r/n vorstandsvorsitzende/r/n
  chef/s/in/innen generalsekretär/s/e/en/in
  minister/s/n/in/innen außenminister/s/n/in/innen verteidigungsminister/s/n/in/innen
  innenminister/s/n/in/innen finanzminister/s/n/in/innen wirtschaftsminister/s/n/in/innen
  justizminister/s/n/in/innen gesundheitsminister/s/n/in/innen umweltminister/s/n/in/innen
  arbeitsminister/s/n/in/innen bildungsminister/s/n/in/innen verkehrsminister/s/n/in/innen
  energieminister/s/n/in/innen entwicklungsminister/s/n/in/innen familienminister/s/n/in/innen
  landwirtschaftsminister/s/n/in/innen agrarminister/s/n/in/innen bauminister/s/n/in/innen
  kulturminister/s/n/in/innen sozialminister/s/n/in/innen
  wissenschaftsminister/s/n/in/innen digitalminister/s/n/in/innen
  staatsminister/s/n/in/innen kulturstaatsminister/s/n/in/innen
  staatssekretär/s/e/en/in/innen
  außenbeauftragte/r/n sonderbeauftragte/r/n beauftragte/r/n wehrbeauftragte/r/n
  gesandte/r/n sondergesandte/r/n
  botschafter/s/n/in/innen konsul/s/n/in generalkonsul/s/n/in
  abgeordnete/r/n bundestagsabgeordnete/r/n parlamentarier/s/n/in/innen
  senator/s/en/in/innen gouverneur/s/e/en/in/innen
  bürgermeister/s/n/in/innen oberbürgermeister/s/n/in/innen landrat/s/es landräte landrätin
  ministerialdirektor/s/en
  kommissar/s/e/en/in/innen eu-kommissar/s/e/en/in/innen
  general/s/e/in generäle generalleutnant/s generalmajor/s generalstabschef/s
  oberbefehlshaber/s/n befehlshaber/s/n kommandeur/s/e/en/in kommandant/en/in
  admiral/s/e/in admirale offizier/s/e/en/in/innen
  geheimdienstchef/s/in verteidigungschef/s armeechef/s militärchef/s
  polizeichef/s/in/innen
  richter/s/n/in/innen staatsanwalt/s/es staatsanwälte staatsanwältin/nen
  generalstaatsanwalt/s generalbundesanwalt/s chefankläger/s/in ankläger/s/n/in
  anwalt/s/es anwälte anwältin/nen rechtsanwalt/s rechtsanwälte rechtsanwältin
  verteidiger/s/n/in/innen ermittler/s/n/in/innen
  papst/es päpste kardinal/s/e bischof/s/e bischöfe erzbischof/s patriarch/en
  imam/s/e ajatollah/s ayatollah/s rabbiner/s/in geistliche/r/n
  könig/s/e/in/innen kaiser/s/in prinz/en/essin kronprinz/en/essin monarch/en/in
  emir/s/e scheich/s/e
  direktor/s/en/in/innen generaldirektor/s/en/in direktorin/nen intendant/en/in
  konzernchef/s/in/innen vorstandschef/s/in/innen aufsichtsratschef/s/in
  geschäftsführer/s/n/in/innen gründer/s/n/in/innen unternehmer/s/n/in
  experte/n expertin/nen analyst/en/in/innen wissenschaftler/s/n/in/innen
  forscher/s/n/in/innen professor/s/en/in/innen ökonom/en/in/innen
  dolmetscher/s/n/in/innen berater/s/n/in/innen sicherheitsberater/s/n/in chefberater/s/in vertraute/r/n
  politiker/s/n/in/innen oppositionspolitiker/s/n/in/innen
  spitzenkandidat/en/in kandidat/en/in/innen
  aktivist/en/in/innen menschenrechtler/s/n/in/innen dissident/en/in/innen
  korrespondent/en/in/innen journalist/en/in/innen reporter/s/n/in
  augenzeuge/n augenzeugin/nen
  bewohner/s/n/in/innen anwohner/s/n/in/innen
  soldat/en/in/innen
  sachverständige/r/n gutachter/s/n/in/innen verfassungsrechtler/s/n/in/innen
  völkerrechtler/s/n/in/innen staatsrechtler/s/n/in/innen chefvolkswirt/s/e/en/in volkswirt/s/e/en/in
  entwickler/s/n/in/innen
  kapitän/s/e/in trainer/s/n/in/innen cheftrainer/s/n/in torhüter/s/n/in stürmer/s/n/in
  angreifer/s/n/in mittelfeldspieler/s/n/in spieler/s/n/in/innen nationalspieler/s/n/in
  profi/s kapitänin star/s ceo/s
  torwart/s/e/in keeper/s/in schlussmann/es/s schlussleute verteidiger/s/n/in abwehrspieler/s/n/in
  torjäger/s/n/in schiedsrichter/s/n/in coach/es/s sportdirektor/s/en/in
  dolmetscher/s/n/in/innen übersetzer/s/n/in/innen leibwächter/s/n/in
`);

export const speakerRoles: ReadonlySet<string> = new Set(SPEAKER_ROLES);
export const roles: ReadonlySet<string> = new Set([...ROLES, ...SPEAKER_ROLES]);
