/**
 * English attribution cues: reporting verbs with their inflected forms, a few
 * phrasal verbs ("pointed out"), and source markers ("according to").
 *
 * Base forms, "-s" and "-ing" forms that are mostly nouns or adjectives in news
 * ("state", "states", "report", "reports", "claim", "note", "demand",
 * "warning", "threatening", "estimates") are left out; their past forms
 * ("stated", "reported", "claimed") are in.
 */
import type { Cue, SourceMarker } from '../../core/lang/pack.js';
import type { Stance } from '../../core/model/analysis.js';
import { marker, words } from '../shared/data.js';

/** "lemma: forms" per line, grouped by stance. The lemma is not itself added unless listed. */
const VERBS: Readonly<Record<Stance, string>> = {
  neutral: `
    say: say says said saying
    tell: tell tells told telling
    state: stated stating
    add: add adds added adding
    announce: announce announces announced announcing
    confirm: confirm confirms confirmed confirming
    explain: explain explains explained explaining
    note: noted noting notes
    report: reported
    write: writes wrote written writing
    reply: replied replying
    respond: responded responding
    answer: answered
    comment: commented commenting
    remark: remarked
    mention: mentioned
    declare: declare declares declared declaring
    disclose: disclosed discloses disclosing
    reveal: revealed reveals revealing
    recount: recounted recounts
    recall: recalled recalling
    tweet: tweeted
    post: posted
    quote: quoted
    cite: cited cites
    testify: testified testifies testifying
    ask: asked asks
    inform: informed informs
    indicate: indicate indicated indicates
    observe: observed observes
    clarify: clarified clarifies
    echo: echoed
    speak: spoke spoken speaks
    conclude: concluded concludes
    exclaim: exclaimed exclaims
    shout: shouted shouts
    chant: chanted chants chanting
    yell: yelled yells
    scream: screamed screams
    read: reads read
    retort: retorted retorts
    quip: quipped quips
    joke: joked jokes
    muse: mused muses
    proclaim: proclaimed proclaims
    recommend: recommended recommends
    propose: proposed proposes
    signal: signaled signalled signals
  `,
  distancing: `
    claim: claimed claims claiming
    allege: allege alleges alleged alleging
    insist: insist insists insisted insisting
    purport: purported purports
    contend: contend contends contended contending
    maintain: maintained maintains
    assert: assert asserts asserted asserting
    boast: boasted boasts boasting
    profess: professed professes
    suggest: suggest suggested suggests suggesting
    brag: bragged brags
    insinuate: insinuated insinuates
    hint: hinted hints
    imply: implied implies
  `,
  contesting: `
    deny: deny denies denied denying
    reject: reject rejects rejected rejecting
    dispute: disputed disputing
    refute: refute refutes refuted refuting
    rebut: rebut rebuts rebutted rebutting
    dismiss: dismiss dismisses dismissed dismissing
    contradict: contradict contradicts contradicted contradicting
    counter: countered
    repudiate: repudiated repudiates
    disavow: disavowed disavows
    question: questioned
    scoff: scoffed scoffs
  `,
  conceding: `
    admit: admit admits admitted admitting
    concede: concede concedes conceded conceding
    acknowledge: acknowledge acknowledges acknowledged acknowledging
    confess: confessed confesses
  `,
  emphatic: `
    stress: stressed stresses stressing
    emphasize: emphasize emphasizes emphasized emphasizing
    emphasise: emphasise emphasises emphasised emphasising
    underline: underlined underlines underlining
    underscore: underscored underscores underscoring
    reiterate: reiterate reiterates reiterated reiterating
    affirm: affirmed affirms
    reaffirm: reaffirmed reaffirms reaffirming
    assure: assured assures
    vow: vows vowed vowing
    pledge: pledged
    highlight: highlighted highlighting
    swear: swore sworn swears
    promise: promised promises
  `,
  pressure: `
    warn: warn warns warned
    threaten: threaten threatens threatened
    urge: urges urged urging
    demand: demanded
    accuse: accuse accuses accused accusing
    slam: slams slammed slamming
    criticize: criticize criticizes criticized criticizing
    criticise: criticise criticises criticised criticising
    condemn: condemn condemns condemned condemning
    blast: blasted blasts
    denounce: denounce denounces denounced denouncing
    decry: decried decries
    castigate: castigated castigates
    rebuke: rebuked rebukes
    lambast: lambasted lambasts
    complain: complain complains complained complaining
    protest: protested
    appeal: appealed
    plead: pleaded pleads pled
    blame: blame blames blamed blaming
    press: pressed
    lament: lamented laments
    bemoan: bemoaned bemoans
    mock: mocked mocks
    ridicule: ridiculed ridicules
  `,
  other: `
    argue: argue argues argued arguing
    predict: predicted predicts
    estimate: estimated
    speculate: speculated speculates
    hope: hoped
    label: labeled labelled
    brand: branded brands
    believe: believe believes believed
    think: thinks thought
    expect: expect expects expected
    fear: fear fears feared
    worry: worries worried
    wonder: wondered wonders
    call: called calls calling
    praise: praised praises
    tout: touted touts
    agree: agree agreed agrees
    forecast: forecasts
    want: want wants wanted
    refuse: refused refuses
    endorse: endorsed endorses
    support: supported supports supporting
    show: show showed shows showing shown
    intend: intends intended
    describe: described describes
    know: knows knew
    feel: feel feels felt
    realize: realized realizes
    recognize: recognized recognizes
    understand: understands understood
    doubt: doubted doubts
    decline: declined declines declining
    think: think
    seek: seek seeks sought seeking
    hope: hopes hoping
    defend: defended defends defending
    oppose: oppose opposes opposed opposing
    prefer: prefer prefers preferred
    find: found finds
    favor: favors favored
    back: backed backing
    offer: offered offers
    order: ordered
    attack: attacked
    identify: identified
    decide: decided
    email: emailed
    like: liked
    love: loved
    list: listed
    discuss: discussed discusses discussing
    consider: considered considers
    encourage: encouraged encourages encouraging
    portray: portrayed portrays
  `,
};

/** Phrasal verbs: "verb form|particle" per lemma, grouped by stance. */
const PHRASAL: Readonly<Record<Stance, string>> = {
  neutral: `
    point out: point points pointed pointing | out
    spell out: spelled spelt | out
    lay out: laid lays | out
    speak out: spoke speaks | out
  `,
  distancing: `
    play down: played plays | down
  `,
  contesting: `
    hit back: hit hits | back
    fire back: fired fires | back
    shoot back: shot | back
    push back: pushed pushes | back
    rule out: ruled rules | out
    brush off: brushed | off
    brush aside: brushed | aside
  `,
  conceding: `
    own up: owned | up
  `,
  emphatic: `
    make clear: made makes | clear
  `,
  pressure: `
    lash out: lashed lashes | out
    call for: called calls | for
    call on: called calls | on
  `,
  other: `
    weigh in: weighed weighs | in
    talk about: talk talks talked talking | about
    speak about: spoke speaks speaking | about
    refer to: refer refers referred referring | to
    point to: pointed points | to
    vote for: vote votes voted | for
    ask about: asked asks | about
    wonder about: wonder wonders wondered | about
    apologize for: apologized apologizes | for
    campaign on: campaigned campaigns | on
    rail against: rail rails railed railing | against
    vote against: vote votes voted voting | against
    campaign against: campaigned campaigns campaigning | against
    argue against: argued argues arguing | against
    warn against: warned warns warning | against
    warn of: warned warns warning | of
    agree with: agree agrees agreed | with
    side with: sided sides | with
    focus on: focused focuses focusing | on
    worry about: worry worries worried worrying | about
    care about: care cares cared | about
    comment on: comment comments commented commenting | on
    push for: pushed pushes pushing | for
    advocate for: advocated advocates advocating | for
    respond to: responded responds responding | to
  `,
};

/**
 * Verbs whose grammatical object is the person quoted ("Reuters quoted officials as saying").
 * Not "cite": "Clinton cited remarks Trump had made" is Clinton bringing them up, not Trump speaking.
 */
const OBJECT_IS_SPEAKER = new Set(['quote']);

function build(): { reportingVerbs: Map<string, Cue>; particleVerbs: Map<string, Cue> } {
  const reportingVerbs = new Map<string, Cue>();
  const particleVerbs = new Map<string, Cue>();
  for (const [stance, text] of Object.entries(VERBS) as [Stance, string][]) {
    for (const line of text.split('\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const lemma = line.slice(0, colon).trim();
      const cue: Cue = OBJECT_IS_SPEAKER.has(lemma) ? { lemma, stance, objectIsSpeaker: true } : { lemma, stance };
      for (const form of words(line.slice(colon + 1))) reportingVerbs.set(form, cue);
    }
  }
  for (const [stance, text] of Object.entries(PHRASAL) as [Stance, string][]) {
    for (const line of text.split('\n')) {
      const colon = line.indexOf(':');
      const bar = line.indexOf('|');
      if (colon < 0 || bar < 0) continue;
      const lemma = line.slice(0, colon).trim();
      const particle = line.slice(bar + 1).trim();
      for (const form of words(line.slice(colon + 1, bar))) particleVerbs.set(`${form}|${particle}`, { lemma, stance });
    }
  }
  return { reportingVerbs, particleVerbs };
}

const tables = build();

/** Inflected reporting verbs → lemma and stance ("claimed" → claim, distancing). */
export const reportingVerbs: ReadonlyMap<string, Cue> = tables.reportingVerbs;

/** Phrasal reporting verbs: "verb form|particle" → cue ("pointed|out" → point out). */
export const particleVerbs: ReadonlyMap<string, Cue> = tables.particleVerbs;

/** Source markers, longest first. */
export const sourceMarkers: readonly SourceMarker[] = [
  marker('according to unconfirmed reports', 'after', 'distancing'),
  marker('according to reports', 'after', 'distancing'),
  marker('according to media reports', 'after', 'distancing'),
  marker('in the words of', 'after', 'neutral'),
  marker('in the view of', 'after', 'other'),
  marker('as reported by', 'after', 'neutral'),
  marker('as quoted by', 'after', 'neutral'),
  marker('according to', 'after', 'neutral'),
  marker('citing', 'after', 'neutral'),
  marker('quoting', 'after', 'neutral'),
];
