/**
 * English word lists for telling names from words capitalised by convention
 * (`NameEvidence`): title-case headlines, contractions, verbs that split a run of
 * capitalised words, and what keeps an organisation's name whole.
 */
import type { NameEvidence } from '../../core/lang/pack.js';
import { words } from '../shared/data.js';

/** Verbs of headlines: a run "Mueller Shows Link Between Trump" is no name across them. */
const HEADLINE_VERBS = words(`
  says said say tells told asks asked shows showed show reveals revealed defends defended
  reaffirms reaffirmed appears appeared criticizes criticises criticized criticised rebukes
  rebuked accuses accused announces announced releases released beats beat suggests
  suggested overrides overrode pleads pleaded hears heard turns turned signs signed meets
  met pledges pledged slams slammed calls called expresses expressed faces faced seeks
  sought wins won loses lost backs backed blasts blasted unveils unveiled vows vowed rips
  ripped praises praised endorses endorsed hits hit urges urged warns warned denies denied
  admits admitted claims claimed rejects rejected threatens threatened condemns condemned
  demands demanded confirms confirmed launches launched visits visited agrees agreed
  resigns resigned quits quit apologizes apologises apologized apologised invokes invoked
  subpoenas subpoenaed indicts indicted charges charged sues sued names named picks picked
  taps tapped fires fired hires hired joins joined leaves left returns returned
  is are was were has have had will would can could may might must should
  to vs versus
`);

export const nameEvidence: NameEvidence = {
  titleCaseHeadlines: true,
  notName: /['’](?:m|re|ve|ll|d)$|n['’]t$|^(?:it|that|there|here|what|who|where|how|let|he|she)['’]s$/,
  // Participles and long adverbs: "Following the vote, …", "Certainly, …" (not "Carly", "Kimberly").
  initialShapes: /^(?:\p{Ll}{3,}ing|\p{Ll}{7,}ly)$/u,
  runBreakers: new Set(HEADLINE_VERBS),
  orgConnectors: new Set(words('of for on')),
  orgJoiners: new Set(words('and &')),
  legalForms: new Set(words('inc incorporated corp corporation co ltd limited llc plc lp llp ag se sa nv n.v bv gmbh spa s.p.a ab asa oyj')),
  orgDescriptors: new Set(
    words(`
      company companies firm maker automaker carmaker manufacturer airline carrier retailer
      bank lender insurer conglomerate chain brand label publisher broadcaster network
      newspaper startup start-up operator supplier developer producer exporter giant
      subsidiary group corporation provider distributor
    `),
  ),
  orgFollowers: new Set(
    words(`
      shares share stock stocks shareholders stockholders investors ceo ceos cfo coo chairman
      board executives employees workforce headquarters subsidiary subsidiaries unit
      division brand brands products product stores store outlets dealers dealerships
      factory factories plant plants profit profits revenue revenues earnings sales
      customers vehicles cars trucks models aircraft jets airliners flights fleet
    `),
  ),
};
