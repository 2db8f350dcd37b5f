/** German cues for the sentence splitter and for boilerplate lines (credits, bylines, promos). */
import type { BoilerplateCues, SentenceCues } from '../../core/lang/pack.js';
import { INTERNATIONAL_AGENCIES } from '../shared/agencies.js';
import { words } from '../shared/data.js';
import { stopwords } from './stopwords.js';

/** Function words that are also nouns after an ordinal ("zum 15. Mal"). */
const ORDINAL_NOUNS = new Set(['mal']);

export const sentenceCues: SentenceCues = {
  ordinalPeriod: true,
  openers: new Set([...stopwords].filter((w) => !ORDINAL_NOUNS.has(w))),
  ordinalDeterminers: new Set(words(`
    der die das des dem den am im zum zur vom beim ins ans aufs ums
    ein eine einem einen einer eines
    mein meine meinem meinen meiner meines dein deine deinem deinen deiner deines
    sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres
    unser unsere unserem unseren unserer unseres euer eure eurem euren eurer eures
    dieser diese dieses diesem diesen jener jene jenes jenem jenen
    jeder jede jedes jedem jeden welcher welche welches welchem welchen
    kein keine keinem keinen keiner keines
    und oder bis sowie
  `)),
  cardinalMarkers: new Set(words(`
    mindestens rund knapp gut insgesamt nahezu annähernd circa ca höchstens maximal
    exakt genau lediglich ungefähr zirka total gesamt
  `)),
  terminalAbbreviations: new Set(words(`
    usw etc u.a u.ä u.v.m ff jh jhd jhdt mio mrd tsd ebd str art
  `)),
  datelineConnectors: new Set(words('am an der im in ob bei')),
};

export const boilerplate: BoilerplateCues = {
  creditLabels: new Set(words(`
    foto fotos bild bilder bildquelle bildnachweis bildrechte quelle quellen grafik grafiken
    infografik karte video titelbild titelfoto archivbild archivfoto symbolbild symbolfoto
    illustration montage fotomontage fotograf fotografin mitarbeit redaktion copyright text
  `)),
  agencies: new Set([
    ...INTERNATIONAL_AGENCIES,
    ...words(`dpa dpa-afx afx dpa-infocom kna epd dts ddp dapd sid apa sda awp ots picture alliance`),
  ]),
  bylineOpeners: new Set(['von']),
  bylineJoiners: new Set(words('und mit sowie von zu vom')),
  captionMarkers: new Set(words('archivbild archivfoto symbolbild symbolfoto fotomontage screenshot')),
  openingPhrases: [
    'mehr zum thema', 'mehr dazu', 'mehr zu diesem thema', 'mehr lesen', 'weiterlesen',
    'lesen sie auch', 'lesen sie hier', 'lesen sie mehr', 'lesen sie dazu', 'lesen sie weiter', 'lesen sie außerdem',
    'auch interessant', 'das könnte sie auch interessieren', 'das könnte sie interessieren',
    'hier finden sie', 'hier lesen sie', 'hier geht es zu', "hier geht's zu", 'hier sehen sie',
    'sehen sie hier', 'sehen sie im video', 'hören sie hier', 'hier können sie',
    'jetzt abonnieren', 'abonnieren sie', 'folgen sie uns', 'laden sie die', 'laden sie unsere',
    'melden sie sich', 'zum liveblog', 'zum liveticker', 'zum newsletter', 'mit material von',
    'weitere informationen finden sie', 'weitere nachrichten', 'weitere artikel',
  ],
  phrases: [
    'alle rechte vorbehalten', 'im liveblog', 'im newsblog', 'im liveticker', 'unseren newsletter',
    'unserem newsletter', 'newsletter abonnieren', 'kostenlos abonnieren', 'in unserer app', 'unsere app',
    'app herunterladen', 'push-benachrichtigung', 'whatsapp-kanal', 'wird laufend aktualisiert',
    'wird fortlaufend aktualisiert', 'meldung wird aktualisiert', 'wir berichten weiter', 'mehr in kürze',
    'bericht beigetragen', 'zu diesem bericht bei',
  ],
};
