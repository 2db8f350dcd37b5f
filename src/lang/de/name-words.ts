/**
 * Words that head or close names in German text, lower case: parts of
 * organisation names ("AG", "Verein", "Universität", "FC") and of place names
 * ("Straße", "See", "Bahnhof"). Features of the German tagger, so a run like
 * "Tegeler See" or "Verlag Paul Haupt" is read as one name of the right type.
 */
import { words } from '../shared/data.js';

export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(words(`
  ag gmbh kg kgaa ohg se eg e.v. ev mbh co. co inc inc. ltd ltd. llc plc corp corp. s.a. sa spa
  corporation company group holding holdings gruppe konzern bank banken sparkasse volksbank
  landesbank versicherung versicherungen verlag verlags verlagsgruppe partei parteien
  verein vereins verband verbands verbände bund bundes gesellschaft stiftung stiftungen
  institut instituts universität universitäten hochschule hochschulen akademie fachhochschule
  schule gymnasium gesamtschule realschule grundschule klinikum klinik krankenhaus
  ministerium ministeriums amt amtes behörde gericht gerichts landgericht amtsgericht
  oberlandesgericht verwaltungsgericht landtag landtags stadtrat gemeinderat kommission
  ausschuss fraktion gewerkschaft kirche kirchengemeinde orchester philharmonie theater
  oper museum galerie zeitung zeitungen rundfunk fernsehen radio sender magazin
  club klub fc sc sv tsv vfb vfl fsv bsc sg tus ssv tsg spvgg ksv asv esv msv fk ac
  union eintracht borussia fortuna alemannia werke werk airlines airways motors media
  records studios entertainment systems technologies software electronics pharma
  energie stadtwerke kooperative genossenschaft agentur agency association foundation
  university college institute school council committee party league federation
  ministry department office court parliament assembly army navy
`));

export const PLACE_WORDS: ReadonlySet<string> = new Set(words(`
  straße strasse str. platz allee weg gasse ring damm ufer brücke chaussee landstraße
  bahnhof hauptbahnhof flughafen hafen see sees berg berge tal insel inseln fluss bach
  wald park kirche dom münster schloss burg kloster tor markt marktplatz viertel kiez
  bezirk kreis landkreis stadt dorf gebirge gebirges tunnel kanal bucht küste kap
  halbinsel meer ozean golf street avenue road square lane boulevard bridge river lake
  mount mountains island islands bay valley county city town village station airport
  hall palace castle cathedral church tower park
`));
