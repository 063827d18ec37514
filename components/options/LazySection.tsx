import { useEffect, useState } from 'preact/hooks';
import type { AccountRow } from '../../lib/db/schema';
import { t } from '../../lib/i18n';

/** The product and preset sections: the heaviest and least used part of the page, fetched when first shown. */
type Sections = typeof import('./products');

let pending: Promise<Sections> | undefined;

function loadSections(): Promise<Sections> {
  pending ??= import('./products').catch((e: unknown) => {
    pending = undefined;
    throw e;
  });
  return pending;
}

/** One of the product sections, with a loading line until its code has arrived. */
export function LazySection({
  name,
  accounts,
}: {
  name: 'ProductsSection' | 'PresetsSection';
  accounts: AccountRow[];
}) {
  const [sections, setSections] = useState<Sections>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let alive = true;
    loadSections().then(
      (m) => alive && setSections(m),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);

  if (!sections) {
    return (
      <section class="card" aria-busy={failed ? 'false' : 'true'} data-loading={name}>
        <p class={failed ? 'field__error' : 'empty'}>
          {failed
            ? t(
                '이 부분을 불러오지 못했습니다. 페이지를 새로 고쳐 주세요.',
                'This part could not be loaded. Please reload the page.',
              )
            : t('불러오는 중…', 'Loading…')}
        </p>
      </section>
    );
  }
  const Section = sections[name];
  return <Section accounts={accounts} />;
}
