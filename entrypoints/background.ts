import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { pickLocale } from '../lib/i18n/locale';

declare function importScripts(...urls: string[]): void;

/**
 * The service worker is built once per language, each with only its own text (see scripts/one-language.mjs):
 * a worker that loads, and parses, on every wake-up, carries half the words. This loads the one the browser's
 * UI language picks, synchronously, so its listeners are registered before the event that woke the worker.
 */
export default defineBackground(() => {
  importScripts(pickLocale(browser.i18n.getUILanguage()) === 'en' ? '/worker-en.js' : '/worker-ko.js');
});
