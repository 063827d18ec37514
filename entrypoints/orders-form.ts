import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { dispatchForm } from '../components/overlay/row/dispatch-form';
import { publishOrdersForm } from '../components/overlay/ui-contract';
import { validateDispatch } from '../lib/overlay/validation';

/** The order rows' 배송 처리 form, imported by the order content script when a row in view shows an item to ship. */
export default defineUnlistedScript(() =>
  publishOrdersForm({ dispatchForm, dispatchCheck: validateDispatch }),
);
