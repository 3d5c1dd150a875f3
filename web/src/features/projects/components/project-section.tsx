import type { ReactNode } from 'react';

export interface ProjectSectionProps {
  id: string;
  title: string;
  count?: number | undefined;
  /** Actions beside the heading (add, import, download). */
  actions?: ReactNode;
  children: ReactNode;
}

/** One part of the contract page, a named region; on a phone the parts simply follow each other. */
export function ProjectSection({ id, title, count, actions, children }: ProjectSectionProps) {
  return (
    <section id={id} className="card detail-section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <div className="section-head">
        <h2 id={`${id}-title`}>
          {title}
          {/* Read as "Adendum (2)", not "Adendum 2". */}
          {count !== undefined && (
            <>
              <span className="count-pill" aria-hidden="true">
                {count}
              </span>
              <span className="sr-only"> ({count})</span>
            </>
          )}
        </h2>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
