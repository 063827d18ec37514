import { Collection, type Ranges, type RunOnStore } from './collection';

/** Sorts past every other character: `startsWith` reads up to prefix + this. */
const MAX_CHAR = '\uffff';

/** Dexie's `where(index)`: the ways the project selects by an index (or by the primary key). */
export class WhereClause<Row, Key extends IDBValidKey> {
  constructor(
    private readonly run: RunOnStore,
    private readonly index: string | null,
  ) {}

  equals(value: IDBValidKey): Collection<Row, Key> {
    return this.collection(() => [IDBKeyRange.only(value)]);
  }

  /** Dexie's defaults: the lower bound included, the upper one not. An empty or inverted range selects nothing. */
  between(
    lower: IDBValidKey,
    upper: IDBValidKey,
    includeLower = true,
    includeUpper = false,
  ): Collection<Row, Key> {
    return this.collection(() => {
      const order = indexedDB.cmp(lower, upper);
      if (order > 0 || (order === 0 && !(includeLower && includeUpper))) return [];
      return [IDBKeyRange.bound(lower, upper, !includeLower, !includeUpper)];
    });
  }

  aboveOrEqual(value: IDBValidKey): Collection<Row, Key> {
    return this.collection(() => [IDBKeyRange.lowerBound(value)]);
  }

  startsWith(prefix: string): Collection<Row, Key> {
    return this.collection(() => [IDBKeyRange.bound(prefix, prefix + MAX_CHAR)]);
  }

  /** Any of the keys; the rows come in key order (not the order asked), each row once. */
  anyOf(values: readonly IDBValidKey[]): Collection<Row, Key> {
    return this.collection(() => {
      const sorted = [...values].sort((a, b) => indexedDB.cmp(a, b));
      const unique = sorted.filter((k, i) => i === 0 || indexedDB.cmp(sorted[i - 1]!, k) !== 0);
      return unique.map((k) => IDBKeyRange.only(k));
    });
  }

  private collection(ranges: Ranges): Collection<Row, Key> {
    return new Collection(this.run, this.index, ranges);
  }
}
