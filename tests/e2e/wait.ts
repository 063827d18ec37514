/** Polls `check` every 200 ms until it holds; fails with what was awaited after `timeout` ms. */
export async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeout = 30_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
