import { render } from 'preact';
import { dialogActions } from '../../lib/overlay/dialog-actions';
import { validateDispatch } from '../../lib/overlay/validation';
import { Layer } from './Layer';
import type { OrdersUi } from './ui-contract';

/** The overlay's drawing half: Preact renders the page-wide layer (selection bar, dialogs) into its shadow root. */
export const ordersUi: OrdersUi = {
  layer: (root, view, actions) => render(<Layer view={view} actions={actions} />, root),
  clear: (root) => render(null, root),
  dispatchCheck: validateDispatch,
  dialogs: dialogActions,
};
