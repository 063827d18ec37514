import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { exactCourier, searchCouriers } from '../../lib/overlay/couriers';
import { courierName } from '../../lib/smartstore/codes';

interface CourierPickerProps {
  id: string;
  /** the chosen courier code */
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  error?: string | undefined;
  label?: string;
  disabled?: boolean;
}

const SHOWN = 8;
/** the list's max-height in style.css */
const LIST_HEIGHT = 240;

/**
 * A searchable courier list: type "대한통운", "cj", "롯데", "로젠", "우체국" or a code. Typing a name, alias or code
 * exactly picks it; otherwise choose from the list (arrows + Enter, or click).
 */
export function CourierPicker({ id, value, onChange, error, label, disabled }: CourierPickerProps) {
  const name = label ?? t('택배사', 'Carrier');
  const [query, setQuery] = useState(value ? courierName(value) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [place, setPlace] = useState<{ left: number; top?: number; bottom?: number; width: number }>();
  const input = useRef<HTMLInputElement>(null);
  const emitted = useRef(value);

  // a value set from outside (택배사 일괄 적용) shows its name
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setQuery(value ? courierName(value) : '');
    }
  }, [value]);

  const options = open ? searchCouriers(query, SHOWN) : [];

  const emit = (code: string | undefined) => {
    emitted.current = code;
    onChange(code);
  };

  const choose = (code: string) => {
    setQuery(courierName(code));
    setOpen(false);
    emit(code);
  };

  // the list is placed in viewport coordinates so that a table wrapper with overflow does not clip it
  useLayoutEffect(() => {
    if (!open) return;
    const measure = () => {
      const r = input.current?.getBoundingClientRect();
      if (!r) return;
      const width = Math.max(r.width, 180);
      // near the bottom of the window the list opens upwards
      const below = window.innerHeight - r.bottom;
      if (below < LIST_HEIGHT && r.top > below) {
        setPlace({ left: r.left, bottom: window.innerHeight - r.top + 2, width });
      } else setPlace({ left: r.left, top: r.bottom + 2, width });
    };
    measure();
    window.addEventListener('scroll', measure, true);
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure, true);
      window.removeEventListener('resize', measure);
    };
  }, [open]);

  const listId = `${id}-list`;
  return (
    <span class={`courier${error ? ' has-error' : ''}`}>
      <input
        ref={input}
        id={id}
        class="courier__input"
        type="text"
        role="combobox"
        aria-label={name}
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={error ? true : undefined}
        aria-activedescendant={open && options[active] ? `${listId}-${options[active].code}` : undefined}
        placeholder={t('택배사 검색', 'Search carriers')}
        autocomplete="off"
        spellcheck={false}
        disabled={disabled}
        value={query}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          setQuery(v);
          setOpen(true);
          setActive(0);
          emit(exactCourier(v)?.code);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          if (value) setQuery(courierName(value));
          else {
            const matches = query.trim() ? searchCouriers(query, 2) : [];
            if (matches.length === 1) choose(matches[0]!.code);
          }
        }}
        onKeyDown={(e) => {
          if (e.isComposing) return;
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && options[active]) {
            e.preventDefault();
            e.stopPropagation();
            choose(options[active].code);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {open && options.length > 0 && (
        <div
          class="courier__list"
          id={listId}
          role="listbox"
          aria-label={t(`${name} 목록`, `${name} list`)}
          style={
            place
              ? {
                  left: `${place.left}px`,
                  ...(place.top !== undefined ? { top: `${place.top}px` } : { bottom: `${place.bottom}px` }),
                  minWidth: `${place.width}px`,
                }
              : undefined
          }
        >
          {options.map((c, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (aria-activedescendant)
            <div
              key={c.code}
              tabIndex={-1}
              id={`${listId}-${c.code}`}
              role="option"
              aria-selected={i === active}
              class={`courier__option${i === active ? ' is-active' : ''}`}
              data-code={c.code}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(c.code)}
            >
              <span>{c.name}</span>
              <span class="courier__code">{c.code}</span>
            </div>
          ))}
        </div>
      )}
    </span>
  );
}
