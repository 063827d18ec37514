import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startWorker } from '../lib/background/worker';

/** The service worker with its English text only, loaded by background.ts. */
export default defineUnlistedScript(() => startWorker());
