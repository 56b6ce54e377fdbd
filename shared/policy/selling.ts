/**
 * Selling and promotional language in a customer-care reply. Each sentence is judged on its own:
 * a sentence that is about putting something right for the customer ("your discount was not
 * applied, we will fix it", "we can't offer a discount", "we offer a refund") is not selling,
 * even if it names a discount or an offer.
 */

/** One selling phrase found in a reply. */
export interface SellingFinding {
  severity: 'block' | 'warn';
  excerpt: string;
  message: string;
}

interface SellingPattern {
  regex: RegExp;
  severity: 'block' | 'warn';
  message: string;
  /** Extra test on the match (e.g. that a "code" looks like a promo code). */
  accept?: (match: RegExpExecArray) => boolean;
}

const PATTERNS: SellingPattern[] = [
  {
    regex: /\b(?:buy|shop|order|subscribe|upgrade|sign\s+up|join|register|act|book)\s+(?:now|today)\b(?!\s+that\b)/giu,
    severity: 'block',
    message: 'Call to buy or sign up',
  },
  {
    regex: /\b(?:limited[\s-]+(?:time\s+)?(?:offer|deal|deals|availability)|offer\s+ends|sale\s+ends|while\s+stocks\s+last|don['’]?t\s+miss\s+(?:out|this)|(?<!\bno\s+)hurry|act\s+fast|flash\s+sale|black\s+friday|cyber\s+monday)\b/giu,
    severity: 'block',
    message: 'Urgency or limited-offer wording',
  },
  {
    regex: /\buse\s+(?:the\s+|my\s+|our\s+)?(?:(?:promo|discount|coupon|voucher)\s+)?code\s*:?\s*([A-Za-z0-9]{4,})\b/giu,
    severity: 'block',
    message: 'Promotion code',
    accept: (m) => /[A-Z]/u.test(m[1]) && m[1] === m[1].toUpperCase(),
  },
  {
    regex: /\b(?:discount|promo|promotional|coupon|voucher)\s+codes?\b/giu,
    severity: 'block',
    message: 'Promotion code',
  },
  {
    regex: /(?:\b\d{1,3}(?:\.\d+)?\s?%|\b(?:half|[£$€]\s?\d+(?:\.\d{2})?))\s+off\b|\bsave\s+(?:up\s+to\s+)?(?:\d{1,3}\s?%|[£$€]\s?\d+)/giu,
    severity: 'block',
    message: 'Price promotion',
  },
  {
    regex: /\b(?:sign\s+up|subscribe|join|upgrade)\s+(?:for|to)\s+(?:our|the)\s+(?:\p{L}+\s+){0,2}(?:premium|plus|pro|gold|platinum|membership|plan|newsletter|loyalty|club|subscription|package|tier|bundle)\b/giu,
    severity: 'block',
    message: 'Pitch for a paid plan or sign-up',
  },
  {
    regex: /\b(?:free\s+trial|money[\s-]back\s+guarantee|click\s+(?:here|the\s+link|below)\s+to\s+(?:buy|shop|order|subscribe|upgrade|save|get))\b/giu,
    severity: 'block',
    message: 'Sales pitch',
  },
  {
    regex: /\b(?:special|exclusive|amazing|great|fantastic|unbeatable|incredible|latest|new|best)\s+(?:offers?|deals?|prices?|discounts?|bargains?)\b/giu,
    severity: 'warn',
    message: 'Promotional wording',
  },
  {
    regex: /\b(?:promo|promos|promotion|promotions|bargain|bargains|best\s+value|cheapest|on\s+sale|check\s+out\s+our\s+(?:new|latest|range))\b/giu,
    severity: 'warn',
    message: 'Promotional wording',
  },
  {
    regex: /\b(?:get|enjoy|grab|claim)\s+(?:a|an|your|our)\s+(?:\p{L}+\s+)?(?:discount|upgrade|deal|offer)\b/giu,
    severity: 'warn',
    message: 'Promotional wording',
  },
  {
    regex: /\bour\s+(?:premium|plus|pro|gold|platinum)\s+(?:plan|tier|package|membership|service|subscription|account)\b/giu,
    severity: 'warn',
    message: 'Mentions a paid plan',
  },
];

const NEGATED_VERB =
  "(?:applied|apply|work\\w*|honou?r\\w*|accept\\w*|valid|available|offer\\w*|give|provide|extend|show\\w*|appear\\w*|go\\s+through|included|deducted|add\\w*)";

/** Signs that a sentence is about a problem or its remedy, not a pitch. */
const SERVICE_CONTEXT: RegExp[] = [
  /\b(?:refund(?:ed|s)?|reimburs\w*|fix(?:ed|ing)?|sorry|apolog\w*|investigat\w*|look(?:ing)?\s+into|compensat\w*)\b/iu,
  /\b(?:error|glitch|bug|issue|problem|wrong|incorrect(?:ly)?|missing|fail(?:ed|s)?|overcharged|expired|complain\w*)\b/iu,
  new RegExp(`(?:\\b(?:not|never|unable\\s+to|no\\s+longer)|n['’]t)\\s+(?:\\w+\\s+){0,2}${NEGATED_VERB}\\b`, 'iu'),
  /\b(?:was|were|been|be)\s+applied\b/iu,
];

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|\n+/u).filter((s) => s.trim().length > 0);
}

/** Selling or promotional phrases in `text`; overlapping matches in a sentence are reported once. */
export function findSelling(text: string): SellingFinding[] {
  const findings: SellingFinding[] = [];
  for (const sentence of sentencesOf(text)) {
    if (SERVICE_CONTEXT.some((cue) => cue.test(sentence))) continue;
    const taken: [number, number][] = [];
    for (const pattern of PATTERNS) {
      for (const match of sentence.matchAll(pattern.regex)) {
        const start = match.index;
        const end = start + match[0].length;
        if (pattern.accept && !pattern.accept(match as RegExpExecArray)) continue;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        findings.push({ severity: pattern.severity, excerpt: match[0], message: `${pattern.message}: "${match[0]}"` });
      }
    }
  }
  return findings;
}
