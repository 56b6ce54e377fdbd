import { NEGATORS } from './lexicon';

/** The strongest sentiment word found at the start or end of a run-together hashtag. */
export interface HashtagWord {
  word: string;
  valence: number;
  negated: boolean;
}

const MIN_EDGE = 3;

/**
 * Finds a lexicon word at the start or end of a lower-case hashtag such as "#nothappy",
 * "#badcustomerservice" or "#whyairtravelsucks"; a leading negator flips the rest.
 * One Map lookup per split point, so it stays cheap for long tags. Undefined when nothing matches.
 */
export function segmentHashtag(body: string, words: ReadonlyMap<string, number>): HashtagWord | undefined {
  if (body.length < 2 * MIN_EDGE || body.length > 40) return undefined;
  let best: HashtagWord | undefined;
  const consider = (cand: HashtagWord) => {
    if (!best || Math.abs(cand.valence) > Math.abs(best.valence)) best = cand;
  };
  for (let k = MIN_EDGE; k <= body.length - MIN_EDGE; k++) {
    const left = body.slice(0, k);
    const right = body.slice(k);
    const rv = words.get(right);
    if (NEGATORS.has(left) && rv !== undefined) {
      consider({ word: right, valence: rv, negated: true });
      continue;
    }
    const lv = words.get(left);
    if (lv !== undefined) consider({ word: left, valence: lv, negated: false });
    if (rv !== undefined && right.length > MIN_EDGE) consider({ word: right, valence: rv, negated: false });
  }
  return best;
}
