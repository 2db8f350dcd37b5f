/** Syndication detection: the same wire text published by several outlets. */
export {
  fingerprint,
  estimateJaccard,
  estimateContainment,
  encodeFingerprint,
  decodeFingerprint,
  SIGNATURE_SIZE,
  SHINGLE_WORDS,
  type SyndicationFingerprint,
} from './fingerprint.js';
export { SyndicationIndex, type SyndicationMatch, type SyndicationOptions } from './syndication-index.js';
