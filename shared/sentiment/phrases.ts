/**
 * Multi-word expressions of customer-care text, matched on whole tokens before single words.
 *
 * Source and licence: written by hand for Listening Post (released with the project), from
 * common contact-centre phrasing ("on hold", "no one", "thanks for nothing"); not copied from
 * any lexicon or fitted to data. Scale -3..+3.
 *
 * Tags change how a phrase combines with the rest of the post:
 * - praise: flipped to negative when the post also carries strong complaint evidence (sarcasm,
 *   "great job losing my bag").
 * - courtesy: politeness ("thanks in advance"), damped when the post is a complaint.
 * - help: a request for help reports a problem; it never counts as positive.
 * - thanks: a plain thank-you, damped like courtesy when it closes a complaint.
 */
export type PhraseTag = 'praise' | 'courtesy' | 'help' | 'sarcasm' | 'thanks';

/** `[valence, 'phrase one|phrase two', tag?]` */
export const PHRASE_VALENCES: ReadonlyArray<readonly [number, string, PhraseTag?]> = [
  [3, 'thanks for the help|thanks for your help|thank you for your help|thanks for helping|thank you for helping'],
  [3, 'thanks for all the help|thanks for all your help|thank you for all your help|thanks so much for your help'],
  [2.5, 'thank you|thank u|thank you so much|thanks so much|thanks a million|many thanks|big thanks|much appreciated', 'thanks'],
  [2.5, 'well done|great job|good job|nice job|great work|good work|nice work|way to go|great customer service', 'praise'],
  [2.5, 'great service|excellent service|good service|amazing service|love how|love that|love when|so glad', 'praise'],
  [1.5, 'on time|on schedule|ahead of schedule', 'praise'],
  [2.5, 'thanks again|thanks guys|thanks so much guys|thank you guys|thanks team|thank you team', 'thanks'],
  [3, 'keep it up|made my day|top notch|above and beyond|you rock|you guys rock|you are the best|hats off'],
  [2, "you're the best|shout out|shoutout to|kudos to|good to go|got it sorted|problem solved|back on track"],
  [1.5, "no problem|no problems|no worries|not bad|can't wait|cant wait"],
  [1.5, 'looking forward|look forward|worth it|no issues|no complaints|all good|all set|fingers crossed'],
  [2, 'thanks for the reply|thanks for the response|thanks for replying|thanks for responding|thanks for getting back', 'thanks'],
  [2, 'thank you for the reply|thank you for responding|thanks for the info|thanks for the update|thank you for the update', 'thanks'],
  [2, 'thanks for letting me know', 'thanks'],
  [2, 'big ups|squared away|deserves a raise|deserve a raise'],
  [0.5, 'thanks in advance|thank you in advance|no need', 'courtesy'],
  [-0.5, 'thanks anyway|thank you anyway', 'courtesy'],

  [-3, 'thanks for nothing|thank you for nothing|thanks a lot for nothing', 'sarcasm'],
  [-3, 'never again|never fly|never flying|never fly with|what a joke|are you kidding|you kidding me|kidding me'],
  [-2.5, 'stay classy|rip off|ripped off|so much for|yeah right|worst experience|customer disservice|hung up|hangs up|hang up on|fed up|sick of'],
  [-2.5, 'had enough|enough is enough|gave up|give up|giving up|waste of time|waste of money|last time i'],
  [-2.5, "not happy|not impressed|not cool|not ok|not okay|not acceptable|not good enough|no excuse|get it together"],
  [-2, "on hold|no one|not working|doesn't work|does not work|didn't work|won't work|isn't working"],
  [-2, "no help|no response|no answer|no reply|no update|no updates|no info|no information|no communication"],
  [-2, 'no explanation|no apology|no idea|no clue|no way|busy signal|gets worse|getting worse|tired of'],
  [-1.5, 'once again|yet again|as usual|again and again|time and time|every single time|how hard is it|how is it'],
  [-1.5, 'still waiting|still no|still not|still nothing|still stuck|still sitting|still on hold|still missing'],
  [-1.5, 'over an hour|over two hours|over 2 hours|hours late|hour late|hours delayed|days later|all night'],
  [-1.5, 'missed my connection|missed connection|missed connections|lost my|lost our|where is my|where are my'],
  [-1, 'please help|help please|pls help|plz help|need help|any help|can you help|can someone help|please fix', 'help'],
  [-1, 'could you help|can anyone help|someone help|help needed|what happened|what is going on|whats going on', 'help'],
  [-1.5, "where's my|where's our|not happening|come on|would have been nice|woulda been nice|must be nice|was supposed to"],
  [-1.5, 'need to do better|do better|could be better|been trying|keep getting|keeps getting|no longer'],
  [-1, 'would be nice|supposed to|trying to|tried to|was told|were told|keeps saying|keep saying'],
  [-1, "what's going on|what is happening|let me know why|want my money|my money back|want a refund|full refund"],
];

/** What the scorer needs to know about one phrase. */
export interface PhraseRule {
  words: string[];
  valence: number;
  tag?: PhraseTag;
}

/** Compiles phrases into a Map from first word to candidates, longest first, so matching is one lookup per token. */
export function compilePhrases(
  entries: ReadonlyArray<readonly [number, string, PhraseTag?]> = PHRASE_VALENCES,
): Map<string, PhraseRule[]> {
  const map = new Map<string, PhraseRule[]>();
  for (const [valence, list, tag] of entries) {
    for (const phrase of list.split('|')) {
      const words = phrase.trim().split(/\s+/);
      if (words.length < 2) continue;
      const rules = map.get(words[0]) ?? [];
      rules.push({ words, valence, tag });
      map.set(words[0], rules);
    }
  }
  for (const rules of map.values()) rules.sort((a, b) => b.words.length - a.words.length);
  return map;
}

/**
 * Service things a customer expects to get. Negating one ("no response", "never arrived",
 * "can't get through") is a complaint even though the word itself is neutral.
 */
export const EXPECTED_THINGS: ReadonlySet<string> = new Set(
  (
    'help helped helping assistance assist response respond responded responding reply replied replies answer ' +
    'answered answering answers update updates info information communication notice notification explanation ' +
    'apology apologize apologise call called calls callback work works worked working load loads loading arrive ' +
    'arrived arriving received receive receiving heard hear refund refunded compensation fix fixed resolve ' +
    'resolved show showed come came reach reached clue idea option options choice seat seats bag bags luggage ' +
    'baggage wifi power food water confirmation email emails contact access service through back one record ' +
    'get got let allow find found see change check log login book board make pick give gave tell told send sent ' +
    'provide provided offer offered honor honour care bother listen explain deliver delivered leave land depart ' +
    'accommodate process processed transfer print use connect connected accept accepted pilot crew gate agent ' +
    'agents staff rep reps signal'
  ).split(' '),
);
