import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { workerStart } from '../lib/background/worker-start';
import { type Locale, pickLocale } from '../lib/i18n/locale';

declare function importScripts(...urls: string[]): void;

const BUILDS: Record<Locale, string> = { ko: '/worker-ko.js', en: '/worker-en.js' };

/**
 * The service worker is built once per language, each with only its own text (see scripts/one-language.mjs):
 * a worker that loads, and parses, on every wake-up, carries half the words. This loads the one the browser's
 * UI language picks, synchronously, so its listeners are registered before the event that woke the worker.
 *
 * An installed service worker may import only the scripts it imported while being installed, and the seller can
 * change the browser's language later: the other build is imported once at install (evaluating a build starts
 * nothing), and if the chosen one cannot be had the other one runs (the right features in the other language
 * rather than no worker at all).
 */
export default defineBackground(() => {
  const lang = pickLocale(browser.i18n.getUILanguage());
  const other: Locale = lang === 'en' ? 'ko' : 'en';
  if (typeof importScripts !== 'function') {
    // a background page (Firefox's MV2 build) has no importScripts: the build comes in as a module instead
    void import(/* @vite-ignore */ browser.runtime.getURL(BUILDS[lang] as '/')).then(start);
    return;
  }
  addEventListener('install', () => importScripts(BUILDS[other]));
  try {
    importScripts(BUILDS[lang]);
  } catch {
    importScripts(BUILDS[other]);
  }
  start();
});

function start(): void {
  const startWorker = workerStart.take();
  if (!startWorker) throw new Error('the service worker build did not hand over its start');
  startWorker();
}
