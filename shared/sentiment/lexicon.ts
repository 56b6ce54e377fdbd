/**
 * The built-in customer-care word lexicon.
 *
 * Source and licence: written by hand for Listening Post by the project's authors, from general
 * knowledge of English and of contact-centre language, and released with the project. It is not
 * copied or derived from any lexicon file (not VADER, AFINN, NRC, SentiWordNet or Bing Liu's list),
 * nor fitted to any data set. Values are on a -3..+3 scale: ±3 strong, ±2 clear, ±1 mild, and
 * fractions for weak cues of customer-care text (a refund request leans negative; "fine" barely
 * positive). Several forms of a word are listed explicitly instead of stemming.
 *
 * Edit freely: entries are `[valence, 'space separated words']`.
 */
export const WORD_VALENCES: ReadonlyArray<readonly [number, string]> = [
  // Strong praise and delight.
  [3, 'love loved loves loving lovely amazing amazed awesome excellent fantastic wonderful outstanding superb'],
  [3, 'brilliant perfect perfectly incredible phenomenal exceptional exceptionally thrilled delighted ecstatic'],
  [3, 'stellar flawless impeccable marvelous marvellous spectacular magnificent fabulous terrific superstar'],
  [3, 'best greatest favourite favorite favs fav legendary heroes hero rockstar rockstars luv'],
  // Clear positive.
  [2.5, 'thankful grateful gratitude appreciate appreciated appreciates appreciation kudos bravo congrats'],
  [2.5, 'congratulations beautiful gorgeous impressive impressed wonderfully glad'],
  [2, 'great good happy pleased pleasure enjoy enjoyed enjoying enjoyable nice nicely fun helpful'],
  [2, 'friendly courteous polite pleasant comfortable comfy cool recommend recommended reliable'],
  [2, 'professional efficient prompt promptly responsive attentive accommodating generous gracious sweet'],
  [2, 'thanks thank thx thnx thanx ty tysm thankyou cheers yay woohoo hooray excited exciting smooth'],
  [2, 'solved resolved sorted relieved relief safely rocks rocked rock win winner success successful'],
  [2, 'refreshing classy luxurious lucky fantastically compliments complimentary'],
  [1.5, 'easy easier seamless quick quickly fast speedy clean cleanest fresh ahead early tasty delicious'],
  [1.5, 'fixed caring kindness patient patience understanding worth proud trust trusted'],
  [1.5, 'pleasantly improved improvement improving welcome smile smiling laugh'],
  [1, 'fine decent interesting interested liked safe bonus'],
  [1, 'reasonable helps helped'],

  [2.5, 'fave faves lifesaver delight delightful'],
  [2, 'mvp yummy heaven woo woohoo'],
  [1.5, 'upgraded solid'],
  [1, 'wow lol lmao haha hahaha'],
  [0.5, 'ok okay better hope hoping hopefully fair upgrade upgrades'],

  // Strong anger and contempt.
  [-3, 'worst horrible horrendous terrible terribly awful awfully disgusting disgusted disgraceful disgrace'],
  [-3, 'pathetic atrocious appalling appalled abysmal unacceptable outrageous outraged furious livid'],
  [-3, 'hate hated hates hating despise incompetent incompetence nightmare nightmares scam scammed scammers'],
  [-3, 'ripoff fraud fraudulent useless worthless shameful rudest liars unbelievable inexcusable'],
  [-3, 'fuck fucked fucking fk fck wtf stfu shit shitty bullshit sucks sucked'],
  [-2.5, 'ridiculous ridic absurd disappointing disappointed disappointment disappoint disappoints'],
  [-2.5, 'rude rudely unhelpful unprofessional disrespectful disrespect disaster disastrous crap crappy'],
  [-2.5, 'stranded screwed overcharged ignored ignoring lousy clueless unreliable worse suck shame'],
  [-2.5, 'angry mad upset unhappy frustrated frustrating frustration annoyed annoying annoyance smh ugh'],
  [-2.5, 'lied lying lies liar misled misleading deceptive ridiculously rip-off joke jokes clowns'],
  // Clear negative.
  [-2, 'bad badly poor poorly horrid nasty dirty filthy gross smelly broken fail failed fails failure'],
  [-2, 'failing sad sadly stuck lost mess messed stress stressful stressed overbooked overpriced'],
  [-2, 'damn dammit damned crashed crashing buggy outage outages unanswered unusable'],
  [-2, 'argh grr sigh fml meh lame boo disappointingly insulting insult insulted inconsiderate careless'],
  [-2, 'irritated irritating infuriating pissed bs hopeless helpless exhausting exhausted miserable'],
  [-2, 'complaint complaints complain complaining complained refuse refused refuses refusing'],
  [-2, 'nobody unfair incorrect error errors faulty defective damaged missing inconvenienced'],
  [-1.5, 'delayed delay delays delaying cancelled canceled cancelling canceling cancellation cancellations'],
  [-1.5, 'late missed wrong worry worried worrying concerned concern confused confusing mistake'],
  [-1.5, 'mistakes inconvenience inconvenient hassle trouble problem problems issue issues impossible'],
  [-1.5, 'slow slower slowest waited uncomfortable cramped expensive tired hungry glitch glitches bumped'],
  [-1.5, 'denied rejected disconnected declined dropped forever eternity excuse excuses struggle struggling'],
  [-1.5, 'sucky blah yikes apparently seriously hung crash bug bugs spam spamming wasted waste wasting'],
  [-1.5, 'diverted reschedule rescheduled lose losing losses unable fault'],
  [-1, 'waiting wait holding cancel refund refunds charged charge fee fees risk difficult hard'],
  [-1, 'cold noisy loud smell bumpy blocked busy strange weird odd nothing'],
  [-1, 'repeatedly constantly nonstop tarmac doubt unclear expire expired unavailable afraid'],
  [-0.5, 'still compensation compensate voucher claim finally sorry miss rebook hold again told help'],
  [-1, 'why hours hrs'],
  [-1, 'rebooked crowded'],
  [-1.5, 'killing freezing wonky sos rushed insufficient hiccup hiccups hangup'],
  [-2, 'stolen theft tanked yelled yelling chaos chaotic cockup insane cry crying'],
  [-2.5, 'robbed tortured boycott'],
  [-2, 'neglect neglected neglecting cranky inferior screwing'],
  [-2.5, 'dumb stupid idiot idiots idiotic moron morons'],
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
