/**
 * Only the seller's own input acts. Events a page makes (`dispatchEvent`, `element.click()`) have
 * `isTrusted === false`; our shadow roots are open, so a page could reach our buttons, but not press them.
 * No `<form>` submit either: `form.requestSubmit()` from a page would fire a trusted submit event.
 */
export function isTrustedEvent(event: Event | undefined): boolean {
  return event?.isTrusted === true;
}

/** Wraps a handler so that it runs only for trusted events. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event: E) => {
    if (!isTrustedEvent(event)) return;
    handler(event);
  };
}
