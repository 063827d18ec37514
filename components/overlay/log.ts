/**
 * Problems go to the console for support, never into the seller's page: `[SmartStore link] <what>: <error>`, in
 * English (the seller never sees them, and the scripts on every seller page carry no text they need not).
 */
export function logProblem(what: string, e: unknown): void {
  console.debug(`[SmartStore link] ${what}:`, e instanceof Error ? e.message : e);
}
