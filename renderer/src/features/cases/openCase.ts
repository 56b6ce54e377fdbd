const KEY = 'lp.openCase';

/** Asks the Cases view to open a case when it shows next (the hash route carries no parameters). */
export function requestOpenCase(caseId: number): void {
  window.sessionStorage.setItem(KEY, String(caseId));
}

/** The case another view asked to open, once; null when none. */
export function takeOpenCaseRequest(): number | null {
  const v = window.sessionStorage.getItem(KEY);
  window.sessionStorage.removeItem(KEY);
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : null;
}
