import { locale } from '../../lib/i18n';

/** Gives the page the seller's language (screen readers, spell check, hyphenation) and a title in it. */
export function setDocumentLocale(title: string): void {
  document.documentElement.lang = locale();
  document.title = title;
}
