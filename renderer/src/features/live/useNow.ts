import { useEffect, useState } from 'react';

/** The current time, re-rendering every `everyMs` (ages and countdowns tick on screen). */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}
