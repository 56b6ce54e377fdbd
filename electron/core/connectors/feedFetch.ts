/** What the last good answer of a feed said, for a conditional GET. */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

/** The outcome of one fetch: unchanged since last time, or a new body with its validators. */
export type FeedFetch = { status: 'not-modified' } | ({ status: 'ok'; body: string } & FeedValidators);

/** Largest feed document read; bigger answers are refused as garbage. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

async function readCapped(res: Response): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_FEED_BYTES) {
      await reader.cancel();
      throw new Error(`answer larger than ${MAX_FEED_BYTES} bytes`);
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** A short, human reason for a failed fetch (fetch hides the cause one level down). */
export function describeFetchError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { message?: string; code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timed out after ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`;
  const cause = e?.cause?.message ?? '';
  if (/redirect count exceeded/i.test(cause)) return 'redirect loop (too many redirects)';
  if (e?.cause?.code === 'ECONNREFUSED') return 'connection refused';
  return cause || e?.message || String(err);
}

/**
 * Fetches a feed with a conditional GET (If-None-Match / If-Modified-Since from the last good
 * answer) and a time limit. Throws an Error whose message is the reason the source is unhealthy.
 */
export async function fetchFeed(url: string, last: FeedValidators, timeoutMs: number): Promise<FeedFetch> {
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1', 'user-agent': 'ListeningPost/0.1 (feed reader)' };
  if (last.etag) headers['if-none-match'] = last.etag;
  if (last.lastModified) headers['if-modified-since'] = last.lastModified;
  let res: Response;
  try {
    res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw new Error(describeFetchError(err, timeoutMs));
  }
  if (res.status === 304) return { status: 'not-modified' };
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  }
  let body: string;
  try {
    body = await readCapped(res);
  } catch (err) {
    throw new Error(describeFetchError(err, timeoutMs));
  }
  return { status: 'ok', body, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
}
