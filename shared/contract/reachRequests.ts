import type { Method, Req } from './api';
import { arr, bool, num, obj, oneOf, opt, str, type Check } from './validate';
import { EDGE_FORMATS } from '../domain/reach';

const id = num({ int: true, min: 1 });
const paging = { offset: opt(num({ int: true, min: 0 })), limit: opt(num({ int: true, min: 1, max: 1000 })) };
const stance = oneOf(['advocate', 'detractor', 'mixed'] as const);
const maxNodes = opt(num({ int: true, min: 1, max: 20_000 }));

/** Validators of the reach.* methods (import, compute, leaderboard and the graph view's ego, cascade and community graphs). */
export function reachValidators() {
  const weight = opt(num({ min: 0, max: 100 }));
  const weights = obj({ audience2: weight, pagerank: weight, core: weight, hubLinks: weight, cascade: weight });
  const ego = { authorId: id, maxNodes };
  const position = obj({ id, x: num(), y: num() });
  return {
    'reach.import': obj({ path: str({ min: 1, max: 4096 }), format: opt(oneOf(EDGE_FORMATS)), site: opt(str({ min: 1, max: 100 })), kind: opt(oneOf(['follow', 'interaction'] as const)) }),
    'reach.compute': obj({ siteId: opt(id), cascadeCandidates: opt(num({ int: true, min: 0, max: 100_000 })), cascadeRuns: opt(num({ int: true, min: 1, max: 100_000 })) }),
    'reach.leaderboard': obj({ siteId: opt(id), query: opt(str({ max: 200 })), postersOnly: opt(bool()), stance: opt(stance), by: opt(oneOf(['score', 'pagerank'] as const)), weights: opt(weights), ...paging }),
    'reach.ego': obj(ego),
    'reach.exportGexf': obj({ ...ego, positions: opt(arr(position, { max: 20_000 })) }),
    'reach.threads': obj({ siteId: opt(id), by: opt(oneOf(['replies', 'reposts'] as const)), limit: opt(num({ int: true, min: 1, max: 200 })) }),
    'reach.cascade': obj({ rootPostId: id, maxNodes }),
    'reach.community': obj({
      siteId: opt(id),
      stance: opt(stance),
      recentSentiment: opt(oneOf(['negative', 'neutral', 'positive'] as const)),
      recentDays: opt(num({ int: true, min: 1, max: 3650 })),
      minScore: opt(num({ min: 0, max: 1000 })),
      groupBy: opt(oneOf(['community', 'core'] as const)),
      community: opt(id),
      maxNodes,
    }),
  } satisfies { [M in Extract<Method, `reach.${string}`>]: Check<Req<M>> };
}
