import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startOverlay } from '../components/overlay/mount';
import { publishOrdersOverlay } from '../components/overlay/ui-contract';

/** The order overlay, imported at once by the order content script (its loader: see ui-contract.ts). */
export default defineUnlistedScript(() => publishOrdersOverlay({ startOverlay }));
