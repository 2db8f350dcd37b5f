/**
 * The service's story assigner: the online story clusterer with the shipped
 * model. Its snapshot version names the model, so new weights rebuild stories
 * by replay instead of mixing two models' decisions.
 */
import { clusterDocFromAnalysis } from '../core/cluster/doc.js';
import { OnlineClusterer } from '../core/cluster/online.js';
import { loadClustererModel } from '../models/clusterer.js';
import type { StoryAssigner, StoryAssignerFactory } from './story-assigner.js';

export function onlineStoryAssigner(): StoryAssignerFactory {
  const { model, hash } = loadClustererModel();
  return {
    version: `online-1:${hash}`,
    create(snapshot: unknown | null): StoryAssigner {
      const clusterer = snapshot ? OnlineClusterer.restore(snapshot, model) : new OnlineClusterer(model);
      return {
        assign(analysis) {
          const a = clusterer.add(clusterDocFromAnalysis(analysis));
          return { storyId: a.story, merges: a.merged.map((from) => ({ from, into: a.story })) };
        },
        snapshot: () => clusterer.snapshot(),
        snapshotJson: () => clusterer.snapshotJson(),
      };
    },
  };
}
