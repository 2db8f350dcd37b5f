/**
 * Story assignment under a lease: of all processes writing one store, only the
 * holder of the lease `story-assigner:<partition>` puts articles into stories
 * (there is one partition, `global`, for now). Assignment is sequential by
 * nature — each article's story depends on every article before it — so the
 * holder assigns in seq order, which gives exactly what one process ingesting
 * the same articles in the same order gives:
 *
 * - A process without the lease stores its articles pending (no story yet).
 * - The holder first assigns whatever was stored after the last article it
 *   saw (others' pending articles), then its own new article; when nothing
 *   came between, article and assignment are one transaction (a fenced write).
 * - Taking the lease, a process restores the saved state (snapshot) and
 *   replays the articles after it in seq order; articles are the source of
 *   truth, so a crash loses nothing that was stored.
 * - The state is saved every SNAPSHOT_EVERY articles or SNAPSHOT_MS, and when
 *   the lease is released (close), never on every request.
 *
 * Every method must run inside the service's write queue (one at a time);
 * only lease renewal runs beside it.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { ArticleAnalysis } from '../core/model/analysis.js';
import { digestStory, type StoryMember } from '../core/story/summary.js';
import { SyndicationIndex, decodeFingerprint } from '../core/syndication/index.js';
import type { Store } from '../store/store.js';
import type { ArticleWrite, LeaseGrant, StoryWrite } from '../store/records.js';
import { fingerprintOf } from './article-rows.js';
import type { StoryAssigner, StoryAssignerFactory } from './story-assigner.js';
import { SNAPSHOT_KEY, encodeSnapshot, loadSnapshot } from './assigner-state.js';

const NONE: StoryWrite = { stories: [], merges: [] };

export interface LeaseOptions {
  /** Assignment partition; one global partition for now. */
  partition: string;
  /** Who this assigner is in the lease table (default: host:pid:random, new for every instance). */
  holder: string;
  /** A lease not renewed for this long may be taken over. */
  ttlMs: number;
  /** How often a holder renews. */
  renewMs: number;
  /** How often a process that keeps assigning (serve) looks for pending articles and tries the lease. */
  pollMs: number;
  /** Save the assigner's state after this many articles … */
  snapshotEvery: number;
  /** … or this long after the first article not yet saved. */
  snapshotMs: number;
}

export const DEFAULT_LEASE_OPTIONS: LeaseOptions = {
  partition: 'global',
  holder: '',
  ttlMs: 30_000,
  renewMs: 5_000,
  pollMs: 1_000,
  snapshotEvery: 500,
  snapshotMs: 60_000,
};

/** After seeing another process's articles, new articles go the two-step way (stored, then assigned) for this long. */
const FOREIGN_QUIET_MS = 5_000;
/** A process without the lease asks for it at most this often. */
const CLAIM_EVERY_MS = 1_000;

/** Where one new article ended up. */
export interface Placed {
  inserted: boolean;
  seq: number;
  /** Its story, or null while it is pending (another process holds the lease). */
  storyId: string | null;
}

export class LeasedAssigner {
  readonly options: LeaseOptions;
  readonly leaseName: string;
  private lease: LeaseGrant | null = null;
  /** Set by a failed renewal; acted on by the next queued step. */
  private leaseLost = false;
  private assigner: StoryAssigner | null = null;
  /** The epoch under which the assigner's state was built. */
  private stateEpoch = -1;
  private syndication: SyndicationIndex | null = null;
  /** Every article up to this seq has gone through the assigner, in seq order. */
  private assignedSeq = 0;
  private unsaved = 0;
  private firstUnsavedAt = 0;
  private foreignSeenAt = -Infinity;
  private nextClaimAt = 0;
  private lastRenewAt = 0;
  private renewing = false;
  private timer: NodeJS.Timeout | null = null;
  private keepAssigning = false;
  private ticking = false;
  /** This process stored articles pending (so at close it assigns them itself if the lease is free by then). */
  private leftPending = false;
  private closing = false;

  constructor(
    private readonly store: Store,
    private readonly factory: StoryAssignerFactory,
    options: Partial<LeaseOptions> = {},
    /** Told of every story an assignment touched (the service compares them at the end of a batch). */
    private readonly onAssigned: (storyId: string, merges: { from: string; into: string }[]) => void,
    /** Runs a step in the service's write queue. */
    private readonly run: (step: () => Promise<void>) => Promise<void>,
    /** Told of a failure of a background step (the step is tried again on the next tick). */
    private readonly onError: (err: unknown) => void,
  ) {
    this.options = { ...DEFAULT_LEASE_OPTIONS, ...options };
    // Two services in one process are two holders: the id must never be shared.
    if (!this.options.holder) this.options.holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    this.leaseName = `story-assigner:${this.options.partition}`;
  }

  get holding(): boolean {
    return this.lease !== null && !this.leaseLost;
  }

  /** Holds the lease if it can: keeps a current one, else takes it when free, lapsed or held by a dead process on this host. */
  async claim(force = false): Promise<boolean> {
    if (this.leaseLost) this.drop();
    if (this.lease) return true;
    const now = Date.now();
    if (!force && now < this.nextClaimAt) return false;
    this.nextClaimAt = now + CLAIM_EVERY_MS;
    const { holder, ttlMs } = this.options;
    let status = await this.store.acquireLease(this.leaseName, holder, ttlMs);
    if (!status.held && status.holder && holderIsDead(status.holder)) {
      status = await this.store.acquireLease(this.leaseName, holder, ttlMs, { replacing: status.holder });
    }
    if (!status.held) return false;
    // Someone held the lease since our state was built (the epoch moved by more than our own grant): rebuild it from the store.
    if (this.assigner && status.epoch === this.stateEpoch + 1) this.stateEpoch = status.epoch;
    else this.resetState();
    this.lease = { name: this.leaseName, holder, epoch: status.epoch };
    this.lastRenewAt = now;
    this.startTimer();
    return true;
  }

  /** From now on, look for pending articles and try the lease regularly, holding it or not (serve). */
  keepAssigningInBackground(): Promise<void> {
    this.keepAssigning = true;
    this.startTimer();
    // Try at once: a server that starts first should hold the lease before writers beside it start.
    return this.onTimer();
  }

  private startTimer(): void {
    if (this.timer || this.closing) return;
    this.timer = setInterval(() => this.onTimer(), Math.min(this.options.pollMs, this.options.renewMs));
    this.timer.unref();
  }

  /** One tick: resolves when its step is done (failures go to onError, never to the caller). */
  private onTimer(): Promise<void> {
    this.renewIfDue().catch(this.onError);
    if (this.ticking || !(this.keepAssigning || this.holding)) return Promise.resolve();
    this.ticking = true;
    return this.run(() => this.tick())
      .catch(this.onError)
      .finally(() => {
        this.ticking = false;
      });
  }

  /** Renews a held lease when due; runs beside the write queue so a long step cannot let it lapse. */
  async renewIfDue(): Promise<void> {
    const lease = this.lease;
    if (!lease || this.leaseLost || this.renewing || Date.now() - this.lastRenewAt < this.options.renewMs) return;
    this.renewing = true;
    try {
      const status = await this.store.renewLease(lease, this.options.ttlMs);
      if (status.held) this.lastRenewAt = Date.now();
      else if (this.lease === lease) this.leaseLost = true;
    } finally {
      this.renewing = false;
    }
  }

  /**
   * Stores a new article: with its story when this process holds the lease
   * (after assigning what others stored before it), pending otherwise.
   */
  async place(analysis: ArticleAnalysis, write: Omit<ArticleWrite, 'storyId' | 'syndicatedFrom'>): Promise<Placed> {
    if (await this.claim()) {
      await this.catchUp();
      if (this.holding && Date.now() - this.foreignSeenAt >= FOREIGN_QUIET_MS) return this.placeAssigned(analysis, write);
    }
    // Two steps: stored pending, then (when we hold the lease) assigned in seq order with whatever came before it.
    const res = await this.store.writeArticle({ ...write, storyId: null, syndicatedFrom: null }, NONE);
    if (!this.holding) this.leftPending = true;
    const assigned = this.holding ? await this.catchUp(analysis.article.id) : new Map<string, string>();
    return { inserted: res.inserted, seq: res.seq, storyId: assigned.get(analysis.article.id) ?? null };
  }

  /** The one-transaction way: assign, then write article and assignment together, fenced. */
  private async placeAssigned(analysis: ArticleAnalysis, write: Omit<ArticleWrite, 'storyId' | 'syndicatedFrom'>): Promise<Placed> {
    const lease = this.lease!;
    const { assigner, syndication } = await this.loaded();
    const { fp } = fingerprintOf(analysis);
    const { storyId, merges } = this.consistent(() => assigner.assign(analysis));
    const res = await this.consistentAsync(async () => {
      const stories = await this.storiesAfter(analysis, storyId, merges);
      return this.store.writeArticle({ ...write, storyId, syndicatedFrom: bestCopy(syndication, fp) }, stories, { lease, afterSeq: this.assignedSeq });
    });
    if (!res.assigned) {
      // Another article came first (or the lease moved): the assigner saw this one out of order. Rebuild, then go the two-step way.
      this.resetState();
      this.foreignSeenAt = Date.now();
      if (!res.inserted) return { inserted: false, seq: res.seq, storyId: null };
      const assigned = await this.catchUp(analysis.article.id);
      return { inserted: true, seq: res.seq, storyId: assigned.get(analysis.article.id) ?? null };
    }
    syndication.add(analysis.article.id, fp);
    this.advance(res.seq);
    this.onAssigned(storyId, merges);
    await this.saveIfDue();
    return { inserted: true, seq: res.seq, storyId };
  }

  /**
   * Assigns, in seq order, every article stored after the last one seen:
   * replays those already assigned (by an earlier holder) and assigns the
   * pending ones. Returns the articles assigned now (id → story). `own`: an
   * article this process just stored (not a sign of another writer).
   */
  async catchUp(own?: string): Promise<Map<string, string>> {
    const assigned = new Map<string, string>();
    if (!(await this.claim())) return assigned;
    if (this.assigner && (await this.store.lastSeq()) <= this.assignedSeq) return assigned;
    const { assigner, syndication } = await this.loaded();
    for (;;) {
      const batch = await this.store.articlesAfter(this.assignedSeq, 100);
      if (batch.length === 0) break;
      for (const a of batch) {
        const { fp } = fingerprintOf(a.analysis);
        const { storyId, merges } = this.consistent(() => assigner.assign(a.analysis));
        if (a.storyId === null) {
          if (a.id !== own) this.foreignSeenAt = Date.now();
          const ok = await this.consistentAsync(async () => {
            const stories = await this.storiesAfter(a.analysis, storyId, merges);
            return this.store.assignArticle({ articleId: a.id, storyId, syndicatedFrom: bestCopy(syndication, fp), stories }, this.lease!);
          });
          if (!ok) {
            // Our grant is no longer current: another process assigns from here.
            this.drop();
            return assigned;
          }
          assigned.set(a.id, storyId);
          this.onAssigned(storyId, merges);
        }
        syndication.add(a.id, fp);
        this.advance(a.seq);
      }
      await this.saveIfDue();
    }
    return assigned;
  }

  /**
   * Runs a step after which the assigner has seen an article: if the step
   * fails, the article is not assigned in the store, so the state (which
   * counts it) is dropped and rebuilt from the store next time.
   */
  private consistent<T>(step: () => T): T {
    try {
      return step();
    } catch (err) {
      this.resetState();
      throw err;
    }
  }

  private async consistentAsync<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (err) {
      this.resetState();
      throw err;
    }
  }

  private advance(seq: number): void {
    this.assignedSeq = seq;
    if (this.unsaved++ === 0) this.firstUnsavedAt = Date.now();
  }

  /** The assigner and syndication index as of `assignedSeq`: restored from the snapshot on first use. */
  private async loaded(): Promise<{ assigner: StoryAssigner; syndication: SyndicationIndex }> {
    if (this.assigner && this.syndication) return { assigner: this.assigner, syndication: this.syndication };
    const saved = await loadSnapshot(this.store);
    const usable = saved !== null && saved.version === this.factory.version;
    this.assigner = this.factory.create(usable ? saved.state : null);
    this.assignedSeq = usable ? saved.seq : 0;
    this.syndication = await this.syndicationUpTo(this.assignedSeq);
    this.unsaved = 0;
    this.stateEpoch = this.lease?.epoch ?? -1;
    return { assigner: this.assigner, syndication: this.syndication };
  }

  /** The index of wire texts stored up to `seq`, from the stored fingerprints. */
  private async syndicationUpTo(seq: number): Promise<SyndicationIndex> {
    const index = new SyndicationIndex();
    for (let after = 0; after < seq; ) {
      const batch = await this.store.fingerprints(after, 1000);
      if (batch.length === 0) break;
      for (const f of batch) {
        if (f.seq > seq) return index;
        index.add(f.id, decodeFingerprint(f.fingerprint));
        after = f.seq;
      }
    }
    return index;
  }

  /** Story rows after an assignment: the digest of the story with its members so far plus this article. */
  private async storiesAfter(analysis: ArticleAnalysis, storyId: string, merges: { from: string; into: string }[]): Promise<StoryWrite> {
    const members = await this.membersOf([storyId, ...merges.map((m) => m.from)]);
    members.push(memberOf(analysis));
    return { stories: [{ id: storyId, ...digestStory(members), conflicts: null, updatedSeq: 0 }], merges };
  }

  private async membersOf(storyIds: readonly string[]): Promise<StoryMember[]> {
    const members: StoryMember[] = [];
    for (const id of storyIds) {
      const articles = await this.store.storyArticles(id);
      if (articles.length === 0) continue;
      const entities = new Map<string, StoryMember['entities']>();
      for (const e of await this.store.storyEntities(id)) {
        if (!e.primary) continue;
        const list = entities.get(e.articleId) ?? [];
        list.push({ key: e.key, name: e.name, type: e.type as StoryMember['entities'][number]['type'] });
        entities.set(e.articleId, list);
      }
      for (const a of articles) {
        members.push({ id: a.id, title: a.title, outlet: a.outlet, language: a.language, published: a.published, entities: entities.get(a.id) ?? [] });
      }
    }
    return members;
  }

  /** Saves the state when SNAPSHOT_EVERY articles or SNAPSHOT_MS have passed since the last save. */
  async saveIfDue(): Promise<void> {
    if (this.unsaved === 0) return;
    if (this.unsaved >= this.options.snapshotEvery || Date.now() - this.firstUnsavedAt >= this.options.snapshotMs) await this.save();
  }

  /** Saves the assigner's state (fenced: a replaced holder's state is refused), encoded with pauses for other requests. */
  async save(): Promise<void> {
    if (!this.assigner || !this.lease || this.leaseLost || this.unsaved === 0) return;
    const bytes = await encodeSnapshot(this.assigner, this.factory.version, this.assignedSeq);
    if (await this.store.putBlob(SNAPSHOT_KEY, bytes, this.lease)) this.unsaved = 0;
    else this.drop();
  }

  /** Regular work of a holder, and of a process that keeps assigning: assign what others stored, save when due. */
  async tick(): Promise<void> {
    if (!(await this.claim(true))) return;
    await this.catchUp();
    await this.saveIfDue();
  }

  /**
   * At close: hands the lease back after assigning what is pending and
   * saving; background work stops for good. An article another process
   * stored while we held the lease (and so left to us) is assigned by taking
   * the lease again, unless someone else has it.
   */
  async release(): Promise<void> {
    this.closing = true;
    this.stopTimer();
    // Articles we left pending while another process held the lease: ours to assign if it is free now.
    if (this.leftPending && !this.holding) await this.claim(true);
    this.leftPending = false;
    for (let round = 0; round < 10 && this.holding; round++) {
      await this.catchUp();
      await this.save();
      const lease = this.lease;
      if (!lease || this.leaseLost) break;
      await this.store.releaseLease(lease);
      // The state stays: taking the lease back with the next epoch (nobody in between) needs no rebuild.
      this.lease = null;
      if ((await this.store.lastSeq()) <= this.assignedSeq) break;
      if (!(await this.claim(true))) break;
    }
    this.drop();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.keepAssigning = false;
  }

  /** Forgets the lease and the state built under it. */
  private drop(): void {
    this.lease = null;
    this.leaseLost = false;
    this.resetState();
  }

  private resetState(): void {
    this.assigner = null;
    this.syndication = null;
    this.unsaved = 0;
    this.stateEpoch = -1;
  }
}

/** The earlier stored article carrying the same wire text, if any (ties: the smaller id, so every run picks the same). */
function bestCopy(index: SyndicationIndex, fp: ReturnType<typeof fingerprintOf>['fp']): string | null {
  return index.query(fp).sort((x, y) => y.jaccard - x.jaccard || x.id.localeCompare(y.id))[0]?.id ?? null;
}

export function memberOf(analysis: ArticleAnalysis): StoryMember {
  const a = analysis.article;
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    language: a.language,
    published: a.published,
    entities: analysis.entities.filter((e) => e.keys.length > 0).map((e) => ({ key: e.keys[0]!, name: e.name, type: e.type })),
  };
}

/** A holder on this host whose process is gone (host:pid:…); holders elsewhere are left to expire. */
export function holderIsDead(holder: string): boolean {
  const [host, pidText] = holder.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
