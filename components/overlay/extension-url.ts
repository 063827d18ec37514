import { browser } from 'wxt/browser';

/**
 * Addresses of files in the extension, on their own: the order content script (a loader on every seller page)
 * needs nothing else of the overlay's modules to import it.
 */

/** The address of a file WXT built into the extension (outside the typed list of public files). */
export const extensionUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

/**
 * The address of a script imported on demand (ui-contract.ts): a retry asks for another URL, since a browser
 * remembers a failed import of one.
 */
export const onDemandUrl = (file: string, attempt: number): string =>
  extensionUrl(attempt === 0 ? `/${file}` : `/${file}?retry=${attempt}`);
