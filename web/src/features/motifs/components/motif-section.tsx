import type { ReactNode } from 'react';

export interface MotifSectionProps {
  id: string;
  title: string;
  count?: number | undefined;
  children: ReactNode;
}

/** One part of the motif page, a named region; on a phone the parts simply follow each other. */
export function MotifSection({ id, title, count, children }: MotifSectionProps) {
  return (
    <section id={id} className="card detail-section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>
        {title}
        {/* Read as "Catatan HKI (2)", not "Catatan HKI 2". */}
        {count !== undefined && (
          <>
            <span className="count-pill" aria-hidden="true">
              {count}
            </span>
            <span className="sr-only"> ({count})</span>
          </>
        )}
      </h2>
      {children}
    </section>
  );
}
