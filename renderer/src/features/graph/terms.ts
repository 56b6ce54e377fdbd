import type { ReachWeights } from '../../../../shared/reach/reachScore';

/** Each reach-score term: its label, colour and what it means (shown on hover). */
export const TERMS: ReadonlyArray<{ name: keyof ReachWeights; label: string; colour: string; help: string }> = [
  { name: 'audience2', label: 'Audience', colour: '#4cc2ff', help: 'accounts within two follow hops: followers and their followers' },
  { name: 'pagerank', label: 'PageRank', colour: '#b197fc', help: 'PageRank relative to the average account (1 = average)' },
  { name: 'core', label: 'Core', colour: '#ffb84d', help: 'k-core number: how deep in the densely connected centre' },
  { name: 'hubLinks', label: 'Hub links', colour: '#51cf66', help: 'followers who are among the top 1% most-followed accounts' },
  { name: 'cascade', label: 'Cascade', colour: '#ff8787', help: 'expected accounts reached by one post (independent cascade, Monte Carlo)' },
];
