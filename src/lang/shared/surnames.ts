/**
 * Family names, lower case: the most frequent German ones and those of people
 * who are often in German and English news (politicians, historical figures).
 * A feature of the German tagger, not a rule: many of them are also common
 * nouns or adjectives ("Koch", "Bauer", "Klein"), and the tagger sees both.
 */
import { words } from './data.js';

const GERMAN = words(`
  müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer koch
  bauer richter klein wolf schröder neumann schwarz zimmermann braun krüger hofmann
  hartmann lange schmitt werner schmitz krause meier lehmann schmid schulze maier köhler
  herrmann könig walter mayer huber kaiser fuchs peters lang scholz möller weiß jung hahn
  schubert vogel friedrich keller günther frank berger winkler roth beck lorenz baumann
  franke albrecht schuster simon ludwig böhm winter kraus martin schumacher krämer vogt
  stein jäger otto sommer groß seidel heinrich brandt haas schreiber graf schulte dietrich
  ziegler kuhn kühn pohl engel horn busch bergmann thomas voigt sauer arnold wolff pfeiffer
  hermann kramer lindner ernst hübner kaufmann jansen brinkmann schulte mertens kessler
  dittrich böttcher reuter beyer hansen petersen jensen nielsen lorenzen heinze marx
  schwab wendt brandl hinz gerlach kolb ebert dietz hahn ritter bock frey weiss
`);

const NEWS = words(`
  merkel merz habeck baerbock söder steinmeier pistorius faeser lauterbach wagenknecht
  weidel chrupalla kretschmer wüst laschet spahn klingbeil esken kühnert dobrindt seehofer
  schäuble gauck wulff kohl adenauer kiesinger genscher trittin gysi lafontaine strauß
  stoiber westerwelle gabriel steinbrück nahles kramp-karrenbauer leyen altmaier maas
  heil buschmann özdemir wissing giffey wegner kretschmann dreyer schwesig woidke ramelow
  haseloff reiche klöckner linnemann miersch göring-eckardt roth kiesewetter strack-zimmermann
  dröge haßelmann mützenich bas warken wadephul prien frei
  putin trump biden harris obama clinton bush vance musk selenskyj selenskij zelensky
  zelenskyy macron sunak starmer johnson meloni orbán orban erdoğan erdogan netanjahu
  netanyahu jinping lawrow lavrov peskow peskov schoigu shoigu medwedew medvedev nawalny
  navalny lukaschenko lukashenko tusk duda sánchez rutte stoltenberg guterres borrell
  kallas lagarde draghi kishida modi assad chamenei khamenei raisi pezeshkian sinwar
  haniyeh hanija nasrallah gantz mitsotakis fico babiš babis nehammer kickl babler
  bellen kurz blinken austin sullivan kirby pelosi mcconnell schumer desantis haley
  pence rubio hegseth witkoff kellogg gerassimow gerasimov prigoschin prigozhin
  kadyrow kadyrov sacharowa zakharova kuleba jermak yermak saluschnyj zaluzhny syrskyj
  klitschko poroschenko poroshenko timoschenko tymoshenko janukowitsch yanukovych
  gorbatschow gorbachev jelzin yeltsin stalin lenin chruschtschow khrushchev
  xi kim jong-un jong-il il-sung yoon suk-yeol lee jae-myung moon
  thatcher blair cameron may truss farage sarkozy hollande chirac mitterrand le pen
  bardella barnier bayrou attal berlusconi draghi renzi conte salvini
  goethe schiller beethoven mozart bach wagner brahms schubert händel haydn luther kant
  hegel marx engels nietzsche freud einstein bismarck hitler himmler goebbels göring
  napoleon caesar shakespeare dürer humboldt heine brecht mann kafka rilke grass böll
`);

const OTHER = words(`
  smith jones williams brown taylor davies wilson evans robinson wright thompson walker
  white hughes green hall wood harris lewis martin jackson clarke clark turner hill scott
  moore cooper ward morris king watson baker harrison morgan patel young allen mitchell
  rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo
  garcía garcia fernández fernandez lópez lopez martínez martinez rodríguez rodriguez
  gonzález gonzalez pérez perez dubois durand lefebvre moreau laurent lefèvre bernard petit
  nowak kowalski wiśniewski wójcik kowalczyk novák svoboda dvořák horváth nagy kovács
  yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz öztürk ozturk aydın aydin
  ivanov iwanow petrov petrow smirnow smirnov kuznezow popow sokolow kovalenko shevchenko
  schewtschenko bondarenko tkachenko kravchenko wang li zhang liu chen yang huang zhao
  wu zhou nguyen tanaka suzuki sato takahashi watanabe yamamoto park choi cohen levi
`);

export const SURNAMES: ReadonlySet<string> = new Set([...GERMAN, ...NEWS, ...OTHER]);
