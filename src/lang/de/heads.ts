/**
 * German head nouns that type a neighbouring name ("Hafenstadt Odessa",
 * "Nachrichtenagentur KCNA", "Weltraumbahnhof Wostotschny") and particles
 * inside names. The analysis also matches a head as the tail of a compound
 * ("Hafenstadt" ends in "stadt"), so heads that end many proper names
 * (-dorf, -burg, -berg, -heim, -see, -platz, -straße) are left out.
 */
import { words } from '../shared/data.js';

export const placeHeads: ReadonlySet<string> = new Set(words(`
  stadt städte hauptstadt ortschaft gemeinde provinz provinzen region regionen bezirk
  bezirke landkreis kanton präfektur distrikt gouvernement oblast gebiet gebiete bundesstaat
  bundesland teilrepublik republik staat insel inseln halbinsel archipel küste wüste gebirge
  fluss meerenge stadtteil stadtviertel viertel vorort siedlung
  flughafen hafen militärbasis luftwaffenstützpunkt stützpunkt marinestützpunkt basis
  kosmodrom weltraumbahnhof raumfahrtzentrum zentrum testgelände abschussrampe
  atomanlage anlage kraftwerk atomkraftwerk akw reaktor lager flüchtlingslager gefängnis
  krankenhaus grenzübergang grenzort
`));

export const orgHeads: ReadonlySet<string> = new Set(words(`
  partei parteien agentur nachrichtenagentur ministerium ministeriums behörde amt bank
  zentralbank notenbank konzern konzerns gruppe verband gewerkschaft stiftung institut
  universität hochschule gericht gerichtshof kommission komitee ausschuss parlament
  kongress armee streitkräfte miliz brigade bataillon regiment division dienst geheimdienst
  nachrichtendienst polizei zeitung sender rundfunk fernsehen staatsfernsehen magazin verlag
  unternehmen firma ag gmbh holding werke fluggesellschaft airlines organisation allianz
  bündnis union bewegung netzwerk initiative kirche fraktion koalition regierung
  administration kabinett staatsanwaltschaft generalstab militär luftwaffe staatsmedien
`));

/**
 * Nouns followed by an organisation's own name in apposition ("des Senders Channel 12",
 * "der Konzern Siemens"). Not nouns that form one name with what follows
 * ("Universität Hamburg", "Polizei Berlin", "Stiftung Warentest").
 */
export const appositiveOrgNouns: ReadonlySet<string> = new Set(words(`
  sender fernsehsender radiosender nachrichtensender zeitung tageszeitung wochenzeitung boulevardzeitung
  magazin nachrichtenmagazin wochenmagazin portal nachrichtenportal onlineportal agentur nachrichtenagentur
  verein verband konzern unternehmen firma partei bündnis initiative organisation bewegung netzwerk
  gruppe gruppierung miliz plattform blog fluggesellschaft airline reederei verlag klub club
`));

/** Particles between a given name and a surname ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg"). */
export const givenNameParticles: readonly string[] = ['von', 'von der', 'von dem', 'vom', 'zu', 'zur', 'von und zu', 'van', 'van der', 'van den', 'de', 'de la', 'di'];

/**
 * Particles inside names. "von", "zu" and "der" are left out: German nouns are
 * capitalised, so "Verbot von Chemiewaffen" would read as one name.
 */
export const nameParticles: ReadonlySet<string> = new Set(words(`
  van de di da du dos del della la le bin ibn al el ter ten
`));

/** Words before a ship's or vehicle's name ("das Containerschiff Ever Given"), and ship prefixes. */
export const vehicleHeads: ReadonlySet<string> = new Set(words(`
  schiff schiffe tanker frachter fregatte zerstörer flugzeugträger kreuzer u-boot jacht
  yacht fähre boot boote eisbrecher trawler kutter korvette
  hms uss mv ms rms ins
`));

/**
 * Words around a place name that tell whether it stands for its government: prepositions
 * that keep it a place ("in Kiew … zugesagt"), auxiliaries and modals after which it is the
 * subject ("Moskau wolle"), and the weak past tense ("warnte", "kritisierte").
 */
export const metonymyCues = {
  placePrepositions: new Set('in im nach aus von vom bei beim um bis über durch für gegen mit zu zum zur vor nahe'.split(' ')),
  auxiliaries: new Set('will wolle wollte werde würde soll solle sollte könne müsse'.split(' ')),
  pastTense: /[a-zäöüß]{3}te$/,
};
