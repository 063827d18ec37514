import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ordersUi } from '../components/overlay/ui';
import { publishOrdersUi } from '../components/overlay/ui-contract';

/** The order overlay's drawing half (selection bar, dialogs), imported by the order content script when its layer has something to show. */
export default defineUnlistedScript(() => publishOrdersUi(ordersUi));
