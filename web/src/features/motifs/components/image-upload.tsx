import { PhotoUpload } from '../../../components/photo-upload';
import { useT } from '../../../lib/i18n';
import type { MotifImage } from '../api/types';
import { IMAGE_ACCEPT, MAX_IMAGE_BYTES, useUploadMotifImage } from '../api/upload-motif-image';

export interface ImageUploadProps {
  motifId: string;
  onUploaded: (images: MotifImage[]) => void;
}

/**
 * "Tambah foto motif" from a phone. The server judges the content (a real JPEG, PNG or WebP; not
 * a file it already holds) and says which motif holds a duplicate.
 */
export function ImageUpload({ motifId, onUploaded }: ImageUploadProps) {
  const t = useT();
  return (
    <PhotoUpload
      className="image-upload"
      mutation={useUploadMotifImage()}
      variables={({ file, caption, onProgress }) => ({ motifId, file, caption, onProgress })}
      maxBytes={MAX_IMAGE_BYTES}
      accept={IMAGE_ACCEPT}
      onUploaded={onUploaded}
      text={{
        caption: t('motifs.gallery.caption'),
        upload: t('motifs.gallery.upload'),
        hint: t('motifs.gallery.uploadHint'),
        uploading: (percent) => t('motifs.gallery.uploading', { percent }),
        processing: t('motifs.gallery.processing'),
        uploaded: t('motifs.gallery.uploaded'),
        tooBig: (size) => t('motifs.gallery.tooBig', { size }),
      }}
    />
  );
}
