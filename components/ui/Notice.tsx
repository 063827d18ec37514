import type { ComponentChildren } from 'preact';

export function Notice({
  tone,
  children,
}: {
  tone: 'info' | 'success' | 'error' | 'warning';
  children: ComponentChildren;
}) {
  return (
    <div class={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
