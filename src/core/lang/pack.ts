/**
 * A language pack: what the analysis needs to know about one language, as data
 * plus a stemmer. Adding a language means adding a pack under src/lang/<code>/
 * and registering it in src/lang/index.ts; the core never names a language.
 */
import type { EntityType, Stance } from '../model/analysis.js';
import type { SpeechRules } from '../analyze/speech/rules.js';

export interface Cue {
  lemma: string;
  stance: Stance;
  /**
   * The form is a subjunctive one ("betone", "unterstreiche"): after another cue in
   * the same sentence it belongs to the reported content, not to a frame.
   */
  subjunctive?: boolean;
  /** The person quoted is the verb's object, not its subject ("zitieren", "quote", "cite"). */
  objectIsSpeaker?: boolean;
  /**
   * The form can be a past participle ("mitgeteilt", "kritisiert", "said"): with a
   * passive auxiliary in its clause ("wurde kritisiert") the subject is no speaker.
   */
  participle?: boolean;
}

/**
 * A multi-word or single-word source marker such as "laut", "zufolge",
 * "nach Angaben von", "according to". `words` are lower-case tokens in order.
 * `sourceSide` says where the source stands: after the marker ("laut X",
 * "according to X") or before it ("X zufolge").
 */
export interface SourceMarker {
  words: string[];
  /** Where the source is named; null for a marker that only points back to it ("demnach"). */
  sourceSide: 'after' | 'before' | null;
  lemma: string;
  stance: Stance;
}

/** One entry of a gazetteer: a real-world thing with the names one language uses for it. */
export interface GazetteerEntry {
  /** Shared across languages, e.g. "country:KP", "city:moscow", "org:kremlin". */
  id: string;
  type: EntityType;
  /** Canonical name in this language. */
  name: string;
  /** All surface forms, including inflected ones ("Russlands", "Kims" are handled by code). */
  aliases: string[];
  /**
   * For seats of power and capitals: the id of the government or institution it can
   * stand for when it acts ("Pjöngjang behauptet" → "gov:KP").
   */
  standsFor?: string;
  /**
   * Aliases that name the entry only for a time, by alias as listed: "Facebook" names
   * Meta only from 2021-10-28, so a 2018 article's Facebook is not "Meta". Absent: every
   * alias names it at any time.
   */
  validity?: Readonly<Record<string, AliasValidity>>;
}

/** When an alias names its entry: ISO dates (YYYY-MM-DD), `from` inclusive, `until` exclusive; either may be absent. */
export interface AliasValidity {
  from?: string;
  until?: string;
}

export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /** English name of the language. */
  name: string;
  /** Stem a lower-cased word. */
  stem(word: string): string;
  /**
   * Concept keys of a word, from the pack's near-synonym table: words that can
   * state the same fact share a key ("streik", "ausstand", "arbeitsniederlegung";
   * "resign", "relinquish"), and a verb shares one with its event noun
   * ("beobachten", "beobachtung"; "decide", "decision"). `stem` is the token's
   * stem by this pack, `norm` its lower-cased form ("streiks" → stem "streik").
   * Keys start with the pack's code ("de:syn:1234", "de:nom:beobachten") and
   * mean nothing across packs. Empty for words the table does not know and for
   * packs without a table. The list is shared and frozen: do not change it.
   * The table is loaded on the first call.
   */
  concepts(stem: string, norm: string): readonly string[];
  stopwords: ReadonlySet<string>;
  /** Lower-case abbreviations that end with a period but do not end a sentence ("z", "dr", "bzw", "u.s"). */
  abbreviations: ReadonlySet<string>;
  /** Number words ("zwei" → 2, "dozen" → 12). Lower case. */
  numberWords: ReadonlyMap<string, number>;
  /** Scale words after a number ("millionen" → 1e6, "billion" → 1e9). Lower case. */
  scaleWords: ReadonlyMap<string, number>;
  /**
   * Nouns naming what the number after them measures ("Stärke 6,1", "magnitude 6.1",
   * "category 4") → a key shared by all packs, so outlets in two languages can conflict.
   */
  measureNouns: ReadonlyMap<string, string>;
  /**
   * Words before a number that make it a bound or an estimate, lower case; a key may be two
   * words ("mehr als"). "several" multiplies a scale word ("mehrere hundert": 200–999), "many"
   * opens it upwards ("viele Tausend": 2000 or more).
   */
  quantityBounds: ReadonlyMap<string, QuantityBound>;
  /**
   * Words that deny what their clause states ("nicht", "kein", "not", "never"), lower case:
   * "pleaded guilty" and "will plead not guilty" are opposite statements.
   */
  polarityWords: ReadonlySet<string>;
  /** Words after a denial that make it add rather than deny ("nicht nur", "not only"), lower case. */
  additiveParticles: ReadonlySet<string>;
  /**
   * Words that make a role noun after them stand for two people named before ("die
   * beiden Staatschefs", "both leaders"), lower case.
   */
  pairWords: ReadonlySet<string>;
  /**
   * Words that point back to an earlier sentence ("er", "dieser", "darin", "he", "this"),
   * lower case: a sentence that opens with one cannot stand alone in a brief.
   */
  anaphors: ReadonlySet<string>;
  /**
   * Words around a place name that tell whether it stands for its government (entities/metonymy.ts):
   * prepositions before it that keep it a place ("in Washington erklärte …"), finite auxiliaries and
   * modals after which it is the subject ("Moscow would", "Moskau wolle"; copulas and "has" left out:
   * they describe the city), and the shape of a past tense ("warned", "warnte").
   */
  metonymyCues?: { placePrepositions: ReadonlySet<string>; auxiliaries: ReadonlySet<string>; pastTense: RegExp };
  /** A name takes a bare "-s" in the genitive ("Putins Sprecher"): an alias is also matched without it. */
  nameGenitiveS?: boolean;
  /** Nouns are written with a capital letter (German): the noun a number counts is the first capitalised word. */
  capitalizedNouns: boolean;
  /**
   * Conjunctions that join two main clauses after a comma ("…, und …", "…, while …"),
   * lower case: where a sentence states two things, the comparison splits it there.
   */
  clauseJoiners: ReadonlySet<string>;
  /**
   * The joiners above that may also join two verb phrases of one subject ("and", "und"):
   * a clause is split there only when a subject follows (an article, a pronoun, a name).
   */
  coordinators: ReadonlySet<string>;
  /**
   * Words that put a count on one side of a vote or dispute ("für"/"gegen", "for"/"against"),
   * lower case → side: "310 stimmten für ihn" and "289 stimmten gegen ihn" count two things.
   */
  sideWords: ReadonlyMap<string, 'for' | 'against'>;
  /** Relative pronouns ("die", "deren", "which", "who"), lower case: a clause one opens after a comma speaks of the noun before it. */
  relativePronouns: ReadonlySet<string>;
  /** Words joining two numbers into a range ("31 bis 32 Prozent"), lower case. */
  rangeWords: ReadonlySet<string>;
  /** Plural counting words that mean "several of" ("Hunderte", "thousands"), lower case. */
  pluralCounts: ReadonlySet<string>;
  /** Counted nouns that are a fixed multiple of another, by this pack's stems ("jahrzehnt" → ["jahr", 10]). Optional. */
  unitMultiples?: ReadonlyMap<string, readonly [string, number]>;
  /**
   * What happened to counted people, as the noun that counts them so: stems of person
   * nouns ("mensch", "peopl"), and word sequences of a clause, lower case, → the stem of
   * the state noun ("ums leben" → "tot": "95 Menschen kamen ums Leben" counts the dead,
   * as "72 Tote" do). Optional.
   */
  countedStates?: { people: ReadonlySet<string>; states: readonly (readonly [readonly string[], string])[] };
  /** Nouns that count what their attribute names, and the words linking them ("Zahl der Toten", "number of people"): a number with no noun of its own counts that. Optional. */
  countNouns?: { nouns: ReadonlySet<string>; links: ReadonlySet<string> };
  /** Frequent verb forms, lower case: where the noun after a number ends when nouns are not capitalised ("five people died"). */
  commonVerbs: ReadonlySet<string>;
  /** Month names and abbreviations → 1–12. Lower case. */
  months: ReadonlyMap<string, number>;
  /** Weekday names → 0 (Sunday) … 6. Lower case. */
  weekdays: ReadonlyMap<string, number>;
  /** Words for a day relative to publication ("heute" → 0, "gestern" → -1, "yesterday" → -1). */
  relativeDays: ReadonlyMap<string, number>;
  /** Words that put a bare weekday in the coming week ("wird", "nächsten", "will", "due"); lower case. */
  futureMarkers: ReadonlySet<string>;
  /** Inflected reporting verbs and verb particles as written ("sagte", "behauptete", "said") → lemma and stance. */
  reportingVerbs: ReadonlyMap<string, Cue>;
  /** Separable verb particles that complete a reporting verb ("teilte … mit" → "mitteilen"): "stem form|particle" → cue. */
  particleVerbs: ReadonlyMap<string, Cue>;
  sourceMarkers: readonly SourceMarker[];
  /** Hedges and evidential adverbs, lower case form → lemma. */
  hedges: ReadonlyMap<string, string>;
  /** Role and title nouns that describe people ("präsident", "sprecherin", "kreml-sprecher" is handled by code), lower case. */
  roles: ReadonlySet<string>;
  /** Role nouns that describe organisations' spokespeople or officials, for "der Sprecher" coreference. Subset of roles. */
  speakerRoles: ReadonlySet<string>;
  /** Descriptors that carry a judgement when used as a label ("machthaber", "diktator", "regime"). Lower case → lemma. */
  loadedWords: ReadonlyMap<string, string>;
  /** Personal pronouns that can stand for a speaker ("er", "sie", "he", "she") → gender or "any". */
  pronouns: ReadonlyMap<string, 'm' | 'f' | 'any'>;
  /** Given names, lower case, to spot people ("wladimir", "adrienne"). */
  firstNames: ReadonlySet<string>;
  /** Capitalised words that are never names on their own (German common nouns frequent in news, English sentence-initial words). Lower case. */
  commonCapitalized: ReadonlySet<string>;
  gazetteer: readonly GazetteerEntry[];
  /**
   * Adjective and demonym stems → gazetteer id ("russisch" → "country:RU",
   * "nordkoreanisch" → "country:KP", "american" → "country:US"). Matching is by prefix
   * of the lower-cased word, so "russischen" and "russische" both match "russisch".
   */
  adjectives: ReadonlyMap<string, string>;
  /**
   * Verb forms that mark reported speech by mood (German Konjunktiv I: "sei", "habe",
   * "werde", "könne"). Empty for languages without such a mood.
   */
  subjunctiveMarkers: ReadonlySet<string>;
  /**
   * Whether a lower-case word has the shape of a reportative verb form beyond the
   * closed list (German Konjunktiv I: verb stem + -e, "blockiere", "verlange").
   * The analysis only asks where a verb can stand (not before a noun). Optional.
   */
  subjunctiveShape?: (word: string) => boolean;
  /**
   * Conditional forms that also report speech where the subjunctive equals the
   * indicative (German Konjunktiv II: "wären", "hätten", "würden"); counted as
   * reported only next to a frame. Absent for languages without them.
   */
  conditionalMarkers?: ReadonlySet<string>;
  /** Words that open a content clause after a reporting verb ("dass", "ob", "that", "whether"), lower case. */
  complementizers?: ReadonlySet<string>;
  /** Words that open an adverbial clause, which is never reported content ("als", "weil", "when", "because"), lower case. */
  adverbialOpeners?: ReadonlySet<string>;
  /** Head nouns that name a kind of place before or after a name ("region", "kosmodrom", "city"), lower case; compounds ending in one count. */
  placeHeads: ReadonlySet<string>;
  /** Head nouns and suffixes that mark organisations ("partei", "agentur", "ministerium", "party", "agency", "inc"), lower case; compounds ending in one count. */
  orgHeads: ReadonlySet<string>;
  /**
   * Nouns after which a name in apposition is an organisation's ("des Senders Channel 12",
   * "des Vereins Pax Europa"), lower case; compounds ending in one count. Optional: for
   * languages that capitalise nouns, where the noun and the name form one capitalised run.
   */
  appositiveOrgNouns?: ReadonlySet<string>;
  /** Lower-case particles inside names ("von", "van", "de", "bin", "al"). */
  nameParticles: ReadonlySet<string>;
  /**
   * Particle sequences that join a given name to a surname and nothing else ("von der" in
   * "Ursula von der Leyen", "zu" in "Karl-Theodor zu Guttenberg"), lower case, words
   * separated by one space. Optional: for languages whose particles are also common
   * prepositions ("Verbot von Chemiewaffen"), so they join only after a known given name.
   */
  givenNameParticles?: readonly string[];
  /**
   * Capitalised words that make a title together with a role after them
   * ("Prime", "Foreign", "Defence" in "Defence Minister Sergei Shoigu"), lower case.
   * Languages that write such titles as one word need none.
   */
  titleWords?: ReadonlySet<string>;
  /**
   * Nouns that frame reported content ("der Vorwurf, …", "die Forderung, …",
   * "the claim that …"), every inflected form, lower case → lemma and stance. Optional.
   */
  speechNouns?: ReadonlyMap<string, Cue>;
  /**
   * Nouns whose content follows a preposition ("attacks on X", "support for X"),
   * every form, lower case → lemma, stance and the prepositions. Optional (English).
   */
  prepositionNouns?: ReadonlyMap<string, PrepositionNoun>;
  /**
   * Evidential nouns that make "nach" + noun phrase a source marker ("nach einer
   * Stellungnahme der Armee", "nach Expertenmeinung"), lower case; compounds ending
   * in one count. Noun → stance. Optional.
   */
  evidentialNouns?: ReadonlyMap<string, Stance>;
  /**
   * Nouns after which quote marks hold a name or title, not speech ("unter dem
   * Motto „…“", "the album “…”"), lower case. Optional.
   */
  titleNouns?: ReadonlySet<string>;
  /**
   * Words before the name of a ship or other vehicle ("tanker", "frigate", "Containerschiff")
   * and prefixes inside one ("HMS", "USS"), lower case; compounds ending in one count.
   * Such a name is never a person's ("the tanker Front Altair").
   */
  vehicleHeads?: ReadonlySet<string>;
  /**
   * Determiners and pronouns that stand only for an object, never a subject ("den", "dem",
   * "einem", "ihn", "ihm" in German), lower case: a role they open ("den Reportern") or
   * the pronoun itself was told the words or is spoken about, never who spoke. Optional:
   * languages without case forms have none.
   */
  objectCaseWords?: ReadonlySet<string>;
  /**
   * Words that open, after a comma, a clause giving a noun's content or a relative clause, never
   * a clause of saying ("der Verdacht, wonach …", "…, denen …"): a reportative mood only there
   * leaves the sentence narration. Optional.
   */
  nounClauseOpeners?: ReadonlySet<string>;
  /** Prepositions that name whom words were addressed to ("an", "to"): a person after one is no one quoted. Optional. */
  addresseePrepositions?: ReadonlySet<string>;
  /** Pronouns that may be subject or object ("sie", "es"): after the verb, an object when the prefield names a speaker. */
  caseAmbiguousPronouns?: ReadonlySet<string>;
  /**
   * Endings of nouns that name a person by what they do ("Verfasser", "Studentin",
   * "Demonstrant"), for a lower-case word: a subject headed by one can have said the
   * words though no list names it a role. Optional.
   */
  personNounEnding?: RegExp;
  /** Articles ("the", "a"): a run of capitalised words right after one is rarely a person's name. */
  articles?: ReadonlySet<string>;
  /**
   * What makes a reporting verb without content clause no report of speech, lower case. Optional.
   * `idioms`: words before a participle that make a set phrase ("genauer gesagt");
   * `negations`: words that deny the act ("nicht bestätigt"); `anaphors`: objects that only point
   * back to what was said before ("Dies bestätigte X"); `needs`: lemma → word that must follow the
   * verb for it to be speech ("drohen" only with "mit": "droht ihm die Todesstrafe" is no threat uttered).
   */
  speechActLimits?: {
    idioms: ReadonlySet<string>;
    negations: ReadonlySet<string>;
    anaphors: ReadonlySet<string>;
    needs: ReadonlyMap<string, string>;
  };
  /** Paired quote marks used in this language, opening → closing. */
  quotePairs: ReadonlyMap<string, string>;
  /** What the sentence splitter needs beyond `abbreviations` and `months`. */
  sentenceCues: SentenceCues;
  /** Cue words for lines that are no part of the story: credits, bylines, agency tags, promos. */
  boilerplate: BoilerplateCues;
  /** Word lists that tell who speaks beyond the cue lexicon (see `SpeakerEvidence`). Optional. */
  speakerEvidence?: SpeakerEvidence;
  /**
   * Speech rules only this language has, as hooks and passes (see `SpeechRules`):
   * the speech code asks these and never tests the language code. Optional.
   */
  speechRules?: SpeechRules;
  /**
   * What tells a name from a word capitalised only by convention (title-case headlines,
   * sentence starts) and keeps organisation names whole (see `NameEvidence`). Optional:
   * without it capitalised words are read as written.
   */
  nameEvidence?: NameEvidence;
}

/**
 * Word lists for telling names from words capitalised by convention, for languages
 * that write common nouns in lower case. All lower case.
 */
export interface NameEvidence {
  /**
   * Headlines may capitalise every word ("Mueller Shows Link Between Trump and Stone"):
   * such a headline's capitals are read from the body (a word the body writes capitalised
   * inside a sentence is a name; any other is not).
   */
  titleCaseHeadlines: boolean;
  /** Forms that are never names, tested on the lower-case word: contractions ("i'm", "we've", "don't"). */
  notName: RegExp;
  /**
   * Word shapes that start sentences but rarely names, tested on the lower-case word
   * ("following", "certainly"): at a sentence's start such a word is a name only when the
   * article writes it capitalised elsewhere.
   */
  initialShapes: RegExp;
  /**
   * Words that never stand inside one name, so a capitalised run is split there when
   * names stand on both sides: verbs of headlines ("shows", "says", "defends"). Stopwords
   * split a run too ("Between", "And"), `orgConnectors` do not.
   */
  runBreakers: ReadonlySet<string>;
  /** Words inside an organisation's name after its head noun ("Bank of America", "Committee on Foreign Relations"). */
  orgConnectors: ReadonlySet<string>;
  /** Words joining two words of one organisation's name before its head noun ("Ways and Means Committee"). */
  orgJoiners: ReadonlySet<string>;
  /** Legal forms after a company's name ("inc", "corp", "ltd"): not part of who it is ("Apple Inc." is "Apple"). */
  legalForms: ReadonlySet<string>;
  /** Nouns right before a name that make it an organisation's ("automaker Chrysler", "the airline Qantas"); compounds ending in one count. */
  orgDescriptors: ReadonlySet<string>;
  /** Words right after a name (or its possessive) that make it an organisation's ("Chrysler dealers", "Ford's shares", "Apple CEO"). */
  orgFollowers: ReadonlySet<string>;
}

/**
 * What a language's words say about who speaks: the speech code reads these
 * lists to prefer a speaker on evidence and leave it unknown rather than guess.
 * All lower case.
 */
export interface SpeakerEvidence {
  /** Cue lemmas whose object is whom the words were addressed to, never who spoke ("tell": "X told CNN"). */
  addresseeCues: ReadonlySet<string>;
  /**
   * Words of a time adverbial that may stand between a subject and its verb
   * ("X on Friday said", "X earlier this month announced"): the nouns, besides the pack's
   * weekdays, months and relative days ("week", "morning").
   */
  timeNouns: ReadonlySet<string>;
  /** Words that open or fill such a time adverbial ("on", "last", "this", "earlier"). */
  timeFillers: ReadonlySet<string>;
  /** Auxiliaries and modals between a subject and its verb that the subject finder steps over ("should", "could"). */
  auxiliaries: ReadonlySet<string>;
  /** Particles between a verb and an infinitive cue ("went on to say"): the subject stands before the verb. */
  verbParticles: ReadonlySet<string>;
  /** Pronouns of the writer or reader, never a quoted source when they stand outside quotes ("I", "you"). */
  narratorPronouns: ReadonlySet<string>;
  /** Pronouns that stand for an organisation, never a person ("it"): "The Times wrote … “…,” it added". */
  thingPronouns?: ReadonlySet<string>;
  /** Definite articles: a role phrase opened by one refers to someone named before ("the governor"). */
  definiteArticles: ReadonlySet<string>;
  /** Titles and roles → the roles they imply ("gov" → governor, "representative" → congressman): "Gov. Ann Lee" is "the governor". */
  titleRoles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Documents that speak for whoever issued them ("statement", "letter"): "the statement said" is the issuer's. */
  documentNouns: ReadonlySet<string>;
  /** Words that open a subordinate clause before the main one ("after", "when"): "After Lee spoke, responding …, Roe said". */
  subordinators: ReadonlySet<string>;
  /** Cue lemma → words right after the verb that make it an action reported, not words ("plead" + "guilty"). */
  actions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lower-case nouns that name a group of people, or what they put out, as a source on their own ("sources said", "critics argue", "polls show"). */
  groupSources: ReadonlySet<string>;
}

/** Word lists that decide sentence ends the punctuation alone leaves open. All lower case. */
export interface SentenceCues {
  /**
   * Whether a period after a number can make it an ordinal ("am 3. Juni", "der 15. Titel")
   * rather than end the sentence (German yes, English no).
   */
  ordinalPeriod: boolean;
  /**
   * Words that open a sentence and never stand right after an ordinal or inside a name
   * after an abbreviation: articles, pronouns, conjunctions, adverbs, prepositions
   * ("die", "er", "da", "damit", "the", "he", "but"). "… stieg auf 60. Da …" ends after "60.".
   */
  openers: ReadonlySet<string>;
  /**
   * Words that stand before an ordinal ("der", "am", "zum", "seinem", "und"). Before a
   * capitalised word other than a month, a number after a noun ("Platz 17."), after an
   * opener ("auf 60.") or after a `cardinalMarkers` word ends its sentence; after one of
   * these, after an adjective or after punctuation it is an ordinal.
   */
  ordinalDeterminers: ReadonlySet<string>;
  /** Words before a count, never before an ordinal ("mindestens", "rund", "insgesamt"). */
  cardinalMarkers: ReadonlySet<string>;
  /**
   * Abbreviations (also in `abbreviations`) that may end a sentence as well ("etc", "usw",
   * "inc", "jr", "u.s", "calif"): they end one before an opener, and after a comma before
   * any capitalised word ("… in Pittsburg, Calif. Dukes is …").
   */
  terminalAbbreviations: ReadonlySet<string>;
  /** Lower-case words inside a place name in a dateline ("Frankfurt am Main.", "Halle an der Saale.", "Newcastle upon Tyne."). */
  datelineConnectors: ReadonlySet<string>;
}

/** Cue words that mark boilerplate sentences. All lower case; empty where a language has none. */
export interface BoilerplateCues {
  /** Labels that open a credit line or caption credit before a colon ("foto", "bild", "quelle", "photo", "credit"). */
  creditLabels: ReadonlySet<string>;
  /** News agencies and picture services as written in tags and credits, one word each ("dpa", "afp", "reuters", "getty"). */
  agencies: ReadonlySet<string>;
  /** Words that open a byline before the author's name ("von", "by"). */
  bylineOpeners: ReadonlySet<string>;
  /** Words that may stand between or inside authors' names in a byline ("und", "and", "von"). */
  bylineJoiners: ReadonlySet<string>;
  /** Words in parentheses that mark a photo caption ("archivbild", "symbolbild", "file"). */
  captionMarkers: ReadonlySet<string>;
  /** Phrases that make a sentence boilerplate when they open it ("mehr zum thema", "lesen sie auch", "read more"). */
  openingPhrases: readonly string[];
  /** Phrases that make a sentence boilerplate wherever they stand ("check back for updates", "alle rechte vorbehalten"). */
  phrases: readonly string[];
}

/** How a qualifier bounds the number after it. */
export type QuantityBound = 'about' | 'almost' | 'atLeast' | 'moreThan' | 'atMost' | 'lessThan' | 'several' | 'many';

/** A noun cue whose content follows one of its prepositions ("opposition to [the bill]"). */
export interface PrepositionNoun {
  lemma: string;
  stance: Stance;
  prepositions: readonly string[];
}
