import { formatDateTime } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { IpEvent, IpKind } from '../api/types';
import { ipStatusKey } from '../lib/labels';

/** The record's status history, oldest first: when, from → to, who, and the note left with it. */
export function IpTimeline({
  kind,
  events,
  headingId,
}: {
  kind: IpKind;
  events: IpEvent[];
  headingId: string;
}) {
  const t = useT();
  const lang = useLang();
  if (events.length === 0) return null;
  const label = (status: IpEvent['toStatus']) => t(ipStatusKey(kind, status));
  return (
    <div className="ip-history">
      <h4 id={headingId}>{t('motifs.ip.history')}</h4>
      <ol className="timeline" aria-labelledby={headingId}>
        {events.map((event, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: events have no id and never reorder
          <li key={i} className="timeline-item">
            <p className="timeline-when">
              <time dateTime={event.changedAt}>{formatDateTime(event.changedAt, lang)}</time>
            </p>
            <p className="timeline-what">
              {event.fromStatus
                ? t('motifs.ip.moved', { from: label(event.fromStatus), to: label(event.toStatus) })
                : t('motifs.ip.started', { status: label(event.toStatus) })}
            </p>
            <p className="timeline-who">{t('motifs.ip.by', { who: event.changedByLabel })}</p>
            {event.note && <p className="timeline-note">{event.note}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
