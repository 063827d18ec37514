import type { ItemProgress as Progress } from '../../lib/overlay/model';
import { progressLine } from './row/progress';

/** Where the item's latest action stands (the dialog's result column); the text is the row's. */
export function ItemProgress({ progress }: { progress: Progress }) {
  const p = progressLine(progress);
  return (
    <span class={`progress progress--${p.tone}`} data-role="progress" data-state={p.state} role={p.role}>
      {p.text}
    </span>
  );
}
