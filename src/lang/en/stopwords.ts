/** English function words: articles, pronouns, prepositions, conjunctions, auxiliaries. */
import { words } from '../shared/data.js';

export const stopwords: ReadonlySet<string> = new Set(words(`
  a an the this that these those
  i me my mine myself you your yours yourself yourselves he him his himself she her hers
  herself it its itself we us our ours ourselves they them their theirs themselves
  who whom whose which what whatever whoever whichever
  am is are was were be been being have has had having do does did doing done
  will would shall should can could may might must ought
  and or but nor so yet for because although though while whereas if unless until since
  as than whether once when whenever where wherever why how
  of at by with from to into onto upon in on off out over under above below between among
  through during before after about against along across around behind beyond beside
  besides despite within without toward towards via per amid amidst throughout
  up down again further then there here now just only also too very even still already
  not no yes all any both each few more most other some such own same several many much
  less least enough every either neither another
  s t d ll m o re ve y
  ain aren couldn didn doesn hadn hasn haven isn mightn mustn needn shan shouldn wasn
  weren won wouldn
`));
