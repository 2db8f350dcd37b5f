/**
 * More German common nouns, lower case, in their frequent forms: everyday
 * things, places, people, nature, time, work, culture. A feature of the German
 * tagger (a capitalised word that is a known noun is rarely a name on its own);
 * `commonCapitalized` in ./common.ts is the list the rule-based recognizer uses.
 */
import { words } from '../shared/data.js';

export const MORE_NOUNS: ReadonlySet<string> = new Set(words(`
  abend abende abenteuer absicht abschnitt abschluss abstand abteilung achse adresse affe
  akte aktie aktien aktion alarm alltag alter ameise amt anfang angebot angst anlage anlass
  anruf ansatz ansicht anspruch antrag antwort anwalt anwältin anzahl anzeige apfel apotheke
  arbeit arbeiter arbeiterin arbeitsplatz arm armut art artikel arzt ärztin asche ast atem
  atmosphäre auftrag auge augen augenblick ausbildung ausflug ausgabe ausland ausnahme
  ausstellung auto autos autobahn autor autorin bäcker bad bahn bahnen ball band bank bänke
  bar bär bart bau bauch baum bäume beamter becken bedarf bedeutung befehl begriff beginn
  behandlung bein beine beispiel beitrag bekannte bekannten belastung beratung bereich berg
  beruf berufe beschluss besitz besitzer besucher betrag betrieb bett bevölkerung bewegung
  beweis bewohner bezeichnung beziehung bibel bibliothek biene bier bild bilanz birne blatt
  blätter blick blitz blume blumen blut boden bogen boot boote börse brand braut brief brille
  brot brücke bruder brüder brunnen brust buch bücher bude bühne bund burg büro bus busse
  butter chance charakter chaos chemie chor computer dach dame dampf dank daten datum dauer
  decke denkmal detail dichter dieb dienst dinge ding doktor dom donner dorf dörfer drache
  druck duft dunkelheit durst dusche ebene ecke ehe ehefrau ehemann ehre ei eier eiche eifer
  eigentum eile eimer eindruck einfluss eingang einheit einkommen einsatz eintritt eis eisen
  eisenbahn elefant eltern ende energie engel enkel ente entdeckung entscheidung
  entwicklung erde erfahrung erfindung erfolg erfolge ergebnis erinnerung erkenntnis
  erlaubnis ernte ersatz erzählung esel essen etage fabrik fach faden fahne fahrer fahrerin
  fahrrad fahrt fall falle familie familien fan fans farbe farben fass faust feder fee
  fehler feier feind feld felder fell fels fenster ferien fernseher fest feuer feuerwehr
  fieber figur film filme finger firma firmen fisch fische flasche fleisch fliege flucht
  flug flügel flughafen flur fluss flüsse folge form forschung frage fragen frau frauen
  freiheit freizeit freude freund freunde freundin frieden frist frosch frucht früchte
  frühling frühstück fuchs führer fuß füße gabel gang gans garten gärten gas gast gäste
  gebäude gebet gebirge geburt geburtstag gedanke gedicht geduld gefahr gefängnis gefühl
  gegend gegenstand gehalt geheimnis geist geld gelände gemälde gemeinde gemüse genie
  gepäck gericht geruch gesang geschäft geschäfte geschenk geschichte geschichten
  geschmack geschwister gesetz gesicht gespräch gestalt getränk gewalt gewehr gewicht
  gewinn gewissen gewitter gift gipfel glas glück gold gott götter grab graben gras grenze
  griff grippe größe grund gruppe gruß gurke gürtel gut güter haar haare hafen hahn hälfte
  hals haltung hammer hand hände handel handy harz hase hass haufen haupt haus häuser haut
  heer heft heide heilige heimat heizung held helden hemd herbst herd herde herkunft herr
  herren herz herzen heu himmel hitze hobby hochzeit hof höhe höhle holz honig hose hotel
  hotels huhn hund hunde hunger hut hütte idee ideen insekt insel instrument interesse
  jacke jagd jäger jahr jahre jahren jahrhundert jahrhunderts jugend junge jungen kabel
  kaffee käfig kaiser kalb kälte kamera kamm kampf kanal kante kapelle kapitel kapitän
  karte karten kartoffel käse kasse katze kauf kaufmann keller kellner kenntnis kerl kern
  kerze kette kind kinder kindern kindheit kino kirche kiste klang klasse klavier kleid
  kleidung klima klinik knie knochen knopf koch koffer kohle kollege kollegen kollegin
  könig königin königreich kopf körper kosten kraft kraftwerk kragen krankheit kranz kraut
  krebs kreis kreuz krieger krise kritik krone küche kuchen kugel kuh kultur kunde kunden
  kunst künstler künstlerin kurs kurve kuss küste labor lage lager lampe land landschaft
  landwirtschaft lärm last lauf laune leben lebens leder lehre lehrer lehrerin leib leiche
  leid leistung leiter leitung lektüre lernen leser leserin leute licht liebe lied lieder
  linie lippe loch löffel lohn löwe luft lüge lust macht mädchen magen mahl mahlzeit mal
  maler malerei mangel mann männer mannschaft mantel märchen mark markt maschine maß masse
  material mauer maus medizin meer mehl meinung meister melodie menge mensch menschen
  messer metall miete milch minute minuten mitglied mittag mitte mittel mitternacht möbel
  mode mond mord mörder morgen motor mücke mühe mühle mund münze musik muskel mut mutter
  mütze nachbar nachbarin nachricht nacht nächte nadel nagel nähe name namen nase natur
  nebel neffe nest netz nichte norden not note notiz nummer nuss ofen ohr ohren öl onkel
  oper opfer orden ordnung ort orte osten paar paket papier park pass patient pause pech
  pelz person pfad pfarrer pfeffer pfeife pferd pferde pflanze pflicht pforte pfund pilot
  pilz plan planet platz pokal polizei post preis preise priester prinz prinzessin probe
  problem produkt programm projekt protest prüfung publikum pulver punkt puppe quelle rad
  rahmen rand rasen rat ratte raum räume rauch recht rechnung rede regal regel regen
  reich reihe reis reise reiter rennen rest rezept richter richtung riese rind ring risiko
  ritter rock rohr rolle roman rose rücken ruf ruhe ruhm rummel saal sache sachen sack saft
  säge salat salz samen sand sänger sängerin satz schaden schaf schaft schale schatten
  schatz schein schere schicksal schiff schild schinken schlaf schlag schlange schloss
  schluss schlüssel schmerz schmuck schnee schrank schrift schritt schuh schuhe schuld
  schule schüler schülerin schuss schüssel schutz schwanz schwein schwester see seele
  segel sehnsucht seife seil seite sekunde sender senf sessel sicht sieg silber sinn sitz
  sitte sohn söhne sommer sonne sorge soße spaß speise spiegel spiel spiele spieler spielerin
  spitze sport sprache sprung staat stab stadion stadt städte stahl stall stamm stand star
  stärke station staub stein steine stelle stern sterne steuer stiefel stier stift stil
  stimme stirn stock stoff stolz strand strauch strecke streit strom stück student
  studentin studie stuhl stunde stunden sturm suche süden summe suppe tafel tag tage tagen
  tal tante tanz tasche tasse tat tätigkeit tau taube technik tee teil teile teller tempel
  teppich termin teufel text theater thema tier tiere tiger tisch tochter töchter tod ton
  topf tor torte tour tradition träne traum treppe treue trommel tropfen trost tuch tür
  turm übung ufer uhr umgebung umwelt unfall universität unterricht unterschied urlaub
  ursache vater väter verein verkehr verlag verlust vermögen vernunft versuch vertrauen
  verwandte vieh vogel vögel volk vorbild vorhang vorschlag vorteil wache waffe wagen wahl
  wahrheit wald wälder wand wange ware wärme wäsche wasser wechsel weg wege weib wein weise
  welle welt werk werkzeug wert wesen westen wetter wiese wille wind winter wirt wirtschaft
  wissen witz woche wochen wohnung wolke wolle wort wörter wunder wunsch würde wurst wurzel
  wut zahl zahn zähne zaun zeichen zeit zeiten zeitschrift zelt zentrum zettel zeug
  zeugnis ziege ziel zimmer zins zirkus zitrone zoll zorn zucker zufall zug zukunft zunge
  zweck zweifel zwerg zwiebel
`));
