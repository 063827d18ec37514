/** Problems go to the console for support, never into the seller's page. */
export function logProblem(what: string, e: unknown): void {
  console.debug(what, e instanceof Error ? e.message : e);
}
