/**
 * Following feeds: the public API the store, the CLI (`parallax feeds`,
 * `parallax watch`, `parallax ingest FEED`) and the HTTP API build on.
 */
export type { FeedFormat, FeedItem, ParsedFeed } from './feed-item.js';
export { parseFeedBytes, parseFeedText, type FeedParseOptions } from './parse-feed.js';
export { parseOpmlList, generateOpmlList, type OpmlList, type OpmlSubscription } from './opml.js';
export { feedItemToArticleInput, hasFullText, FULL_TEXT_MIN_CHARS } from './to-article.js';
export { htmlToText } from './html-text.js';
export { itemKeys, unseenItems } from './item-keys.js';
export { newFeedState, InMemoryFeedStateRepository, type FeedState, type FeedStateRepository } from './state.js';
export { DEFAULT_SCHEDULE, isDue, nextPollTime, msUntilNextDue, type ScheduleOptions } from './schedule.js';
export {
  FeedPoller,
  type FeedBatch,
  type FeedPollOutcome,
  type FeedPollStatus,
  type FeedPollerOptions,
  type PollOptions,
} from './poller.js';
export { watchFeeds, type WatchOptions } from './watch.js';
export { subscribe, unsubscribe, feedHealth, type FeedHealth, type FeedHealthStatus, type SubscribeOptions } from './subscriptions.js';
export {
  PoliteFetcher,
  FEED_ACCEPT,
  type PoliteFetcherOptions,
  type ConditionalFetcher,
  type ConditionalRequest,
  type ConditionalResponse,
  type PageFetcher,
} from '../http/polite-fetcher.js';
export { HostGate, type HostGateOptions } from '../http/host-gate.js';
export {
  OutboundPolicy,
  defaultOutboundPolicy,
  DEFAULT_ALLOWED_PORTS,
  type OutboundPolicyOptions,
  type OutboundSettings,
} from '../http/outbound-policy.js';
export { parseRobotsTxt, isAllowed, type RobotsPolicy } from '../http/robots-txt.js';
export { FetchError, isRetryable, type FetchFailure } from '../fetch-error.js';
export { canonicalUrl, urlKey, isTrackingParam } from '../../core/url/canonical.js';
export { fetchFeed } from './fetch-feed.js';
export { isFeedContentType, looksLikeFeed } from './detect-feed.js';
