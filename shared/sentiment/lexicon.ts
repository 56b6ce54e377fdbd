/**
 * The built-in customer-care word lexicon.
 *
 * Source and licence: written by hand for Listening Post by the project's authors, from general
 * knowledge of English and of contact-centre language, and released with the project. It is not
 * copied or derived from any lexicon file (not VADER, AFINN, NRC, SentiWordNet or Bing Liu's list).
 * Values were set by hand (a few revised after reading misread posts of a public research data
 * set); none was fitted by an algorithm to any data. Values are on a -3..+3 scale: ±3 strong, ±2 clear, ±1 mild, and
 * fractions for weak cues of customer-care text (a refund request leans negative; "fine" barely
 * positive). Several forms of a word are listed explicitly instead of stemming.
 *
 * Edit freely: entries are `[valence, 'space separated words']`.
 */
export const WORD_VALENCES: ReadonlyArray<readonly [number, string]> = [
  // Strong praise and delight.
  [3, 'love loved loves loving lovely amazing amazed awesome excellent fantastic wonderful outstanding'],
  [3, 'superb brilliant perfect perfectly incredible phenomenal exceptional exceptionally thrilled'],
  [3, 'delighted ecstatic stellar flawless impeccable marvelous marvellous spectacular magnificent'],
  [3, 'fabulous terrific superstar best greatest favourite favorite favs fav legendary heroes hero'],
  [3, 'rockstar rockstars luv'],
  // Clear praise and gratitude.
  [2.5, 'thankful grateful gratitude appreciate appreciated appreciates appreciation kudos bravo congrats'],
  [2.5, 'congratulations beautiful gorgeous impressive impressed wonderfully glad fave faves lifesaver'],
  [2.5, 'delight delightful'],
  [2, 'great good happy pleased pleasure enjoy enjoyed enjoying enjoyable nice nicely fun helpful'],
  [2, 'friendly courteous polite pleasant comfortable comfy cool recommend recommended reliable'],
  [2, 'professional efficient prompt promptly responsive attentive accommodating generous gracious'],
  [2, 'sweet thanks thank thx thnx thanx ty tysm thankyou cheers yay woohoo hooray excited exciting'],
  [2, 'smooth solved resolved sorted relieved relief safely rocks rocked rock win winner success'],
  [2, 'successful refreshing classy luxurious lucky fantastically compliments complimentary mvp yummy'],
  [2, 'heaven woo'],
  // Mild positive.
  [1.5, 'easy easier seamless quick quickly fast speedy clean cleanest fresh ahead early tasty delicious'],
  [1.5, 'fixed caring kindness patient patience understanding worth proud trust trusted pleasantly'],
  [1.5, 'improved improvement improving welcome smile smiling laugh upgraded solid'],
  [1, 'fine decent interesting interested liked safe bonus reasonable helps helped wow lol lmao haha'],
  [1, 'hahaha'],
  // Barely positive: often politeness or a wish in customer care.
  [0.5, 'ok okay better hope hoping hopefully fair upgrade upgrades'],
  // Weak complaint cues of customer care (a wait, a claim, "why", "still").
  [-0.5, 'still compensation compensate voucher claim finally sorry miss rebook hold again told help'],
  [-1, 'waiting wait holding cancel refund refunds charged charge fee fees risk difficult hard cold'],
  [-1, 'noisy loud smell bumpy blocked busy strange weird odd nothing repeatedly constantly nonstop'],
  [-1, 'tarmac doubt unclear expire expired unavailable afraid why hours hrs rebooked crowded'],
  // Clear negative: service failures.
  [-1.5, 'delayed delay delays delaying cancelled canceled cancelling canceling cancellation cancellations'],
  [-1.5, 'late missed wrong worry worried worrying concerned concern confused confusing mistake mistakes'],
  [-1.5, 'inconvenience inconvenient hassle trouble problem problems issue issues impossible slow slower'],
  [-1.5, 'slowest waited uncomfortable cramped expensive tired hungry glitch glitches bumped denied'],
  [-1.5, 'rejected disconnected declined dropped forever eternity excuse excuses struggle struggling sucky'],
  [-1.5, 'blah yikes apparently seriously hung crash bug bugs spam spamming wasted waste wasting diverted'],
  [-1.5, 'reschedule rescheduled lose losing losses unable fault killing freezing wonky sos rushed'],
  [-1.5, 'insufficient hiccup hiccups hangup crashes freezes froze frozen'],
  [-2, 'bad badly poor poorly horrid nasty dirty filthy gross smelly broken fail failed fails failure'],
  [-2, 'failing sad sadly stuck lost mess messed stress stressful stressed overbooked overpriced damn'],
  [-2, 'dammit damned crashed crashing buggy outage outages unanswered unusable argh grr sigh fml meh'],
  [-2, 'lame boo disappointingly insulting insult insulted inconsiderate careless irritated irritating'],
  [-2, 'infuriating pissed bs hopeless helpless exhausting exhausted miserable complaint complaints'],
  [-2, 'complain complaining complained refuse refused refuses refusing nobody unfair incorrect error'],
  [-2, 'errors faulty defective damaged missing inconvenienced stolen theft tanked yelled yelling chaos'],
  [-2, 'chaotic cockup insane cry crying neglect neglected neglecting cranky inferior screwing'],
  // Strong anger and contempt.
  [-2.5, 'ridiculous ridic absurd disappointing disappointed disappointment disappoint disappoints rude'],
  [-2.5, 'rudely unhelpful unprofessional disrespectful disrespect disaster disastrous crap crappy'],
  [-2.5, 'stranded screwed overcharged ignored ignoring lousy clueless unreliable worse suck shame angry'],
  [-2.5, 'mad upset unhappy frustrated frustrating frustration annoyed annoying annoyance smh ugh lied'],
  [-2.5, 'lying lies liar misled misleading deceptive ridiculously rip-off joke jokes clowns robbed'],
  [-2.5, 'tortured boycott dumb stupid idiot idiots idiotic moron morons'],
  [-3, 'worst horrible horrendous terrible terribly awful awfully disgusting disgusted disgraceful'],
  [-3, 'disgrace pathetic atrocious appalling appalled abysmal unacceptable outrageous outraged furious'],
  [-3, 'livid hate hated hates hating despise incompetent incompetence nightmare nightmares scam scammed'],
  [-3, 'scammers ripoff fraud fraudulent useless worthless shameful rudest liars unbelievable'],
  [-3, 'inexcusable fuck fucked fucking fk fck wtf stfu shit shitty bullshit sucks sucked'],
];

/** Words that flip the valence of the next few words ("not good", "never helpful"). */
export const NEGATORS: ReadonlySet<string> = new Set(
  (
    "not no never none nor neither without cannot cant can't dont don't doesnt doesn't didnt didn't " +
    "isnt isn't wasnt wasn't arent aren't werent weren't wont won't wouldnt wouldn't couldnt couldn't " +
    "shouldnt shouldn't havent haven't hasnt hasn't hadnt hadn't aint ain't nobody nothing nowhere n't less"
  ).split(' '),
);

/** Words that strengthen (> 1) or soften (< 1) the next sentiment word. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map<string, number>([
  ...'very really so extremely totally absolutely completely incredibly super truly utterly highly'
    .split(' ')
    .map((w) => [w, 1.3] as [string, number]),
  ...'such too most beyond insanely especially freaking freakin friggin damn fucking bloody seriously'
    .split(' ')
    .map((w) => [w, 1.25] as [string, number]),
  ...'kinda kind sorta sort slightly somewhat little bit barely hardly almost fairly pretty'
    .split(' ')
    .map((w) => [w, 0.7] as [string, number]),
]);

/** Contrast words: the clause after them carries more weight than the clause before. */
export const CONTRASTS: ReadonlySet<string> = new Set(['but', 'however']);

/** Compiles the lexicon into a Map once; later duplicates of a word win over earlier ones. */
export function compileWordLexicon(entries: ReadonlyArray<readonly [number, string]> = WORD_VALENCES): Map<string, number> {
  const map = new Map<string, number>();
  for (const [valence, words] of entries) {
    for (const word of words.split(' ')) if (word) map.set(word, valence);
  }
  return map;
}
