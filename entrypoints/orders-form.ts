import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { dispatchForm } from '../components/overlay/row/dispatch-form';
import { publishOrdersForm } from '../components/overlay/ui-contract';
import { validateDispatch } from '../lib/overlay/validation';

/**
 * The order rows' 배송 처리 form, imported by the order content script when the seller first comes to a row's form
 * (it takes over the form's elements the content script drew: components/overlay/row/dispatch-fields.ts).
 */
export default defineUnlistedScript(() =>
  publishOrdersForm({ dispatchForm, dispatchCheck: validateDispatch }),
);
