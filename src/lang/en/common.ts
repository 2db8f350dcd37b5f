/**
 * English words that are capitalised at the start of a sentence or in a
 * title-case headline but are not names on their own: function words,
 * sentence adverbs, and nouns, verbs and adjectives frequent in headlines
 * ("Russia Says North Korea Missile Launch Threatens Peace"). Lower case.
 * Months are handled by the calendar; weekdays are included. Nationality
 * adjectives and demonyms ("Russian", "Americans") are included too, so that
 * "Russian President Vladimir Putin" is read as adjective + role + name.
 */
import { ADJECTIVE_ROWS } from '../shared/adjectives-data.js';
import { words } from '../shared/data.js';

const FUNCTION_WORDS = `
  the a an this that these those there here it its it's they them their he his him she
  her we our us you your i my me who whom whose what which where when why how whether
  if unless until while although though because since as after before during despite
  in on at by for from with without into onto over under above below between among
  through across against about around along beyond toward towards within amid via per
  of to up down out off near inside outside
  and or but nor so yet then than also too only just even still already again
  not no yes all any both each every either neither some many much more most few less
  several such other another same own
  is are was were be been being am has have had do does did will would can could may
  might must shall should
  meanwhile however moreover furthermore nevertheless nonetheless instead otherwise
  therefore thus hence indeed besides likewise similarly additionally also overall
  earlier later afterwards today yesterday tomorrow tonight now recently currently
  previously initially finally eventually ultimately subsequently soon once twice
  separately elsewhere nationwide worldwide
  according asked speaking writing responding citing quoting noting adding
  many most some none nobody everyone everybody someone somebody anyone anything
  everything something nothing
  first second third last next final latest new old former ex top key major minor
  big small large huge high low long short early late full half whole
  asked reported told said says
  sunday monday tuesday wednesday thursday friday saturday
`;

const HEADLINE_WORDS = `
  says said say warns warned urges urged calls called claims claimed denies denied
  accuses accused rejects rejected slams slammed vows vowed pledges pledged threatens
  threatened condemns condemned demands demanded admits admitted confirms confirmed
  announces announced reveals revealed launches launched fires fired tests tested
  kills killed dies died wins won loses lost meets met visits visited signs signed
  agrees agreed seeks sought plans planned faces faced sees saw hits hit strikes struck
  attacks attacked blocks blocked bans banned backs backed cuts cut raises raised
  opens opened closes closed ends ended begins began starts started returns returned
  arrives arrived leaves left sends sent orders ordered approves approved passes passed
  votes voted elects elected resigns resigned fires sacks sacked arrests arrested
  charges charged sues sued jails jailed frees freed releases released
  war wars attack attacks strike strikes missile missiles rocket rockets launch launches
  test tests nuclear weapons weapon bomb bombs drone drones army military troops soldiers
  forces navy fighter fighters jet jets tank tanks border borders ceasefire truce peace
  deal deals talks talk summit meeting meetings visit trip crisis conflict fighting
  battle offensive invasion occupation sanctions sanction threat threats warning
  warnings tensions tension escalation provocation protest protests riot riots rally
  rallies strike election elections vote votes poll polls campaign race
  government governments state states minister ministers president presidency
  leader leaders chief chiefs official officials spokesman spokeswoman spokesperson
  party parties parliament congress senate court courts judge judges law laws bill
  bills ban budget tax taxes economy economic market markets stocks shares prices price
  inflation rates rate oil gas energy trade tariffs tariff jobs workers union unions
  police officers shooting shootings killing killings murder crash fire fires flood
  floods storm storms earthquake quake heat drought climate weather
  city town village capital region country nation world people man woman men women
  child children family families group groups report reports study survey data
  news breaking live update updates exclusive analysis opinion explainer watch video
  photos inside how why what who when where after amid over under
  north south east west northern southern eastern western central
  global international national local foreign domestic federal
  black white red green far near middle
  day week month year years months weeks days hours hour minutes
  home house school schools hospital hospitals church
  death deaths dead toll victims victim survivors refugees migrants aid help support
  plan plans policy policies reform reforms rule rules power control security safety
  health care risk risks fears fear hopes hope concerns concern anger outrage calls
  call move moves step steps push bid effort efforts ahead amid behind
  role roles response responses accusation accusations allegation allegations claim
  raid raids blast blasts explosion explosions hostage hostages prisoner prisoners
  exchange swap swaps aid deal truce agreement accord pact treaty resolution
  investigation probe inquiry trial verdict sentence ruling appeal case cases charges
  scandal leak leaks record records rise rises fall falls drop drops surge surges jump
  slump growth recession boost hike hikes
  prime vice deputy acting interim senior junior chief
  breaking update analysis comment explained
  mr mrs ms dr sir lord lady dame
  god gods heaven hell
`;

/** Every word of the English adjective stems, with the plural of the demonyms. */
function nationalityWords(): string[] {
  const out: string[] = [];
  for (const [, , en] of ADJECTIVE_ROWS) {
    for (const stem of en.split('|')) {
      for (const word of words(stem)) out.push(word, `${word}s`);
    }
  }
  return out;
}

export const commonCapitalized: ReadonlySet<string> = new Set([
  ...words(`${FUNCTION_WORDS} ${HEADLINE_WORDS}`),
  ...nationalityWords(),
]);
