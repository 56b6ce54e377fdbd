const KEY = 'lp.openCascade';

/** Asks the Graph view to show the cascade of a post's thread when it shows next (the hash route carries no parameters). */
export function requestOpenCascade(postId: number): void {
  window.sessionStorage.setItem(KEY, String(postId));
}

/** The post whose cascade another view asked for, or null; read without clearing (a render may run twice). */
export function peekOpenCascadeRequest(): number | null {
  const v = window.sessionStorage.getItem(KEY);
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** Forgets the request once the view has taken it. */
export function clearOpenCascadeRequest(): void {
  window.sessionStorage.removeItem(KEY);
}
