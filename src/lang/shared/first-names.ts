/**
 * Given names, lower case, shared by all packs: a name is spotted as a person's
 * first name in any language's text. Russian, Ukrainian and Arabic names come
 * in German and English transliteration. Names that are also frequent common
 * words, months or places in German or English (will, may, june, august, said,
 * nur, ernst, roman, rand, adel, marine, jordan, paris, georgia, sydney, milan,
 * santiago, hope, grace, rose, drew, dean) are left out on purpose.
 */
import { words } from './data.js';

const GERMAN = words(`
  achim adolf albert albrecht alexander alfred alois andrea andreas angela anja anke anna
  anne annalena annegret annette anton armin arnd arne arnold axel barbara bärbel beate
  benedikt benjamin bernd bernhard berthold bettina bianca birgit björn bodo boris brigitte
  carsten christa christian christiane christina christine christoph christopher claudia
  clemens cornelia dagmar daniel daniela detlef diana dieter dietmar dietrich dirk dominik
  doris dorothea dorothee eberhard edith edmund egon elisabeth elke ella elmar emil emilia
  emma erich erika erwin eva ewald fabian felix florian franz franziska frauke friedrich
  friedrich-wilhelm frank frank-walter frieda fritz georg gerald gerda gerhard gerd gertrud
  gisela gregor gudrun guido gunter günter günther gustav hanna hannah hannelore hanno
  hans hans-dieter hans-georg hans-jürgen hans-peter harald hartmut heidi heike heiko heiner
  heinrich heinz helga helge helmut hendrik henning henrik herbert hermann hildegard holger
  horst hubert hubertus ilse ina inge ingeborg ingo ingrid irene irmgard iris isabel jan
  janina jannik jens joachim jochen johann johanna johannes jonas josef julia julian
  juliane jürgen jutta kai karin karl karl-heinz karl-theodor karla karsten katarina katharina
  kathrin katja katrin kerstin kevin klaus klaus-dieter konrad konstantin kristina kurt lara
  lars laura lea lena leon leonie liane linda lisa lothar louisa luca lucas ludwig luisa
  lukas lutz maik maja malte manfred manuel manuela marc marcel marco mareike margarete
  margit margot maria marianne marie marina mario marion markus marlene martin martina
  marvin mathias matthias max maximilian melanie michael michaela mila mirko monika moritz
  nadine nadja natalie nico nicole niklas nils nina norbert olaf oliver ortwin oskar otto
  pascal patrick paul paula peer peter petra philipp rainer ralf ralph regina reinhard
  reinhold renate rené richard robert robin roland rolf rudolf rüdiger sabine sahra sandra
  sarah sascha sebastian siegfried sigmar silke simon simone sophia sophie stefan stefanie
  steffen stephan susanne svenja sven swantje sylvia tanja theo theresa thomas thorsten
  tilman tim tobias tom torsten udo ulf ulla ulrich ulrike ursula ute uwe valentin vera
  volker walter waltraud werner wilfried wilhelm willi winfried wolfgang wolfram yvonne
`);

const ENGLISH = words(`
  aaron abigail adam adrian adrienne alan albert alexandra alice alison amanda amy andrew
  andy angela ann anne anthony antony arthur ashley barack barbara barry ben benjamin bernie
  beth betty bill bob bobby brad brandon brenda brett brian bruce bryan carl carol caroline
  catherine charles charlie charlotte chris christopher chuck cindy claire colin connor craig
  cynthia dan daniel danielle darren dave david debbie deborah denise dennis derek diane
  donald donna doug douglas dylan ed eddie edward eileen elizabeth ellen emily emma eric
  ethan fiona frances francis fred gary gavin george gerald gordon graham greg gregory hannah
  harold harry heather helen henry hillary ian jack jackie jacob jake james jamie jane
  janet jason jeff jeffrey jennifer jeremy jerome jessica jill jim jimmy joan joanna joe joel
  john johnny jon jonathan joseph josh joshua joyce judith judy julie justin karen kate
  katherine kathleen kathy keir keith kelly kemi ken kenneth kevin kim kimberly kristi kyle
  larry laura lauren leslie linda lindsey lisa liz lloyd louise lucy luke lynn margaret
  maria marie marjorie mark martha martin mary matt matthew megan melania melissa michael
  michelle mike mitch mitt nancy natalie nathan neil nicholas nick nicola nigel nikki noah
  oliver owen pamela patricia patrick paul penny pete peter philip rachel ralph rebecca
  richard rick rishi rob robert robin roger ron ronald ross ruth ryan sam samantha samuel
  sandra sarah scott sean sharon shirley simon sophie stephanie stephen steve steven stuart
  susan suzanne tammy ted terry theresa thomas tiffany tim timothy tina todd tom tony tracy
  tulsi valerie vanessa victoria virginia walter wayne wendy william yvette zachary zoe
`);

/** Russian, Ukrainian and Belarusian names, German and English transliteration. */
const EAST_SLAVIC = words(`
  aleksandr alexander alexandr oleksandr olexander alexei alexej aleksei alexey oleksij
  oleksiy anatoli anatolij anatoly andrei andrej andrij andriy anton arseni arsenij arseniy
  artem artjom bogdan bohdan boris daria darja denis denys dmitri dmitrij dmitry dmytro
  fjodor fyodor gennadi gennadij gennady grigori grigorij grigory hryhorij hryhoriy igor
  ihor ilja ilya iwan ivan jaroslaw yaroslav jewgeni jewgenij yevgeny evgeny jewgenija
  yevgenia jekaterina yekaterina jelena yelena elena jewhen yevhen juri jurij yuri yuriy
  julija yulia jurij kirill kyrylo konstantin leonid ljudmila lyudmila lydia marija
  maxim maksim mychajlo mykhailo michail mikhail mykola nikolai nikolaj nikolay natalja
  natalia nadeschda nadezhda oleg oleh olena olga oksana pawel pavel pawlo pavlo pjotr
  pyotr petro ramsan ramzan ruslan sergei sergej sergey serhij serhiy sergij
  swetlana svetlana stanislaw stanislav tatjana tatiana taras valentina walentina waleri
  walerij valery valeriy wadim vadim wassili wassilij vasily vassily viktor witali
  vitali vitaliy vitaly wiktor wjatscheslaw vyacheslav wladimir vladimir wladislaw
  vladislav wolodymyr volodymyr wiktoria viktoriya
`);

const ARABIC_PERSIAN_TURKISH = words(`
  abbas abdel abdelaziz abdelfattah abdul abdulaziz abdullah abdullahi abu ahmad ahmed
  ahmet ali amir amin amr anwar ashraf aslan ayman aysel ayse ayşe bashar bassam bilal
  burak cem cemal deniz ebrahim ebru ekrem elif emine emre erdal esra fadi faisal farid
  fatima fatma fuat gamal hakan halil hamad hamid hamza hani hasan hassan hatice hossein
  hussein hüseyin ibrahim ilham ismail jamal javad kamal kemal khaled khalid kübra leila
  mahmoud mahmud mahmut majid marwan masoud massoud mehmet meral mevlüt mohamed mohammad
  mohammed muhammad mustafa nabil naim nasser nawaf nizar omar osman özlem qassem rami
  rashid recep reza saad saeed saleh salim salman sami samir selim serkan sinan suleiman
  süleyman tamim tarek tariq ufuk volkan walid yahya yasser yasin yousef youssef yusuf
  zeynep
`);

const ROMANCE = words(`
  adriana agnès alain alberto alejandro alessandro alessia alfonso álvaro amélie ana andrés
  antoine antonio beatriz bernard bruno camille carla carlos carmen catarina chiara clara
  claude cristina diego domenico édouard elena eleonora élisabeth emmanuel enrico enzo
  esteban fabio federico felipe fernando francesca francesco françois françoise gabriel
  gabriela gérard giacomo gianni giorgia giorgio giovanni giulia giuseppe guillaume
  gustavo hélène hugo ignacio inês isabella jacques javier jean jean-claude jean-luc
  jean-marie jean-michel jean-pierre jean-yves joão jorge josé juan julien laurent
  leonardo lorenzo luc luciano luigi luis luiz manuel marcelo marco margarita 
  mario mateo matteo mauricio maurizio michel miguel nicolás nicolas olivier pablo paolo
  pascal pedro philippe pierre rafael ramón raúl ricardo roberto rodrigo salvatore
  sébastien sergio silvio sophie stéphane thierry valérie victor vincenzo xavier yves
`);

const OTHER = words(`
  agnieszka andrzej annika astrid bartosz benny binyamin dorota eitan ehud ewa florin
  gideon goran hilde ilan ingrid jacek jakub jarosław jaroslaw jens jerzy jonas kaja karel
  lech lena magnus marek marta mateusz mette miloš milos miroslav moshe
  naftali nir olof petr piotr radek sanna stanisław tomasz ulf ursula václav viktor
  vladislav wojciech yair yitzhak yoav zbigniew zdeněk zoran lars-erik fumio shinzo shigeru
  yoshihide naruhito yoko hiroshi takeshi akira
`);

export const FIRST_NAMES: ReadonlySet<string> = new Set([
  ...GERMAN,
  ...ENGLISH,
  ...EAST_SLAVIC,
  ...ARABIC_PERSIAN_TURKISH,
  ...ROMANCE,
  ...OTHER,
]);
