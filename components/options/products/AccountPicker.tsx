import type { AccountRow } from '../../../lib/db/schema';
import { t } from '../../../lib/i18n';

/** Which linked SmartStore account a section works on (shown only when there is more than one). */
export function AccountPicker({
  accounts,
  value,
  onChange,
  idPrefix,
}: {
  accounts: AccountRow[];
  value: string | undefined;
  onChange: (id: string) => void;
  idPrefix: string;
}) {
  if (accounts.length < 2) {
    const only = accounts[0];
    return only ? <span class="account-chip">{only.alias}</span> : null;
  }
  return (
    <label class="account-select" for={`${idPrefix}-account`}>
      <span>{t('계정', 'Account')}</span>
      <select
        id={`${idPrefix}-account`}
        value={value}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value)}
      >
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.alias} ({a.storeSlug})
          </option>
        ))}
      </select>
    </label>
  );
}
