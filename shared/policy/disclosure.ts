/**
 * Does a reply say who is writing for the brand? Counts as disclosure: an introduction ("I'm Sam
 * from Acme support", "this is Acme Support"), a team greeting ("Acme team here"), a mandate
 * ("on behalf of Acme", "I work for Acme", "we at Acme"), or a signature ("— Sam, Acme",
 * "^SB for Acme", "Thanks, The Acme Team"). Mentioning the brand in passing ("Acme flights are
 * great") is not disclosure. Brand matching is case-insensitive and may span several words.
 */
import { brandPatternSource } from './brand';

const TEAM_WORD =
  '(?:customer|social|media|care|cares|service|services|support|relations|experience|help|helpdesk|team|staff|crew|desk|online|digital|community)';
const TEAM_TAIL = `(?:\\s+${TEAM_WORD})*`;
const NAME = "\\p{L}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*)?";
const ROLE_NOUN =
  '(?:agent|advisor|adviser|representative|rep|employee|manager|moderator|spokesperson|engineer|specialist|supervisor|member|colleague|lead|officer|executive|consultant|ambassador|associate)';
const ROLE = `(?:(?:${TEAM_WORD}|senior|junior|head)\\s+){0,3}${ROLE_NOUN}s?`;
/** Ends "we're the Acme support team" / "I'm an Acme employee"; never "customer" or "member" alone (a customer is not staff). */
const STAFF_TAIL =
  '(?:\\s+(?:customer|social|media|care|service|services|support|relations|experience|help|helpdesk|digital|online|community))*\\s+(?:team|staff|crew|agent|advisor|adviser|representative|rep|employee|manager|moderator|spokesperson|engineer|specialist|supervisor|colleague|officer|ambassador)s?\\b';
const SIGN_SEP = '(?:,|@|\\||\\/|\\(|-|–|—|\\bat\\b|\\bfrom\\b|\\bfor\\b|\\bof\\b)';
/** "Acme here" introduces the writer, "Acme here is …" / "flights from Acme here are …" do not. */
const NOT_PLACE_HERE = '(?!\\s+(?:is|are|was|were|in|at|on|to|has|have|had)\\b)';
const END = '(?=\\s*[.!]?\\s*(?:\\n|$))';
const THE = '(?:the\\s+)?';
const SIGN_OFF =
  '(?:thanks|thank\\s+you|many\\s+thanks|with\\s+thanks|regards|kind\\s+regards|best\\s+regards|warm\\s+regards|best\\s+wishes|all\\s+the\\s+best|best|cheers|sincerely|yours\\s+sincerely|yours|take\\s+care|speak\\s+soon|warmly)';

/** Words that cannot open a person's name in an introduction or signature ("I'm sorry for …", "Thanks for waiting …"). */
const NOT_A_NAME = new Set([
  'a', 'an', 'the', 'for', 'to', 'with', 'of', 'from', 'at', 'in', 'on', 'so', 'very', 'really', 'again', 'your', 'you',
  'back', 'home', 'away', 'just', 'still', 'not', 'here', 'there', 'far', 'fresh', 'currently', 'coming', 'returning',
  'flying', 'travelling', 'traveling', 'moving', 'switching', 'banned', 'done', 'out', 'off', 'free', 'also', 'only',
  'never', 'always', 'sorry', 'glad', 'happy', 'sad', 'disappointed', 'unhappy', 'fed', 'tired', 'sick', 'afraid',
]);

type Check = (groups: Record<string, string | undefined>) => boolean;

const firstWord = (name: string): string => name.trim().split(/\s+/u)[0].toLowerCase();
const nameIsPlausible = (name: string | undefined): boolean => name === undefined || !NOT_A_NAME.has(firstWord(name));

/** Introductions: a capitalised name may sit before any preposition, a lower-case one only before from/at/with/on. */
const checkIntroduction: Check = ({ intro = '', name = '', prep = '' }) => {
  if (!nameIsPlausible(name)) return false;
  if (/^my\s+name/iu.test(intro)) return true;
  if (/^\p{Lu}/u.test(name)) return true;
  return /^(?:i|this)/iu.test(intro) && /^(?:from|at|with|on)$/iu.test(prep);
};

/** A signature's name: one word, or two whose second is capitalised ("Sam Brown", not "Great service"). */
const signatureNameIsPlausible = (name: string | undefined): boolean => {
  if (!nameIsPlausible(name)) return false;
  const words = (name ?? '').trim().split(/\s+/u);
  return words.length < 2 || /^\p{Lu}/u.test(words[1]);
};
const checkSignature: Check = ({ name }) => signatureNameIsPlausible(name);
const checkCapitalisedName: Check = ({ name }) => name !== undefined && signatureNameIsPlausible(name) && /^\p{Lu}/u.test(name);

/** Builds the patterns for one brand: [regex source, extra check on the named groups]. */
function patternsFor(b: string): [string, Check | null][] {
  const brand = `${THE}${b}`;
  return [
    [
      `(?<![\\p{L}])(?<intro>i['’]?m|i\\s+am|this\\s+is|it['’]?s|my\\s+name\\s+is|my\\s+name['’]?s|here['’]?s)\\s+(?<name>${NAME})\\s*,?\\s+(?<prep>from|at|with|of|on|for|in)\\s+${brand}`,
      checkIntroduction,
    ],
    [`\\b(?:this\\s+is|it['’]?s|you['’]re\\s+(?:talking|speaking|chatting)\\s+(?:to|with))\\s+${brand}(?:(?:\\s+${TEAM_WORD})+|(?=\\s*(?:[,.!:;—–-]|\\s+here\\b|$)))`, null],
    [`(?:^|[.!?:;,\\n]\\s*|\\b(?:hi|hello|hey|hiya|greetings|morning|afternoon|evening|dear)\\b[\\s,!]*(?:\\S+[\\s,!]+)?)(?:official\\s+)?${brand}${TEAM_TAIL}\\s+here\\b${NOT_PLACE_HERE}`, null],
    [
      `\\b(?:on\\s+behalf\\s+of|speaking\\s+(?:for|on\\s+behalf\\s+of)|representing|(?:writing|replying|responding)\\s+(?:for|from|on\\s+behalf\\s+of)|answering\\s+for)\\s+${brand}`,
      null,
    ],
    [`\\b(?:i|we)\\s+(?:(?:currently|also)\\s+)?(?:work|['’]m\\s+working|am\\s+working|['’]re\\s+working|are\\s+working)\\s+(?:for|at|in)\\s+${brand}`, null],
    [
      `\\b(?:i['’]?m|i\\s+am|we['’]?re|we\\s+are)\\s+(?:(?:part\\s+of|with|from|employed\\s+by)\\s+${brand}|on\\s+${brand}(?:\\s+${TEAM_WORD})+|(?:a|an|one\\s+of\\s+the|the)\\s+${ROLE}\\s+(?:at|for|with|of|from|in|on)\\s+${brand})`,
      null,
    ],
    [`\\b(?:we|us|everyone|all\\s+of\\s+us|here|our\\s+(?:${TEAM_WORD}\\s+)*(?:team|staff|people|colleagues|agents))\\s+(?:here\\s+)?at\\s+${brand}`, null],
    [`(?:^|\\s)[—–~\\/-]{1,2}\\s*(?:(?<name>${NAME})\\s*${SIGN_SEP}\\s*)?${brand}${TEAM_TAIL}\\)?${END}`, checkSignature],
    [`\\^\\s?\\p{L}{1,4}\\s*${SIGN_SEP}\\s*${brand}`, null],
    // A sign-off needs a name, or punctuation before the brand: "Thanks, Acme" signs, "Thanks Acme!" thanks.
    [`\\b${SIGN_OFF}\\s*[,.!:]?\\s*(?<name>${NAME})\\s*${SIGN_SEP}\\s*${brand}${TEAM_TAIL}\\)?${END}`, checkSignature],
    [`\\b${SIGN_OFF}\\s*(?:[,.!:]|\\n)\\s*${brand}${TEAM_TAIL}\\)?${END}`, null],
    [`(?:^|\\n)[ \\t]*(?:(?<name>${NAME})[ \\t]*(?:,|@|\\||\\/|\\(|-|–|—|\\bat\\b|\\bfrom\\b)[ \\t]*)?${brand}${TEAM_TAIL}\\)?[ \\t]*[.!]?\\s*$`, checkSignature],
    [
      `(?:^|\\n|[.!?,]\\s*|\\b(?:${SIGN_OFF}|greetings|love|hello|hi|hey)\\s*[,!]?\\s*)from\\s+(?:all\\s+of\\s+us\\s+at\\s+|everyone\\s+at\\s+)?${brand}(?:\\s+${TEAM_WORD})+${END}`,
      null,
    ],
    [`\\b(?:hi|hello|hey|hiya|greetings)\\s+from\\s+${brand}`, null],
    // "Sam here for Acme" opens a sentence or a clause: "Thanks for waiting — Sam here for Acme Support, …".
    [
      `(?:^|[.!?\\n]\\s*|[,;:—–]\\s*|\\s-\\s+|\\b(?:hi|hello|hey|hiya)\\b[\\s,!]*)(?<name>${NAME})\\s+(?:here\\s+(?:from|at|with|for)\\s+${brand}|(?:from|at|with)\\s+${brand}${TEAM_TAIL}\\s+here\\b)${NOT_PLACE_HERE}`,
      checkCapitalisedName,
    ],
    [`(?:^|[.!?]\\s+)(?<name>${NAME})\\s*(?:,|\\(|@|\\||\\/|-|–|—|\\s(?:from|at|with)\\s)\\s*${brand}${TEAM_TAIL}\\)?${END}`, checkCapitalisedName],
    [`\\b(?:we['’]?re|we\\s+are|i['’]?m|i\\s+am|as)\\s+(?:the|an?|one\\s+of\\s+the|part\\s+of\\s+the)\\s+${brand}${STAFF_TAIL}`, null],
    [`(?:^|\\n)\\s*(?:official\\s+)?${brand}(?:\\s+${TEAM_WORD})+\\s*[:—–|-]`, null],
  ];
}

const compiled = new Map<string, [RegExp, Check | null][]>();

function compiledFor(brand: string): [RegExp, Check | null][] {
  const key = brand.trim().toLowerCase();
  let patterns = compiled.get(key);
  if (!patterns) {
    const b = brandPatternSource(brand);
    patterns = b ? patternsFor(b).map(([source, check]) => [new RegExp(source, 'giu'), check]) : [];
    if (compiled.size > 100) compiled.clear();
    compiled.set(key, patterns);
  }
  return patterns;
}

/**
 * The fragment of `text` that discloses who writes for `brand`, or null when none does (or the
 * brand is blank).
 */
export function findDisclosure(text: string, brand: string): string | null {
  for (const [regex, check] of compiledFor(brand)) {
    for (const match of text.matchAll(regex)) {
      if (!check || check(match.groups ?? {})) return match[0].trim();
    }
  }
  return null;
}

/** True when the reply says who is writing for `brand`. */
export function isAffiliationDisclosed(text: string, brand: string): boolean {
  return findDisclosure(text, brand) !== null;
}
