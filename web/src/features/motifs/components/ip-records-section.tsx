import { lazy, Suspense, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Spinner } from '../../../components/spinner';
import { useT } from '../../../lib/i18n';
import type { Motif } from '../api/types';
import { IpRecordCard } from './ip-record-card';
import { RecordingRequest } from './recording-request';

/** The officer's form to enter a record: loaded only when an officer opens it. */
const IpRecordForm = lazy(() => import('./ip-record-form').then((m) => ({ default: m.IpRecordForm })));

export interface IpRecordsSectionProps {
  motif: Motif;
  /** Admin and officer keep the records; an artisan may ask for help recording. */
  canKeep: boolean;
  isArtisan: boolean;
}

/** Catatan HKI: one card per record (Hak Cipta, Desain Industri, KIK) with its term and history. */
export function IpRecordsSection({ motif, canKeep, isArtisan }: IpRecordsSectionProps) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  return (
    <>
      <div aria-live="polite">{done && <Alert tone="success">{done}</Alert>}</div>
      {motif.ipRecords.length === 0 ? (
        <p className="empty">{t('motifs.ip.none')}</p>
      ) : (
        <ul className="item-list ip-list">
          {motif.ipRecords.map((record) => (
            <li key={record.id}>
              <IpRecordCard motifId={motif.id} record={record} forArtisan={isArtisan} canKeep={canKeep} />
            </li>
          ))}
        </ul>
      )}
      {isArtisan && <RecordingRequest motif={motif} onSent={setDone} />}
      {canKeep &&
        (adding ? (
          <Suspense fallback={<Spinner />}>
            <IpRecordForm
              motifId={motif.id}
              onDone={() => {
                setAdding(false);
                setDone(t('motifs.ip.added'));
              }}
              onCancel={() => setAdding(false)}
            />
          </Suspense>
        ) : (
          <Button
            onClick={() => {
              setDone(null);
              setAdding(true);
            }}
          >
            {t('motifs.ip.add')}
          </Button>
        ))}
    </>
  );
}
