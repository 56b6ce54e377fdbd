/** Handles a post names: `@handle` mentions, and the account a retweet-style `RT @handle:` reposts. */
export interface PostMentions {
  /** Lower-cased handles mentioned (the reposted account excluded), each once. */
  mentions: string[];
  /** Lower-cased handle of the reposted account, or null. */
  repostOf: string | null;
}

// A handle is 1–30 word characters after an @ that does not follow a word character, a dot or
// another @ (so e-mail addresses like a@b.com are not mentions).
const MENTION = /(?<![\w.@])@(\w{1,30})(?![\w@])/g;
const REPOST = /^\s*RT @(\w{1,30}):?/;

/** Finds the mentions and the repost source of a post's text (a reposted account is not also a mention). */
export function extractMentions(text: string): PostMentions {
  const rt = REPOST.exec(text);
  const repostOf = rt ? rt[1].toLowerCase() : null;
  const seen = new Set<string>();
  for (const m of text.matchAll(MENTION)) seen.add(m[1].toLowerCase());
  if (repostOf !== null) seen.delete(repostOf);
  return { mentions: [...seen], repostOf };
}
