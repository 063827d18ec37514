import type { FieldProblem } from '../../../lib/products/types';
import { fixInLabels } from './format';

/** Field problems grouped by where the seller fixes them. */
export function ProblemList({ problems }: { problems: FieldProblem[] }) {
  const groups = new Map<FieldProblem['fixIn'], FieldProblem[]>();
  for (const p of problems) groups.set(p.fixIn, [...(groups.get(p.fixIn) ?? []), p]);
  return (
    <div class="problems">
      {[...groups].map(([fixIn, list]) => (
        <div key={fixIn} class="problems__group">
          <p class="problems__where">{fixInLabels()[fixIn]}</p>
          <ul>
            {list.map((p) => (
              <li key={p.path} data-path={p.path}>
                <strong>{p.label}</strong> {p.message}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
