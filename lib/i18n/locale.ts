/**
 * The language every screen speaks. Korean is the default; English when the browser's UI language is English.
 * Any other browser language gets Korean, the language of the seller centres this extension sits beside.
 *
 * The locale is read once per JS context from `chrome.i18n.getUILanguage()` (the browser's UI language, the
 * same in the service worker, the extension pages and the content scripts), so text built in the background
 * (errors, sync log entries) matches the page that shows it.
 */
export type Locale = 'ko' | 'en';

/** Picks our locale for a BCP 47 tag such as `en-US`, `ko-KR` or `ja`. */
export function pickLocale(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'ko';
}

function browserLanguage(): string | undefined {
  try {
    const api = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n;
    return typeof api?.getUILanguage === 'function' ? api.getUILanguage() : undefined;
  } catch {
    // outside an extension context (unit tests, Node scripts): the default
    return undefined;
  }
}

let current: Locale = pickLocale(browserLanguage());

export function locale(): Locale {
  return current;
}

/** For tests and scripts: every later `t()` call speaks `next`. */
export function setLocale(next: Locale): void {
  current = next;
}

/** The `Intl` locale matching ours, for dates and numbers. */
export function intlLocale(): 'ko-KR' | 'en-US' {
  return current === 'en' ? 'en-US' : 'ko-KR';
}
