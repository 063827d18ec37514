import { handOver } from '../bundles/hand-over';

/**
 * How the service worker's language builds hand over their start function: each `worker-<lang>.js` only
 * publishes it when evaluated, and `entrypoints/background.ts` calls the one it chose. Evaluating a build never
 * starts anything, so the other language's build can be imported too (at install) without starting twice.
 */
export const workerStart = handOver<() => void>('__sixshopLinkStartWorker');
