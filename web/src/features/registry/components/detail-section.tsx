import type { ReactNode } from 'react';

export interface DetailSectionProps {
  id: string;
  title: string;
  count?: number | undefined;
  children: ReactNode;
}

/** One part of the business page; on a phone the parts simply follow each other. */
export function DetailSection({ id, title, count, children }: DetailSectionProps) {
  return (
    <section id={id} className="card detail-section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>
        {title}
        {/* Read as "Laporan semester (1)", not "Laporan semester 1" (which sounds like semester 1). */}
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
