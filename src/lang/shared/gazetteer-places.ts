/**
 * More places for the gazetteer, written as compact lines (facts: names of
 * cities, regions, islands, rivers, lakes, mountains and seas in German and
 * English). Each line: `slug [CC] : German names : English names`, names
 * "|"-separated; an empty field means "same as the other language". Cities
 * carry their ISO country code. Names that are also frequent German words
 * ("Essen", "Halle", "Hof", "Oder", "Zug", "Siegen", "Seine", "Porto", "Franken", "Wels") are left out on purpose:
 * the gazetteer matches without looking at context. A name that names the entry
 * only for a time carries its dates: `Facebook@2021-10-28..` (from that day),
 * `Facebook@..2021-10-28` (until the day before), so a 2018 article's Facebook is
 * not Meta.
 */
import type { CityRow, OrgRow, RegionRow } from './gazetteer-data.js';

function lines(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => l.split(':').map((f) => f.trim()));
}

function cityRows(text: string): CityRow[] {
  return lines(text).map(([head = '', de = '', en = '']) => {
    const [slug = '', country = ''] = head.split(/\s+/);
    return [slug, country, '', de, en] as const;
  });
}

function regionRows(text: string): RegionRow[] {
  return lines(text).map(([slug = '', de = '', en = '']) => [slug, de, en] as const);
}

/** Cities and city districts: German, Austrian, Swiss, and the world's cities with German names. */
export const MORE_CITY_ROWS: readonly CityRow[] = cityRows(`
  duisburg DE : Duisburg :
  bochum DE : Bochum :
  wuppertal DE : Wuppertal :
  bielefeld DE : Bielefeld :
  muenster DE : Münster :
  mannheim DE : Mannheim :
  augsburg DE : Augsburg :
  gelsenkirchen DE : Gelsenkirchen :
  moenchengladbach DE : Mönchengladbach :
  braunschweig DE : Braunschweig : Brunswick|Braunschweig
  chemnitz DE : Chemnitz :
  aachen DE : Aachen :
  halle-saale DE : Halle an der Saale|Halle (Saale) :
  freiburg DE : Freiburg im Breisgau|Freiburg : Freiburg
  krefeld DE : Krefeld :
  luebeck DE : Lübeck :
  oberhausen DE : Oberhausen :
  rostock DE : Rostock :
  kassel DE : Kassel :
  hamm DE : Hamm :
  saarbruecken DE : Saarbrücken :
  muelheim DE : Mülheim an der Ruhr|Mülheim :
  ludwigshafen DE : Ludwigshafen :
  oldenburg DE : Oldenburg :
  leverkusen DE : Leverkusen :
  osnabrueck DE : Osnabrück :
  solingen DE : Solingen :
  heidelberg DE : Heidelberg :
  herne DE : Herne :
  neuss DE : Neuss :
  darmstadt DE : Darmstadt :
  paderborn DE : Paderborn :
  regensburg DE : Regensburg :
  ingolstadt DE : Ingolstadt :
  wuerzburg DE : Würzburg :
  wolfsburg DE : Wolfsburg :
  ulm DE : Ulm :
  heilbronn DE : Heilbronn :
  pforzheim DE : Pforzheim :
  goettingen DE : Göttingen :
  bottrop DE : Bottrop :
  trier DE : Trier :
  recklinghausen DE : Recklinghausen :
  reutlingen DE : Reutlingen :
  bremerhaven DE : Bremerhaven :
  koblenz DE : Koblenz :
  bergisch-gladbach DE : Bergisch Gladbach :
  jena DE : Jena :
  remscheid DE : Remscheid :
  erlangen DE : Erlangen :
  moers DE : Moers :
  hildesheim DE : Hildesheim :
  salzgitter DE : Salzgitter :
  cottbus DE : Cottbus :
  kaiserslautern DE : Kaiserslautern :
  guetersloh DE : Gütersloh :
  schwerin DE : Schwerin :
  witten DE : Witten :
  gera DE : Gera :
  iserlohn DE : Iserlohn :
  zwickau DE : Zwickau :
  dueren DE : Düren :
  esslingen DE : Esslingen :
  ratingen DE : Ratingen :
  hanau DE : Hanau :
  flensburg DE : Flensburg :
  tuebingen DE : Tübingen :
  konstanz DE : Konstanz : Konstanz|Constance
  worms DE : Worms :
  dessau DE : Dessau|Dessau-Roßlau :
  neubrandenburg DE : Neubrandenburg :
  passau DE : Passau :
  bamberg DE : Bamberg :
  bayreuth DE : Bayreuth :
  fulda DE : Fulda :
  weimar DE : Weimar :
  goerlitz DE : Görlitz :
  stralsund DE : Stralsund :
  greifswald DE : Greifswald :
  wismar DE : Wismar :
  lueneburg DE : Lüneburg :
  celle DE : Celle :
  goslar DE : Goslar :
  frankfurt-oder DE : Frankfurt (Oder)|Frankfurt an der Oder :
  eisenach DE : Eisenach :
  gotha DE : Gotha :
  wittenberg DE : Wittenberg|Lutherstadt Wittenberg :
  bautzen DE : Bautzen :
  plauen DE : Plauen :
  meissen DE : Meißen : Meissen
  rosenheim DE : Rosenheim :
  landshut DE : Landshut :
  kempten DE : Kempten :
  garmisch DE : Garmisch-Partenkirchen :
  berchtesgaden DE : Berchtesgaden :
  lindau DE : Lindau :
  friedrichshafen DE : Friedrichshafen :
  baden-baden DE : Baden-Baden :
  offenburg DE : Offenburg :
  speyer DE : Speyer :
  wetzlar DE : Wetzlar :
  giessen DE : Gießen : Giessen
  marburg DE : Marburg :
  offenbach DE : Offenbach|Offenbach am Main :
  ruesselsheim DE : Rüsselsheim :
  ludwigsburg DE : Ludwigsburg :
  emden DE : Emden :
  wilhelmshaven DE : Wilhelmshaven :
  cuxhaven DE : Cuxhaven :
  neumuenster DE : Neumünster :
  norderstedt DE : Norderstedt :
  oranienburg DE : Oranienburg :
  eberswalde DE : Eberswalde :
  halberstadt DE : Halberstadt :
  stendal DE : Stendal :
  suhl DE : Suhl :
  nordhausen DE : Nordhausen :
  hoyerswerda DE : Hoyerswerda :
  freital DE : Freital :
  grimma DE : Grimma :
  kreuzberg DE : Kreuzberg :
  neukoelln DE : Neukölln :
  spandau DE : Spandau :
  charlottenburg DE : Charlottenburg :
  prenzlauer-berg DE : Prenzlauer Berg :
  friedrichshain DE : Friedrichshain :
  pankow DE : Pankow :
  schoeneberg DE : Schöneberg :
  steglitz DE : Steglitz :
  zehlendorf DE : Zehlendorf :
  tempelhof DE : Tempelhof :
  marzahn DE : Marzahn :
  koepenick DE : Köpenick :
  reinickendorf DE : Reinickendorf :
  moabit DE : Moabit :
  altona DE : Altona :
  st-pauli DE : St. Pauli|Sankt Pauli :
  harburg DE : Harburg :
  wandsbek DE : Wandsbek :
  blankenese DE : Blankenese :
  schwabing DE : Schwabing :
  salzburg AT : Salzburg :
  klagenfurt AT : Klagenfurt :
  villach AT : Villach :
  st-poelten AT : St. Pölten|Sankt Pölten :
  steyr AT : Steyr :
  bregenz AT : Bregenz :
  dornbirn AT : Dornbirn :
  feldkirch AT : Feldkirch :
  leoben AT : Leoben :
  wiener-neustadt AT : Wiener Neustadt :
  kitzbuehel AT : Kitzbühel :
  luzern CH : Luzern : Lucerne|Luzern
  lausanne CH : Lausanne :
  st-gallen CH : St. Gallen|Sankt Gallen :
  winterthur CH : Winterthur :
  lugano CH : Lugano :
  biel CH : Biel|Biel/Bienne :
  thun CH : Thun :
  chur CH : Chur :
  schaffhausen CH : Schaffhausen :
  neuchatel CH : Neuenburg|Neuchâtel : Neuchâtel
  sion CH : Sitten|Sion : Sion
  bozen IT : Bozen : Bolzano|Bozen
  meran IT : Meran : Merano|Meran
  brixen IT : Brixen : Bressanone|Brixen
  genoa IT : Genua : Genoa
  padua IT : Padua : Padua
  verona IT : Verona :
  bologna IT : Bologna :
  trieste IT : Triest : Trieste
  palermo IT : Palermo :
  catania IT : Catania :
  bari IT : Bari :
  siena IT : Siena :
  nice FR : Nizza : Nice
  toulouse FR : Toulouse :
  bordeaux FR : Bordeaux :
  lille FR : Lille :
  nantes FR : Nantes :
  metz FR : Metz :
  reims FR : Reims :
  avignon FR : Avignon :
  cannes FR : Cannes :
  montpellier FR : Montpellier :
  calais FR : Calais :
  seville ES : Sevilla : Seville
  valencia ES : Valencia :
  malaga ES : Málaga|Malaga :
  bilbao ES : Bilbao :
  zaragoza ES : Saragossa|Zaragoza : Zaragoza
  granada ES : Granada :
  antwerp BE : Antwerpen : Antwerp
  bruges BE : Brügge : Bruges
  ghent BE : Gent : Ghent
  liege BE : Lüttich : Liège|Liege
  rotterdam NL : Rotterdam :
  utrecht NL : Utrecht :
  eindhoven NL : Eindhoven :
  maastricht NL : Maastricht :
  gothenburg SE : Göteborg : Gothenburg
  malmo SE : Malmö : Malmö|Malmo
  aarhus DK : Aarhus :
  tampere FI : Tampere :
  turku FI : Turku :
  wroclaw PL : Breslau|Wrocław : Wrocław|Wroclaw
  poznan PL : Posen|Poznań : Poznań|Poznan
  szczecin PL : Stettin|Szczecin : Szczecin
  lodz PL : Lodz|Łódź : Łódź|Lodz
  lublin PL : Lublin :
  katowice PL : Kattowitz|Katowice : Katowice
  torun PL : Thorn|Toruń : Toruń|Torun
  brno CZ : Brünn|Brno : Brno
  plzen CZ : Pilsen|Plzeň : Pilsen|Plzeň
  karlovy-vary CZ : Karlsbad|Karlovy Vary : Karlovy Vary
  ostrava CZ : Ostrau|Ostrava : Ostrava
  timisoara RO : Temeswar|Timișoara : Timișoara|Timisoara
  cluj RO : Klausenburg|Cluj-Napoca : Cluj-Napoca|Cluj
  sibiu RO : Hermannstadt|Sibiu : Sibiu
  thessaloniki GR : Thessaloniki|Saloniki : Thessaloniki
  piraeus GR : Piräus : Piraeus
  izmir TR : Izmir|İzmir : Izmir|İzmir
  antalya TR : Antalya :
  nizhny-novgorod RU : Nischni Nowgorod : Nizhny Novgorod
  samara RU : Samara :
  volgograd RU : Wolgograd : Volgograd
  omsk RU : Omsk :
  krasnoyarsk RU : Krasnojarsk : Krasnoyarsk
  irkutsk RU : Irkutsk :
  chelyabinsk RU : Tscheljabinsk : Chelyabinsk
  perm RU : Perm :
  voronezh RU : Woronesch : Voronezh
  smolensk RU : Smolensk :
  pskov RU : Pskow : Pskov
  arkhangelsk RU : Archangelsk : Arkhangelsk
  tomsk RU : Tomsk :
  grozny RU : Grosny : Grozny
  saratov RU : Saratow : Saratov
  bryansk RU : Brjansk : Bryansk
  vinnytsia UA : Winnyzja : Vinnytsia
  poltava UA : Poltawa : Poltava
  cherkasy UA : Tscherkassy : Cherkasy
  zhytomyr UA : Schytomyr : Zhytomyr
  rivne UA : Riwne : Rivne
  lutsk UA : Luzk : Lutsk
  ternopil UA : Ternopil :
  ivano-frankivsk UA : Iwano-Frankiwsk : Ivano-Frankivsk
  uzhhorod UA : Uschhorod : Uzhhorod
  chernivtsi UA : Czernowitz|Tscherniwzi : Chernivtsi
  kryvyi-rih UA : Krywyj Rih : Kryvyi Rih
  berdyansk UA : Berdjansk : Berdyansk
  kerch UA : Kertsch : Kerch
  simferopol UA : Simferopol :
  yalta UA : Jalta : Yalta
  izium UA : Isjum : Izium
  kupiansk UA : Kupjansk : Kupiansk
  sievierodonetsk UA : Sjewjerodonezk|Sewerodonezk : Sievierodonetsk|Severodonetsk
  lysychansk UA : Lyssytschansk : Lysychansk
  homel BY : Gomel|Homel : Gomel|Homel
  hrodna BY : Grodno|Hrodna : Grodno|Hrodna
  vitebsk BY : Witebsk : Vitebsk
  tartu EE : Tartu|Dorpat : Tartu
  kaunas LT : Kaunas :
  bethlehem PS : Bethlehem :
  nablus PS : Nablus :
  tikrit IQ : Tikrit :
  fallujah IQ : Falludscha : Fallujah
  kirkuk IQ : Kirkuk :
  raqqa SY : Rakka : Raqqa
  palmyra SY : Palmyra :
  latakia SY : Latakia :
  sidon LB : Sidon :
  eilat IL : Eilat :
  beersheba IL : Beerscheba : Beersheba
  sderot IL : Sderot :
  ashkelon IL : Aschkelon : Ashkelon
  ashdod IL : Aschdod : Ashdod
  nazareth IL : Nazareth :
  mashhad IR : Maschhad : Mashhad
  shiraz IR : Schiras : Shiraz
  tabriz IR : Täbris : Tabriz
  natanz IR : Natans : Natanz
  medina SA : Medina :
  aden YE : Aden :
  hodeidah YE : Hodeida : Hodeidah
  alexandria EG : Alexandria :
  luxor EG : Luxor :
  aswan EG : Assuan : Aswan
  benghazi LY : Bengasi : Benghazi
  casablanca MA : Casablanca :
  marrakesh MA : Marrakesch : Marrakesh|Marrakech
  tangier MA : Tanger : Tangier
  durban ZA : Durban :
  mombasa KE : Mombasa :
  dar-es-salaam TZ : Daressalam : Dar es Salaam
  kampala UG : Kampala :
  juba SS : Juba :
  goma CD : Goma :
  lusaka ZM : Lusaka :
  harare ZW : Harare :
  luanda AO : Luanda :
  maputo MZ : Maputo :
  windhoek NA : Windhuk|Windhoek : Windhoek
  timbuktu ML : Timbuktu : Timbuktu
  kano NG : Kano :
  abidjan CI : Abidjan :
  karachi PK : Karatschi : Karachi
  lahore PK : Lahore :
  peshawar PK : Peschawar : Peshawar
  kandahar AF : Kandahar :
  herat AF : Herat :
  kolkata IN : Kalkutta|Kolkata : Kolkata|Calcutta
  chennai IN : Chennai :
  bangalore IN : Bangalore|Bengaluru : Bangalore|Bengaluru
  hyderabad IN : Hyderabad :
  ho-chi-minh VN : Ho-Chi-Minh-Stadt|Saigon : Ho Chi Minh City|Saigon
  yangon MM : Rangun|Yangon : Yangon|Rangoon
  kyoto JP : Kyoto|Kyōto : Kyoto
  yokohama JP : Yokohama :
  nagoya JP : Nagoya :
  kobe JP : Kobe :
  sapporo JP : Sapporo :
  incheon KR : Incheon :
  tianjin CN : Tianjin :
  chongqing CN : Chongqing :
  chengdu CN : Chengdu :
  xian CN : Xi’an|Xi'an : Xi'an|Xi’an
  nanjing CN : Nanking|Nanjing : Nanjing
  hangzhou CN : Hangzhou :
  harbin CN : Harbin :
  lhasa CN : Lhasa :
  urumqi CN : Ürümqi|Urumqi : Urumqi
  almaty KZ : Almaty : Almaty
  bishkek KG : Bischkek : Bishkek
  dushanbe TJ : Duschanbe : Dushanbe
  samarkand UZ : Samarkand :
  baltimore US : Baltimore :
  denver US : Denver :
  dallas US : Dallas :
  san-diego US : San Diego :
  phoenix US : Phoenix :
  minneapolis US : Minneapolis :
  st-louis US : St. Louis|Saint Louis :
  cleveland US : Cleveland :
  pittsburgh US : Pittsburgh :
  nashville US : Nashville :
  honolulu US : Honolulu :
  sacramento US : Sacramento :
  salt-lake-city US : Salt Lake City :
  palo-alto US : Palo Alto :
  cupertino US : Cupertino :
  hollywood US : Hollywood :
  brooklyn US : Brooklyn :
  manhattan US : Manhattan :
  harlem US : Harlem :
  calgary CA : Calgary :
  guadalajara MX : Guadalajara :
  monterrey MX : Monterrey :
  tijuana MX : Tijuana :
  medellin CO : Medellín|Medellin :
  quito EC : Quito :
  la-paz BO : La Paz :
  asuncion PY : Asunción :
  montevideo UY : Montevideo :
  valparaiso CL : Valparaíso :
  porto-alegre BR : Porto Alegre :
  manaus BR : Manaus :
  port-au-prince HT : Port-au-Prince :
  santo-domingo DO : Santo Domingo :
  brisbane AU : Brisbane :
  perth AU : Perth :
  adelaide AU : Adelaide :
  auckland NZ : Auckland :
`);

/** Regions, islands, rivers, lakes, mountains and seas. */
export const MORE_REGION_ROWS: readonly RegionRow[] = regionRows(`
  calabria : Kalabrien : Calabria
  apulia : Apulien : Apulia
  campania : Kampanien : Campania
  tuscany : Toskana : Tuscany
  umbria : Umbrien : Umbria
  lazio : Latium : Lazio
  veneto : Venetien : Veneto
  piedmont : Piemont : Piedmont
  liguria : Ligurien : Liguria
  emilia-romagna : Emilia-Romagna :
  friuli : Friaul : Friuli
  abruzzo : Abruzzen : Abruzzo
  galicia-es : Galicien : Galicia
  asturias : Asturien : Asturias
  castile : Kastilien : Castile
  aragon : Aragonien : Aragon
  brittany : Bretagne : Brittany
  normandy : Normandie : Normandy
  provence : Provence :
  burgundy : Burgund : Burgundy
  lorraine : Lothringen : Lorraine
  champagne : Champagne :
  cote-d-azur : Côte d’Azur|Côte d'Azur : French Riviera|Côte d'Azur
  savoy : Savoyen : Savoy
  cornwall : Cornwall :
  yorkshire : Yorkshire :
  peloponnese : Peloponnes : Peloponnese
  attica : Attika : Attica
  ruhr-area : Ruhrgebiet|Ruhrpott : Ruhr area
  rhineland : Rheinland : Rhineland
  westphalia : Westfalen : Westphalia
  swabia : Schwaben : Swabia
  upper-bavaria : Oberbayern : Upper Bavaria
  lower-bavaria : Niederbayern : Lower Bavaria
  upper-palatinate : Oberpfalz : Upper Palatinate
  palatinate : Pfalz : Palatinate
  allgaeu : Allgäu : Allgäu
  eifel : Eifel :
  hunsrueck : Hunsrück :
  black-forest : Schwarzwald : Black Forest
  harz : Harz :
  ore-mountains : Erzgebirge : Ore Mountains
  vogtland : Vogtland :
  lusatia : Lausitz : Lusatia
  uckermark : Uckermark :
  altmark : Altmark :
  emsland : Emsland :
  east-frisia : Ostfriesland : East Frisia
  north-frisia : Nordfriesland : North Frisia
  sauerland : Sauerland :
  siegerland : Siegerland :
  odenwald : Odenwald :
  spessart : Spessart :
  rhoen : Rhön :
  taunus : Taunus :
  westerwald : Westerwald :
  breisgau : Breisgau :
  rheingau : Rheingau :
  wetterau : Wetterau :
  western-pomerania : Vorpommern : Western Pomerania
  mecklenburg : Mecklenburg :
  holstein : Holstein :
  dithmarschen : Dithmarschen :
  lueneburg-heath : Lüneburger Heide : Lüneburg Heath
  muensterland : Münsterland :
  lower-rhine : Niederrhein : Lower Rhine
  vorarlberg : Vorarlberg :
  upper-austria : Oberösterreich : Upper Austria
  lower-austria : Niederösterreich : Lower Austria
  burgenland : Burgenland :
  salzkammergut : Salzkammergut :
  wachau : Wachau :
  valais : Wallis : Valais
  grisons : Graubünden : Grisons|Graubünden
  ticino : Tessin : Ticino
  engadine : Engadin : Engadine
  bernese-oberland : Berner Oberland : Bernese Oberland
  aargau : Aargau :
  thurgau : Thurgau :
  silesia : Schlesien : Silesia
  pomerania : Pommern : Pomerania
  east-prussia : Ostpreußen : East Prussia
  bohemia : Böhmen : Bohemia
  moravia : Mähren : Moravia
  transylvania : Siebenbürgen : Transylvania
  banat : Banat :
  dalmatia : Dalmatien : Dalmatia
  istria : Istrien : Istria
  flanders : Flandern : Flanders
  wallonia : Wallonien|Wallonie : Wallonia
  friesland : Friesland :
  lapland : Lappland : Lapland
  karelia : Karelien : Karelia
  tatarstan : Tatarstan :
  bashkortostan : Baschkortostan : Bashkortostan
  yakutia : Jakutien : Yakutia
  chukotka : Tschukotka : Chukotka
  bessarabia : Bessarabien : Bessarabia
  anatolia : Anatolien : Anatolia
  mesopotamia : Mesopotamien : Mesopotamia
  patagonia : Patagonien : Patagonia
  manchuria : Mandschurei : Manchuria
  darfur : Darfur :
  bengal : Bengalen : Bengal
  kerala : Kerala :
  guangdong : Guangdong :
  sichuan : Sichuan :
  inner-mongolia : Innere Mongolei : Inner Mongolia
  mindanao : Mindanao :
  queensland : Queensland :
  new-south-wales : New South Wales :
  ontario : Ontario :
  british-columbia : British Columbia :
  alberta : Alberta :
  oregon : Oregon :
  utah : Utah :
  montana : Montana :
  kentucky : Kentucky :
  tennessee : Tennessee :
  alabama : Alabama :
  missouri : Missouri :
  oklahoma : Oklahoma :
  kansas : Kansas :
  nebraska : Nebraska :
  connecticut : Connecticut :
  maryland : Maryland :
  vermont : Vermont :
  idaho : Idaho :
  wyoming : Wyoming :
  new-mexico : New Mexico :
  arkansas : Arkansas :
  west-virginia : West Virginia :
  crete : Kreta : Crete
  rhodes : Rhodos : Rhodes
  corfu : Korfu : Corfu
  lesbos : Lesbos :
  samos : Samos :
  kos : Kos :
  santorini : Santorini :
  mallorca : Mallorca : Majorca|Mallorca
  ibiza : Ibiza :
  menorca : Menorca : Minorca|Menorca
  tenerife : Teneriffa : Tenerife
  gran-canaria : Gran Canaria :
  lanzarote : Lanzarote :
  fuerteventura : Fuerteventura :
  canary-islands : Kanaren|Kanarische Inseln|Kanarischen Inseln : Canary Islands|Canaries
  balearic-islands : Balearen : Balearic Islands
  madeira : Madeira :
  azores : Azoren : Azores
  capri : Capri :
  ischia : Ischia :
  elba : Elba :
  sylt : Sylt :
  ruegen : Rügen :
  usedom : Usedom :
  foehr : Föhr :
  amrum : Amrum :
  heligoland : Helgoland : Heligoland
  norderney : Norderney :
  borkum : Borkum :
  fehmarn : Fehmarn :
  bornholm : Bornholm :
  gotland : Gotland :
  svalbard : Spitzbergen : Svalbard|Spitsbergen
  bali : Bali :
  sumatra : Sumatra :
  borneo : Borneo :
  tasmania : Tasmanien : Tasmania
  zanzibar : Sansibar : Zanzibar
  elbe : Elbe :
  weser : Weser :
  main-river : Main : Main River
  moselle : Mosel : Moselle
  neckar : Neckar :
  saale : Saale :
  spree : Spree :
  havel : Havel :
  ems : Ems :
  isar : Isar :
  lech : Lech :
  ruhr : Ruhr :
  lahn : Lahn :
  werra : Werra :
  saar : Saar :
  neisse : Neiße|Neisse : Neisse
  thames : Themse : Thames
  loire : Loire :
  rhone : Rhône|Rhone : Rhône|Rhone
  po : Po :
  tiber : Tiber :
  ebro : Ebro :
  vistula : Weichsel : Vistula
  volga : Wolga : Volga
  dniester : Dnister|Dnjestr : Dniester
  nile : Nil : Nile
  tigris : Tigris :
  euphrates : Euphrat : Euphrates
  ganges : Ganges :
  indus : Indus :
  yangtze : Jangtse : Yangtze
  mekong : Mekong :
  mississippi : Mississippi :
  hudson : Hudson River : Hudson River|Hudson
  zambezi : Sambesi : Zambezi
  lake-constance : Bodensee : Lake Constance
  chiemsee : Chiemsee :
  lake-starnberg : Starnberger See : Lake Starnberg
  ammersee : Ammersee :
  lake-garda : Gardasee : Lake Garda
  lake-geneva : Genfer See|Genfersee : Lake Geneva
  lake-maggiore : Lago Maggiore : Lake Maggiore
  lake-como : Comer See : Lake Como
  lake-balaton : Plattensee|Balaton : Lake Balaton|Balaton
  mueritz : Müritz :
  wannsee : Wannsee :
  tegernsee : Tegernsee :
  lake-neusiedl : Neusiedler See : Lake Neusiedl
  lake-lucerne : Vierwaldstättersee|Vierwaldstätter See : Lake Lucerne
  lake-zurich : Zürichsee : Lake Zurich
  lake-baikal : Baikalsee : Lake Baikal
  dead-sea : Totes Meer|Toten Meer|Toten Meeres : Dead Sea
  aral-sea : Aralsee : Aral Sea
  alps : Alpen : Alps
  pyrenees : Pyrenäen : Pyrenees
  carpathians : Karpaten : Carpathians|Carpathian Mountains
  urals : Ural : Urals|Ural Mountains
  himalaya : Himalaya : Himalayas|Himalaya
  andes : Anden : Andes
  rocky-mountains : Rocky Mountains :
  apennines : Apennin : Apennines
  dolomites : Dolomiten : Dolomites
  zugspitze : Zugspitze :
  mont-blanc : Mont Blanc :
  matterhorn : Matterhorn :
  mount-everest : Mount Everest|Everest : Mount Everest|Everest
  kilimanjaro : Kilimandscharo : Kilimanjaro
  etna : Ätna : Etna|Mount Etna
  vesuvius : Vesuv : Vesuvius
  adriatic : Adria|Adriatisches Meer : Adriatic|Adriatic Sea
  aegean : Ägäis : Aegean|Aegean Sea
  caribbean : Karibik : Caribbean
  barents-sea : Barentssee : Barents Sea
  gulf-of-mexico : Golf von Mexiko : Gulf of Mexico
  sahara : Sahara :
`);

function orgRows(text: string): OrgRow[] {
  return lines(text).map(([slug = '', de = '', en = '']) => [slug, de, en] as const);
}

/**
 * Organisations: companies, clubs, institutions, parties, media. Names that are
 * also frequent words ("Zeit", "Welt", "Stern", "Focus", "Bild", "Apple" in
 * English, "Amazon", which the gazetteer already knows as the river region)
 * are left out.
 */
export const MORE_ORG_ROWS: readonly OrgRow[] = orgRows(`
  siemens : Siemens :
  volkswagen : Volkswagen|VW|Volkswagen-Konzern|VW-Konzern : Volkswagen|VW
  bmw : BMW :
  daimler : Daimler|Mercedes-Benz Group|Daimler Truck : Daimler|Mercedes-Benz Group
  mercedes-benz : Mercedes-Benz :
  porsche : Porsche :
  audi : Audi :
  opel : Opel :
  bosch : Bosch|Robert Bosch GmbH : Bosch
  basf : BASF :
  bayer : Bayer AG|Bayer-Konzern : Bayer AG
  henkel : Henkel :
  sap : SAP :
  allianz : Allianz SE|Allianz-Konzern|Allianz-Versicherung : Allianz SE
  deutsche-bank : Deutsche Bank|Deutschen Bank :
  commerzbank : Commerzbank :
  telekom : Deutsche Telekom|Deutschen Telekom|Telekom : Deutsche Telekom
  deutsche-post : Deutsche Post|Deutschen Post|DHL : Deutsche Post|DHL
  deutsche-bahn : Deutsche Bahn|Deutschen Bahn|DB : Deutsche Bahn
  lufthansa : Lufthansa :
  thyssenkrupp : Thyssenkrupp|ThyssenKrupp :
  rwe : RWE :
  eon : Eon|E.on|E.ON :
  enbw : EnBW :
  vattenfall : Vattenfall :
  uniper : Uniper :
  adidas : Adidas :
  puma : Puma SE : Puma SE
  beiersdorf : Beiersdorf :
  continental : Continental AG : Continental AG
  infineon : Infineon :
  merck : Merck :
  fresenius : Fresenius :
  zalando : Zalando :
  aldi : Aldi|Aldi Nord|Aldi Süd :
  lidl : Lidl :
  rewe : Rewe|REWE :
  edeka : Edeka|EDEKA :
  bertelsmann : Bertelsmann :
  axel-springer : Axel Springer|Springer-Verlag :
  airbus : Airbus :
  boeing : Boeing :
  rheinmetall : Rheinmetall :
  kmw : Krauss-Maffei Wegmann|KNDS :
  hensoldt : Hensoldt :
  heckler-koch : Heckler & Koch :
  google : Google|Alphabet@2015-10-02.. :
  microsoft : Microsoft :
  facebook : Facebook@..2021-10-28 :
  meta : Meta@2021-10-28..|Meta Platforms|Facebook@2021-10-28.. :
  instagram : Instagram :
  whatsapp : WhatsApp :
  tesla : Tesla :
  spacex : SpaceX :
  openai : OpenAI :
  nvidia : Nvidia :
  intel : Intel :
  amd : AMD :
  ibm : IBM :
  oracle : Oracle :
  netflix : Netflix :
  uber : Uber :
  samsung : Samsung :
  huawei : Huawei :
  xiaomi : Xiaomi :
  alibaba : Alibaba :
  tencent : Tencent :
  toyota : Toyota :
  honda : Honda :
  nissan : Nissan :
  hyundai : Hyundai :
  sony : Sony :
  nokia : Nokia :
  ericsson : Ericsson :
  volvo : Volvo :
  renault : Renault :
  peugeot : Peugeot :
  stellantis : Stellantis :
  fiat : Fiat :
  ford : Ford Motor|Ford-Konzern|Ford-Werke : Ford Motor|Ford Motor Company
  general-motors : General Motors|GM :
  exxonmobil : ExxonMobil|Exxon :
  chevron : Chevron :
  shell : Shell|Royal Dutch Shell : Shell|Royal Dutch Shell
  bp : BP :
  totalenergies : TotalEnergies :
  nestle : Nestlé|Nestle :
  unilever : Unilever :
  novartis : Novartis :
  roche : Roche :
  ubs : UBS :
  credit-suisse : Credit Suisse :
  pfizer : Pfizer :
  biontech : Biontech|BioNTech :
  moderna : Moderna :
  astrazeneca : AstraZeneca :
  goldman-sachs : Goldman Sachs :
  morgan-stanley : Morgan Stanley :
  maersk : Maersk|Maersk Line|Møller-Maersk|A.P. Møller-Maersk : Maersk|Maersk Line|A.P. Moller-Maersk
  hapag-lloyd : Hapag-Lloyd :
  jpmorgan : JPMorgan|JP Morgan|JPMorgan Chase :
  blackrock : Blackrock|BlackRock :
  walmart : Walmart :
  coca-cola : Coca-Cola :
  mcdonalds : McDonald’s|McDonald's : McDonald's|McDonald’s
  disney : Walt Disney Company|Walt Disney|Disney :
  lockheed-martin : Lockheed Martin|Lockheed :
  raytheon : Raytheon :
  northrop-grumman : Northrop Grumman :
  lukoil : Lukoil :
  sberbank : Sberbank :
  aeroflot : Aeroflot :
  ryanair : Ryanair :
  easyjet : Easyjet|EasyJet :
  air-france : Air France :
  klm : KLM :
  british-airways : British Airways :
  fc-bayern : FC Bayern|FC Bayern München|Bayern München : Bayern Munich|FC Bayern
  bvb : Borussia Dortmund|BVB : Borussia Dortmund
  schalke : FC Schalke 04|Schalke 04|Schalke : Schalke 04|Schalke
  werder : Werder Bremen|Werder : Werder Bremen
  hsv : Hamburger SV|HSV : Hamburger SV
  hertha : Hertha BSC|Hertha : Hertha BSC
  fc-koeln : 1. FC Köln : FC Cologne|1. FC Köln
  eintracht-frankfurt : Eintracht Frankfurt :
  vfb-stuttgart : VfB Stuttgart :
  leverkusen-club : Bayer Leverkusen|Bayer 04 Leverkusen : Bayer Leverkusen
  rb-leipzig : RB Leipzig :
  vfl-wolfsburg : VfL Wolfsburg :
  union-berlin : Union Berlin|1. FC Union Berlin :
  sc-freiburg : SC Freiburg :
  real-madrid : Real Madrid :
  fc-barcelona : FC Barcelona :
  manchester-united : Manchester United :
  juventus : Juventus Turin|Juventus : Juventus
  dfb : DFB|Deutscher Fußball-Bund|Deutschen Fußball-Bund|Deutschen Fußball-Bundes : DFB|German Football Association
  fifa : Fifa|FIFA : FIFA|Fifa
  uefa : Uefa|UEFA : UEFA|Uefa
  ioc : IOC|Internationales Olympisches Komitee|Internationalen Olympischen Komitee : IOC|International Olympic Committee
  bgh : Bundesgerichtshof|BGH|Bundesgerichtshofs : Federal Court of Justice|BGH
  bverwg : Bundesverwaltungsgericht|Bundesverwaltungsgerichts : Federal Administrative Court
  bag : Bundesarbeitsgericht : Federal Labour Court
  bsg : Bundessozialgericht : Federal Social Court
  bfh : Bundesfinanzhof : Federal Fiscal Court
  bundeskartellamt : Bundeskartellamt|Kartellamt : Federal Cartel Office
  bamf : BAMF|Bundesamt für Migration und Flüchtlinge : BAMF|Federal Office for Migration and Refugees
  bka : BKA|Bundeskriminalamt|Bundeskriminalamts : BKA|Federal Criminal Police Office
  bundespolizei : Bundespolizei : German Federal Police
  rki : RKI|Robert Koch-Institut|Robert-Koch-Institut|Robert Koch-Instituts|Robert-Koch-Instituts : RKI|Robert Koch Institute
  pei : Paul-Ehrlich-Institut : Paul Ehrlich Institute
  max-planck : Max-Planck-Gesellschaft : Max Planck Society
  fraunhofer : Fraunhofer-Gesellschaft : Fraunhofer Society
  goethe-institut : Goethe-Institut : Goethe-Institut|Goethe Institute
  dgb : DGB|Deutscher Gewerkschaftsbund|Deutschen Gewerkschaftsbund|Deutschen Gewerkschaftsbundes : DGB|German Trade Union Confederation
  verdi : Verdi|Ver.di|ver.di : Verdi|Ver.di
  ig-metall : IG Metall :
  bdi : BDI|Bundesverband der Deutschen Industrie : BDI|Federation of German Industries
  dihk : DIHK :
  adac : ADAC :
  greenpeace : Greenpeace :
  wwf : WWF :
  caritas : Caritas :
  diakonie : Diakonie :
  drk : DRK|Deutsches Rotes Kreuz|Deutschen Roten Kreuz|Deutschen Roten Kreuzes : German Red Cross|DRK
  thw : THW|Technisches Hilfswerk|Technischen Hilfswerk|Technischen Hilfswerks : THW|Federal Agency for Technical Relief
  ba : Bundesagentur für Arbeit|Arbeitsagentur : Federal Employment Agency
  destatis : Statistisches Bundesamt|Statistischen Bundesamt|Statistischen Bundesamts|Destatis : Federal Statistical Office|Destatis
  ifo : Ifo-Institut|ifo-Institut|Ifo Institut : Ifo Institute|ifo Institute
  diw : DIW :
  ekd : EKD|Evangelische Kirche in Deutschland|Evangelischen Kirche in Deutschland : EKD|Protestant Church in Germany
  hu-berlin : Humboldt-Universität|Humboldt-Universität zu Berlin : Humboldt University
  lmu : LMU|Ludwig-Maximilians-Universität : LMU|Ludwig Maximilian University
  tum : TU München|Technische Universität München|Technischen Universität München : Technical University of Munich|TUM
  harvard : Harvard|Harvard University|Harvard-Universität : Harvard|Harvard University
  stanford : Stanford University|Stanford-Universität : Stanford University|Stanford
  mit : MIT|Massachusetts Institute of Technology : MIT|Massachusetts Institute of Technology
  yale : Yale|Yale University : Yale|Yale University
  eth : ETH|ETH Zürich : ETH Zurich|ETH
  bild-zeitung : Bild-Zeitung|Bild am Sonntag|BamS : Bild
  taz : taz : taz
  rtl : RTL :
  sat1 : Sat.1 :
  prosieben : ProSieben|Pro7 :
  ntv : n-tv|ntv :
  deutschlandfunk : Deutschlandfunk|DLF : Deutschlandfunk
  wdr : WDR|Westdeutscher Rundfunk|Westdeutschen Rundfunk|Westdeutschen Rundfunks : WDR
  ndr : NDR|Norddeutscher Rundfunk|Norddeutschen Rundfunk|Norddeutschen Rundfunks : NDR
  mdr : MDR|Mitteldeutscher Rundfunk|Mitteldeutschen Rundfunk|Mitteldeutschen Rundfunks : MDR
  swr : SWR|Südwestrundfunk|Südwestrundfunks : SWR
  br : Bayerischer Rundfunk|Bayerischen Rundfunk|Bayerischen Rundfunks : Bavarian Broadcasting|BR
  rbb : RBB|rbb|Rundfunk Berlin-Brandenburg : RBB
  orf : ORF :
  srf : SRF :
  nzz : NZZ|Neue Zürcher Zeitung|Neuen Zürcher Zeitung : NZZ|Neue Zürcher Zeitung
  tagesspiegel : Tagesspiegel :
  frankfurter-rundschau : Frankfurter Rundschau :
  standard : Der Standard : Der Standard
  le-monde : Le Monde :
  le-figaro : Le Figaro|Figaro :
  el-pais : El País|El Pais :
  corriere : Corriere della Sera :
  repubblica : La Repubblica|Repubblica :
  daily-telegraph : Daily Telegraph :
  daily-mail : Daily Mail :
  cbs : CBS :
  nbc : NBC :
  msnbc : MSNBC :
  npr : NPR :
  haaretz : Haaretz :
  times-of-israel : Times of Israel :
  freie-waehler : Freie Wähler|Freien Wähler : Free Voters
  npd : NPD :
  volt : Volt Europa : Volt Europa
  likud : Likud :
  fidesz : Fidesz :
  pis : PiS :
  rassemblement-national : Rassemblement National|Front National : National Rally|Rassemblement National
  fratelli-d-italia : Fratelli d’Italia|Fratelli d'Italia : Brothers of Italy|Fratelli d'Italia
  sinn-fein : Sinn Féin|Sinn Fein :
  anc : ANC :
  kuomintang : Kuomintang|KMT :
  bjp : BJP :
  pkk : PKK :
  ypg : YPG :
  fatah : Fatah :
  islamic-jihad : Islamischer Dschihad|Islamischen Dschihad : Islamic Jihad
  boko-haram : Boko Haram :
  al-shabaab : al-Schabab|Al-Schabab|al-Shabaab : al-Shabaab|Al-Shabaab
  hts : HTS|Hayat Tahrir al-Scham|Haiat Tahrir al-Scham : HTS|Hayat Tahrir al-Sham
  muslim-brotherhood : Muslimbruderschaft : Muslim Brotherhood
`);
