import { useEffect, useState } from 'react';
import { WALL_LOOK, type ChartLook } from '../live/chartLook';

/**
 * The wall's chart look scaled to the screen: type about 2.6% of the height (28 px at 1080 p,
 * 56 px at 2160 p), which stays readable from 5 m on a typical 55–65" wall screen.
 */
export function wallLookFor(height: number): ChartLook {
  const font = Math.max(18, Math.round(height * 0.026));
  return { ...WALL_LOOK, font, line: Math.max(3, Math.round(font / 5)) };
}

/** The wall's chart look, following window resizes. */
export function useWallLook(): ChartLook {
  const [look, setLook] = useState(() => wallLookFor(window.innerHeight));
  useEffect(() => {
    const onResize = (): void => setLook((l) => (l.font === wallLookFor(window.innerHeight).font ? l : wallLookFor(window.innerHeight)));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return look;
}
