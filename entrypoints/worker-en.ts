import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startWorker } from '../lib/background/worker';
import { workerStart } from '../lib/background/worker-start';

/** The service worker with its English text only: hands its start to background.ts, which calls it. */
export default defineUnlistedScript(() => workerStart.publish(startWorker));
