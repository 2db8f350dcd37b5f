/** English word lists for choosing a speaker on evidence (`SpeakerEvidence`). */
import type { SpeakerEvidence } from '../../core/lang/pack.js';
import { words } from '../shared/data.js';

/** "key: word word" lines → key → its words (titles → the roles they imply; lemmas → the words that make them actions). */
function roleMap(text: string): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, ReadonlySet<string>>();
  for (const line of text.split('\n')) {
    const [title, roles] = line.split(':');
    if (title?.trim() && roles) map.set(title.trim(), new Set(words(roles)));
  }
  return map;
}

export const speakerEvidence: SpeakerEvidence = {
  addresseeCues: new Set(words('tell inform assure brief remind warn urge')),
  timeNouns: new Set(words('morning afternoon evening night week weekend month year day hours minutes noon midnight')),
  timeFillers: new Set(words('on in at during last this next earlier later late early same that one the')),
  auxiliaries: new Set(words('should could can may might must shall')),
  verbParticles: new Set(words('on up out back off ahead')),
  narratorPronouns: new Set(words('i you')),
  thingPronouns: new Set(words('it')),
  definiteArticles: new Set(words('the')),
  subordinators: new Set(words('after before while when since as because though although if once until unless whereas')),
  actions: roleMap(`
    plead: guilty innocent not no
  `),
  groupSources: new Set(
    words(`
      source sources people others voters candidates police economists experts analysts critics rivals prosecutors investigators
      authorities delegates progressives conservatives liberals supporters opponents organizers researchers scientists historians
      residents witnesses protesters demonstrators activists advocates observers insiders staffers pollsters polls surveys studies
      records documents reports investors executives strategists lawyers attorneys doctors republicans democrats independents
      respondents participants members leaders officials aides lawmakers legislators
      groups unions organizations agencies parents families relatives students teachers workers employees companies
    `),
  ),
  documentNouns: new Set(words('statement letter release memo email e-mail message post tweet video ad advertisement spot op-ed column')),
  titleRoles: roleMap(`
    gov: governor
    sen: senator lawmaker
    senator: lawmaker
    rep: representative congressman congresswoman lawmaker
    representative: congressman congresswoman lawmaker
    congressman: representative lawmaker
    congresswoman: representative lawmaker
    pres: president
    president-elect: president
    gen: general
    adm: admiral
    lt: lieutenant
    sgt: sergeant
    atty: attorney
    del: delegate lawmaker
    ambassador: envoy diplomat
    secretary: official
  `),
};
