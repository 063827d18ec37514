import { useLayoutEffect, useRef } from 'preact/hooks';
import { type CourierPickerOptions, courierPicker, type CourierPicker as Widget } from './courier-picker';

/**
 * The courier picker in Preact screens (the 선택 배송 처리 dialog): the same widget as the row controls. Preact
 * renders only the container; the widget owns it and everything inside it, and hears of new props.
 */
export function CourierPicker(props: CourierPickerOptions) {
  const into = useRef<HTMLSpanElement>(null);
  const widget = useRef<Widget>();
  const latest = useRef(props);
  latest.current = props;

  useLayoutEffect(() => {
    const w = courierPicker(into.current!, {
      ...latest.current,
      onChange: (code) => latest.current.onChange(code),
    });
    widget.current = w;
    return () => {
      widget.current = undefined;
      w.destroy();
    };
  }, []);

  // after every render: value, error, label and disabled as the dialog has them now
  useLayoutEffect(() => {
    const { value, error, label, disabled } = props;
    widget.current?.update({ value, error, label, disabled });
  });

  return <span ref={into} />;
}
