import { useCallback, useEffect, useState } from 'react';
import type { ReplyKit } from '../../../../shared/domain/case';
import { call } from '../../api/client';

/** Templates, snippets and the brand; `apply` takes the kit an edit answered with. */
export function useReplyKit() {
  const [kit, setKit] = useState<ReplyKit>({ texts: [], brand: '' });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('cases.replyKit', {}).then((r) => (r.ok ? setKit(r.value) : setError(r.error.message)));
  }, []);
  const apply = useCallback((r: { ok: true; value: ReplyKit } | { ok: false; error: { message: string } }): boolean => {
    if (r.ok) {
      setKit(r.value);
      setError(null);
    } else setError(r.error.message);
    return r.ok;
  }, []);
  return { kit, error, apply };
}

/** Copies text to the clipboard; false when the browser refuses (the text stays selectable). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
