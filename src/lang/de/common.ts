/**
 * German words that are written with a capital letter but are not names on
 * their own: common nouns frequent in news (with their usual inflected forms),
 * and function words, adverbs and adjectives that are capitalised at the start
 * of a sentence or headline. Lower case; matching is by exact form.
 *
 * Occupational nouns that are also frequent surnames (Bauer, Koch, Fischer,
 * Müller, Schneider, Weber, Wagner, Meyer, Schmidt) are left out on purpose;
 * their plurals (bauern) are in. Demonym nouns ("Russen", "Amerikanerin",
 * "Israelis") are in too, so that "der Schwede Victor Lindelöf" is read as
 * noun + name.
 */
import { ADJECTIVE_ROWS } from '../shared/adjectives-data.js';
import { words } from '../shared/data.js';

const FUNCTION_WORDS = `
  der die das des dem den ein eine einer eines einem einen kein keine keiner keinen
  dies diese dieser dieses diesem diesen jene jener jenes jeder jede jedes jedem jeden
  alle alles allen viele vielen einige einigen manche mancher mehrere beide beiden
  nach in im ins am an ans auf aus bei beim mit von vom zu zum zur für fürs über unter vor
  hinter neben zwischen durch gegen ohne um seit während wegen trotz laut gemäß binnen
  innerhalb außerhalb angesichts anlässlich aufgrund infolge mithilfe entgegen
  und oder aber doch denn sondern dass weil wenn als ob wie wo was wer wem wen warum wann
  weshalb wieso woher wohin wozu obwohl obgleich damit nachdem bevor seitdem sobald solange
  falls sofern soweit indem sodass zumal
  er sie es wir ihr ich du man sein seine seiner seinen ihre ihrer ihren unser unsere
  mein meine dessen deren sich selbst
  auch noch schon nun jetzt dann da dort hier so zudem außerdem bereits inzwischen
  mittlerweile allerdings jedoch trotzdem dennoch deshalb daher darum somit also zwar
  immerhin zuletzt zuvor zunächst später erst gestern heute morgen vorgestern übermorgen
  bisher unterdessen derweil indes indessen ebenfalls dabei dazu danach davor darauf daraus
  darüber darunter dagegen dafür damals demnach demzufolge folglich hierzu hinzu hingegen
  nicht nur mehr weniger fast rund etwa knapp ungefähr mindestens höchstens insgesamt
  zusätzlich gleichzeitig zugleich vorher nachher stattdessen immer nie niemals oft
  häufig selten manchmal bald vielleicht wohl offenbar angeblich offensichtlich anscheinend
  vermutlich wahrscheinlich möglicherweise mutmaßlich ja nein bitte danke genau natürlich
  tatsächlich eigentlich wirklich besonders gerade eben sogar ausgerechnet lediglich bloß
  allein vor allem zuerst schließlich endlich letztlich anschließend daraufhin erneut
  wieder weiterhin ebenso genauso jedenfalls überhaupt kaum vorerst vorab anfangs zwischenzeitlich
  nirgends überall irgendwo jemand niemand etwas nichts wenig viel
  weder noch sowohl entweder einerseits andererseits zum beispiel beispielsweise etwa
  trotz allem unklar klar fest sicher offen unbekannt
`;

const ADJECTIVES = `
  neu neue neuer neues neuen erste erster ersten erstes zweite zweiter zweiten dritte dritten
  letzte letzter letzten letztes nächste nächsten weitere weiterer weiteren große großer
  großen großes kleine kleinen hohe hohen hoher schwere schweren schwerer massive massiven
  heftige heftigen scharfe scharfen harte harten klare klaren deutliche deutlichen
  wichtige wichtigen zentrale zentralen internationale internationalen nationale
  nationalen politische politischen militärische militärischen wirtschaftliche
  wirtschaftlichen offizielle offiziellen staatliche staatlichen öffentliche öffentlichen
  mehrere zahlreiche zahlreichen tausende hunderte dutzende einzelne einzelnen
  ehemalige ehemaligen früherer frühere früheren amtierende amtierenden
  mögliche möglichen angebliche angeblichen mutmaßliche mutmaßlichen
  bislang neueste neuesten jüngste jüngsten aktuelle aktuellen
`;

const POLITICS = `
  regierung regierungen regierungschef regierungschefin regierungssprecher staat staaten
  staates staats land länder landes lands ländern bund bundes bundesländer bundesland
  politik politiker politikerin politikern partei parteien koalition koalitionen
  koalitionsvertrag opposition parlament parlamente parlaments parlamentarier wahl wahlen
  wahlkampf wähler wählerinnen wählern abstimmung abstimmungen referendum gesetz gesetze
  gesetzes gesetzentwurf reform reformen haushalt haushalts minister ministerin ministerium
  ministerien ministeriums präsident präsidentin präsidenten präsidentschaft kanzler kanzlerin
  kanzlers sprecher sprecherin sprechers behörde behörden verwaltung amt ämter amtes
  beamte beamten chef chefin chefs führung spitze vorsitz vorsitzende vorsitzender
  mitglied mitglieder mitgliedern mehrheit minderheit bürger bürgerin bürgerinnen bürgern
  volk völker volkes bevölkerung gesellschaft demokratie demokratien diktatur verfassung
  recht rechte rechts gericht gerichte gerichts urteil urteile klage klagen anklage prozess
  prozesse justiz polizei polizist polizisten polizistin ermittlungen ermittler
  staatsanwaltschaft verdacht verdächtige verdächtigen täter opfer festnahme festnahmen
  haft gefängnis strafe strafen botschaft botschafter botschafterin diplomatie diplomaten
  außenpolitik innenpolitik sicherheit sicherheitspolitik verhandlungen verhandlung
  gespräche gespräch gesprächen treffen gipfel gipfeltreffen konferenz besuch besuche reise
  vereinbarung vereinbarungen abkommen vertrag verträge vertrags einigung kompromiss
  erklärung erklärungen stellungnahme mitteilung pressekonferenz interview interviews
  rede reden ansprache äußerung äußerungen aussage aussagen angaben angabe informationen
  information bericht berichte berichten berichts meldung meldungen quelle quellen kreise
  kreisen zeitung zeitungen sender medien medienberichte medienberichten nachrichtenagentur
  agentur journalist journalisten journalistin fernsehen staatsfernsehen staatsmedien
  internet netz plattform plattformen video videos foto fotos bild bilder aufnahmen brief
  briefe schreiben dokument dokumente papier unterlagen akten liste
  staatschef staatschefs machthaber herrscher führer anführer außenminister
  verteidigungsminister innenminister finanzminister wirtschaftsminister abgeordnete
  abgeordneten abgeordneter senator senatoren gouverneur bürgermeister bürgermeisterin
  experte experten expertin analyst analysten beobachter kritiker kritikerin befürworter
  gegner gegnern anhänger unterstützer vertreter vertreterin vertretern delegation
  delegationen regime führungsriege machtapparat staatsführung administration kabinett
  ressort fraktion fraktionen ausschuss ausschüsse kommission kommissionen gremium gremien
  rat rates union allianz bündnis bündnisse partner partnern verbündete verbündeten
  mitgliedstaaten mitgliedsstaaten nachbarland nachbarländer nachbarstaaten
  hauptstadt hauptstädte provinz provinzen bezirk bezirke kommune kommunen gemeinde
  gemeinden landkreis
  wahlsieg wahlniederlage umfragen umfrage prognose prognosen hochrechnung ergebnis
  ergebnisse stimme stimmen sitz sitze mandat mandate amtszeit amtsantritt rücktritt
  nachfolger nachfolgerin vorgänger vorgängerin kandidat kandidatin kandidaten
  kandidatur nominierung
`;

const CONFLICT = `
  krieg kriege krieges kriegs konflikt konflikte konflikts angriff angriffe angriffen
  angriffs anschlag anschläge anschlags attacke attacken offensive gegenoffensive front
  fronten frontlinie kampf kämpfe kämpfen gefecht gefechte schlacht waffe waffen
  waffenstillstand waffenruhe feuerpause frieden friedens friedensgespräche
  friedensverhandlungen friedensplan militär militärs armee armeen streitkräfte truppen
  truppe soldat soldaten soldatin kämpfer kämpferin einheit einheiten marine luftwaffe
  luftabwehr flugabwehr rakete raketen raketentest raketentests raketenstart raketenstarts
  marschflugkörper drohne drohnen drohnenangriff drohnenangriffe granate granaten
  artillerie panzer kampfjet kampfjets flugzeug flugzeuge hubschrauber schiff schiffe
  kriegsschiff kriegsschiffe u-boot u-boote atomwaffe atomwaffen atomprogramm atomtest
  atomtests kernwaffen sprengkopf sprengköpfe bombe bomben explosion explosionen beschuss
  luftangriff luftangriffe bodentruppen manöver militärübung militärübungen übung übungen
  stützpunkt stützpunkte basis grenze grenzen grenzgebiet gebiet gebiete gebieten region
  regionen territorium besetzung annexion invasion einmarsch rückzug verluste tote toten
  verletzte verletzten todesopfer zivilisten zivilist geisel geiseln gefangene gefangenen
  kriegsgefangene flüchtlinge flüchtling vertriebene hilfe hilfen hilfslieferungen
  hilfsgüter sanktionen sanktion embargo drohung drohungen warnung warnungen provokation
  provokationen eskalation spannungen krise krisen bedrohung gefahr gefahren lage situation
  entwicklung entwicklungen zwischenfall vorfall vorfälle ereignis ereignisse test tests
  start abschuss flugbahn reichweite höhe kilometer kilometern meter metern seemeilen
  gewässer meer küste insel inseln halbinsel himmel luftraum zone sperrzone
  geheimdienst geheimdienste geheimdienstes spionage spion spione terror terrorismus
  terroristen anschlagsserie attentat attentäter miliz milizen rebellen aufständische
  söldner kommandeur kommandeure general generäle offizier offiziere befehlshaber
  verteidigung verteidigungsministerium außenministerium generalstab hauptquartier
  aufklärung überwachung satellit satelliten satellitenbilder radar abfangjäger
  munition granatwerfer minen landminen streumunition mobilmachung mobilisierung
  wehrpflicht rekruten verstärkung nachschub lieferung lieferungen waffenlieferungen
  militärhilfe kriegsverbrechen völkermord menschenrechte menschenrechtsverletzungen
  zerstörung trümmer ruinen schäden schaden infrastruktur kraftwerk kraftwerke
  atomkraftwerk reaktor
`;

const ECONOMY = `
  wirtschaft wirtschaftskrise unternehmen firma firmen konzern konzerne industrie markt
  märkte börse börsen aktie aktien kurs kurse preis preise inflation zins zinsen geld euro
  dollar rubel yuan pfund franken handel export exporte import importe zoll zölle steuer
  steuern schulden kredit kredite bank banken zentralbank notenbank energie gas erdgas öl
  erdöl strom pipeline versorgung arbeit arbeitsplätze jobs beschäftigte arbeitnehmer
  arbeitgeber gewerkschaft gewerkschaften streik streiks lohn löhne rente renten kosten
  ausgaben einnahmen umsatz gewinn gewinne verlust wachstum rezession investitionen
  investition förderung subventionen produktion landwirtschaft bauern verkehr bahn auto
  autos flughafen flughäfen hafen häfen lieferkette lieferketten rohstoffe getreide
  weizen lebensmittel nahrungsmittel milliarden millionen milliarde million prozent
  prozentpunkte budget etat finanzen haushaltsjahr quartal bilanz konjunktur
  arbeitslosigkeit armut reichtum vermögen eigentum
`;

const SOCIETY = `
  mensch menschen leute frau frauen mann männer kind kinder kindern familie familien
  eltern mutter vater sohn tochter bruder schwester jugendliche jugendlichen schüler
  schülerin studenten studierende lehrer lehrerin arzt ärzte ärztin patienten patientin
  krankenhaus krankenhäuser klinik kliniken gesundheit krankheit krankheiten virus viren
  pandemie epidemie impfung impfstoff schule schulen universität universitäten hochschule
  bildung kultur kirche kirchen religion wissenschaft wissenschaftler forschung forscher
  studie studien daten zahl zahlen anteil hälfte drittel viertel mehrheit
  klima klimawandel klimaschutz umwelt wetter hitze dürre sturm stürme überschwemmungen
  hochwasser erdbeben brand brände feuer feuerwehr rettungskräfte helfer unfall unfälle
  katastrophe katastrophen stadt städte dorf dörfer ort orte orten straße straßen platz
  haus häuser gebäude wohnung wohnungen zentrum innenstadt norden süden osten westen
  nordosten nordwesten südosten südwesten welt erde natur wald wälder fluss flüsse
  berg berge see ufer strand grenzübergang bahnhof kirche moschee synagoge tempel
  migration migranten zuwanderung einwanderung asyl asylbewerber geflüchtete
  integration gewalt kriminalität sicherheitslage protest proteste demonstration
  demonstrationen demonstranten kundgebung kundgebungen aktivist aktivisten aktivistin
  organisation organisationen gruppe gruppen verband verbände verein institut stiftung
  initiative bewegung netzwerk
  sport fußball spiel spiele mannschaft turnier olympia
  musik film kunst buch bücher theater konzert
`;

const TIME = `
  jahr jahre jahren jahres monat monate monaten monats woche wochen tag tage tagen tages
  stunde stunden minute minuten sekunde sekunden zeit zeiten zeitpunkt morgen abend
  nacht mittag nachmittag vormittag wochenende anfang ende mitte beginn jahrhundert
  jahrhunderts jahrzehnt jahrzehnte jahrzehnten zukunft vergangenheit gegenwart datum
  uhr uhrzeit ortszeit frühjahr sommer herbst winter frühling halbjahr jahresende
  jahresbeginn jahreswechsel feiertag feiertage silvester neujahr weihnachten ostern
  montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
  januar februar märz april mai juni juli august september oktober november dezember
`;

const ABSTRACT = `
  frage fragen antwort antworten problem probleme lösung lösungen grund gründe ziel ziele
  plan pläne idee ideen meinung meinungen ansicht sicht position positionen haltung
  kritik vorwurf vorwürfe forderung forderungen entscheidung entscheidungen beschluss
  beschlüsse maßnahme maßnahmen schritt schritte weg wege möglichkeit möglichkeiten chance
  chancen risiko risiken folge folgen auswirkungen erfolg erfolge niederlage sieg teil
  teile seite seiten fall fälle art weise form rolle bedeutung interesse interessen
  unterstützung widerstand einfluss macht kontrolle druck stärke schwäche vertrauen
  hoffnung angst ängste sorge sorgen wut freude trauer überraschung zweifel kritikpunkt
  feind feinde freund freunde nachbar nachbarn beziehung beziehungen zusammenarbeit
  kooperation dialog kontakt kontakte austausch streit konfrontation rivalität
  verantwortung schuld pflicht aufgabe aufgaben auftrag ansatz strategie strategien
  politikwechsel kurswechsel wende wandel veränderung veränderungen zustand status
  bedingungen bedingung voraussetzung voraussetzungen regeln regel grundlage prinzip
  wert werte freiheit gerechtigkeit gleichheit würde wahrheit lüge lügen
  ankündigung ankündigungen versprechen garantie garantien zusage zusagen
  vorschlag vorschläge angebot angebote bitte appell aufruf warnsignal signal signale
  botschaften hinweis hinweise beweis beweise belege spur spuren untersuchung
  untersuchungen prüfung analyse analysen einschätzung einschätzungen bewertung
  darstellung version versionen sichtweise perspektive blick überblick hintergrund
  hintergründe zusammenhang kontext details einzelheiten
  name namen namens bau baus nachricht nachrichten neuigkeiten schlagzeile schlagzeilen titel thema themen
  diskussion debatte debatten streitfall konsens
  mittel mitteln instrument instrumente werkzeug methode methoden technik technologie
  system systeme programm programme projekt projekte plattform modell
  zugang zugriff einsatz einsätze aktion aktionen operation operationen mission
  missionen reaktion reaktionen antwortschreiben gegenmaßnahmen
`;

const EXTRA_NOUNS = `
  ukraine-krieg nahostkonflikt gazakrieg corona-pandemie
  regierungskreise regierungskreisen sicherheitskreise sicherheitskreisen diplomatenkreise
  diplomatenkreisen militärkreise militärkreisen beobachtern insider
  staatsanwalt richter richterin anwalt anwältin verteidiger
  hersteller händler kunden verbraucher nutzer bewohner anwohner einwohner einwohnern
  teilnehmer gäste besucher zuschauer fans landsmann landsleute landsleuten
  opposition oppositionelle oppositionellen regierungspartei regierungsparteien
  nachbarstaat nachbarstaates großmacht großmächte supermacht weltmacht atommacht
  westen osten süden norden weltgemeinschaft staatengemeinschaft völkergemeinschaft
  öffentlichkeit presse pressefreiheit meinungsfreiheit zensur
  wirtschaftsminister ministerpräsident ministerpräsidentin bundespräsident
  bundeskanzler bundeskanzlerin vizekanzler premierminister premierministerin papst
  update updates liveticker liveblog newsblog newsticker ticker livestream breaking
`;

/** Plurals of demonyms that are also country names: those are names. */
const COUNTRY_HOMOGRAPHS = new Set(['polen', 'ungarn', 'schweden']);

/** Demonym nouns from the German adjective stems, with their plural and feminine forms. */
function demonyms(): string[] {
  const out: string[] = [];
  for (const [, de] of ADJECTIVE_ROWS) {
    for (const stem of de.split('|').map((s) => s.trim())) {
      if (!stem || stem.endsWith('isch') || stem.includes(' ')) continue;
      if (stem.endsWith('in')) out.push(stem, `${stem}nen`);
      else if (stem.endsWith('er')) out.push(stem, `${stem}n`, `${stem}in`, `${stem}innen`);
      else if (stem.endsWith('e')) out.push(stem, `${stem}n`);
      else out.push(stem, `${stem}s`);
    }
  }
  return out.filter((w) => !COUNTRY_HOMOGRAPHS.has(w));
}

export const commonCapitalized: ReadonlySet<string> = new Set([
  ...words([FUNCTION_WORDS, ADJECTIVES, POLITICS, CONFLICT, ECONOMY, SOCIETY, TIME, ABSTRACT, EXTRA_NOUNS].join(' ')),
  ...demonyms(),
]);
