import type { LayerView, OverlayActions } from '../../lib/overlay/model';
import { CancelDialog } from './CancelDialog';
import { DispatchDialog } from './DispatchDialog';
import { SelectionBar } from './SelectionBar';

/** The page-wide part of the overlay: the selection bar and the open dialog. */
export function Layer({ view, actions }: { view: LayerView; actions: OverlayActions }) {
  const d = view.dialog;
  return (
    <>
      <SelectionBar view={view} actions={actions} />
      {d?.kind === 'cancel' && (
        <CancelDialog key={`cancel-${d.item.productOrderId}`} view={d} actions={actions} />
      )}
      {d?.kind === 'dispatch' && (
        <DispatchDialog
          key={`dispatch-${d.items.map((i) => i.brief.productOrderId).join(',')}`}
          view={d}
          actions={actions}
        />
      )}
    </>
  );
}
