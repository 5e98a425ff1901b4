/** Observations shown per claim page (and per `/api/claims/:key` call) unless `?limit=` says otherwise. */
export const DEFAULT_OBSERVATIONS = 100;
export const MAX_OBSERVATIONS = 2_000;

/** `?limit=` as a whole number within 1..MAX_OBSERVATIONS, else the default. */
export function parseLimit(text: string | undefined): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_OBSERVATIONS) : DEFAULT_OBSERVATIONS;
}
