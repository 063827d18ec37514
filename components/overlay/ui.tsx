import { render } from 'preact';
import { Layer } from './Layer';
import { RowControls } from './RowControls';
import type { OrdersUi } from './ui-contract';

/** The overlay's drawing half: Preact renders the row controls and the page-wide layer into their shadow roots. */
export const ordersUi: OrdersUi = {
  row: (root, view, actions) => render(<RowControls view={view} actions={actions} />, root),
  layer: (root, view, actions) => render(<Layer view={view} actions={actions} />, root),
  clear: (root) => render(null, root),
};
