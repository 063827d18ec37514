import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ordersUi } from '../components/overlay/ui';
import { publishOrdersUi } from '../components/overlay/ui-contract';

/** The order overlay's drawing half, imported by the order content script when a page shows known orders. */
export default defineUnlistedScript(() => publishOrdersUi(ordersUi));
