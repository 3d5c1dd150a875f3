import { STATUS_LABELS } from '../ip/ip-rules.js';
import type { TIpRecord, TMotif } from '../motifs.schemas.js';
import type { EvidenceEntry } from './evidence-pack.js';

/**
 * The summary page of an evidence pack, in Indonesian: readable on any phone or printed, with no
 * script and no outside resources, so it opens the same years later.
 */
export function evidenceSummaryHtml(input: {
  motif: TMotif;
  meta: { generatedAt: string; generatedBy: string; requestId: string; centre: string | null };
  imagePaths: Map<string, string>;
  docPaths: Map<string, string>;
  entries: EvidenceEntry[];
}): string {
  const { motif, meta, imagePaths, docPaths } = input;
  const creators = motif.creators.length
    ? motif.creators
        .map(
          (c) =>
            `<li>${esc(c.name)}${c.address ? `, ${esc(c.address)}` : ''} (${esc(c.nationality)})${
              c.deceased ? `, wafat ${c.diedOn ? tanggal(c.diedOn) : '(tanggal belum diisi)'}` : ''
            }</li>`,
        )
        .join('')
    : '<li>Belum ada pencipta tercatat.</li>';
  const images = motif.images
    .map((img) => {
      const path = imagePaths.get(img.id) ?? '';
      return `<tr><td><img src="${esc(path)}" alt="" width="120"></td><td>${esc(path)}<br>${esc(img.mimeType)}, ${img.width} × ${img.height} px, ${img.sizeBytes.toLocaleString('id-ID')} byte</td><td><code>${img.sha256}</code></td><td>${esc(img.uploadedByLabel)}</td><td>${waktu(img.uploadedAt)}</td></tr>`;
    })
    .join('');
  const records = motif.ipRecords.map((r) => recordSection(r, docPaths)).join('');
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Bukti motif ${esc(motif.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.45}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #999;padding:.3rem;text-align:left;vertical-align:top}
code{word-break:break-all;font-size:.85em}h2{border-bottom:2px solid #7a4b1e;margin-top:2rem}</style></head>
<body>
<h1>Paket bukti motif: ${esc(motif.name)}</h1>
<p>${meta.centre ? `${esc(meta.centre)}. ` : ''}Dibuat ${waktu(meta.generatedAt)} oleh ${esc(meta.generatedBy)} (kode permintaan ${esc(meta.requestId)}).${
    motif.isDemo ? ' <strong>DATA CONTOH (DEMO): bukan motif dan catatan sungguhan.</strong>' : ''
  }</p>
<h2>Motif</h2>
<table>
<tr><th>Nama</th><td>${esc(motif.name)}${motif.altNames.length ? ` (${esc(motif.altNames.join(', '))})` : ''}</td></tr>
<tr><th>Usaha pemilik</th><td>${esc(motif.businessName ?? '-')}</td></tr>
<tr><th>Teknik</th><td>${esc(motif.technique ?? '-')}</td></tr>
<tr><th>Tahun dibuat</th><td>${motif.yearCreated ?? '-'}</td></tr>
<tr><th>Asal</th><td>${esc(motif.origin ?? '-')}</td></tr>
<tr><th>Deskripsi</th><td>${esc(motif.description ?? '-')}</td></tr>
<tr><th>Filosofi</th><td>${esc(motif.philosophy ?? '-')}</td></tr>
<tr><th>Status</th><td>${motif.status === 'published' ? 'diterbitkan' : 'draf'}</td></tr>
</table>
<h3>Pencipta</h3><ul>${creators}</ul>
<h2>Berkas gambar asli</h2>
<p>Berkas disimpan persis seperti saat diterima server. Waktu adalah waktu server (WIB).</p>
<table><tr><th>Gambar</th><th>Berkas</th><th>SHA-256</th><th>Pengunggah</th><th>Diterima server</th></tr>${images || '<tr><td colspan="5">Belum ada gambar.</td></tr>'}</table>
<h2>Catatan kekayaan intelektual</h2>
${records || '<p>Motif ini belum punya catatan HKI. Hak cipta tetap lahir otomatis saat ciptaan diwujudkan (UU 28/2014, pelindungan deklaratif); pencatatan menjadi bukti.</p>'}
<h2>Memeriksa keaslian berkas</h2>
<p>Setiap berkas dalam paket ini tercantum dengan SHA-256 di <code>SHA256SUMS.txt</code>. Di Linux/macOS jalankan <code>sha256sum -c SHA256SUMS.txt</code>; di Windows <code>certutil -hashfile NAMA_BERKAS SHA256</code> lalu bandingkan.</p>
</body></html>
`;
}

function recordSection(r: TIpRecord, docPaths: Map<string, string>): string {
  const kind = {
    hak_cipta: 'Hak Cipta (pencatatan ciptaan)',
    desain_industri: 'Desain Industri',
    kik: 'Kekayaan Intelektual Komunal (EBT)',
  }[r.kind];
  const term =
    r.term.state === 'until'
      ? `sampai ${tanggal(r.term.endsOn ?? '')}${r.term.expired ? ' (sudah berakhir)' : ''}`
      : r.term.state === 'lifetime_plus'
        ? `seumur hidup pencipta + ${r.term.years} tahun`
        : r.term.state === 'unlimited'
          ? 'tanpa batas waktu'
          : 'belum dapat dihitung';
  const rows: [string, string | null][] = [
    ['Status', STATUS_LABELS[r.status].id],
    ['Nomor permohonan', r.applicationNumber],
    ['Tanggal permohonan', r.applicationDate && tanggal(r.applicationDate)],
    ['Nomor pencatatan/pendaftaran', r.recordNumber],
    ['Tanggal pencatatan', r.recordDate && tanggal(r.recordDate)],
    ['Jenis ciptaan', r.workKind],
    ['Pemegang hak', r.holderName && `${r.holderName}${r.holderKind ? ` (${r.holderKind})` : ''}`],
    [
      'Pertama diumumkan',
      r.firstPublishedOn &&
        `${tanggal(r.firstPublishedOn)}${r.firstPublishedPlace ? `, ${r.firstPublishedPlace}` : ''}`,
    ],
    ['Kustodian', r.custodian],
    ['Nomor inventarisasi', r.inventoryNumber],
    ['Masa pelindungan', `${term}. ${r.term.rule.id} Dasar: ${r.term.legalSource}.`],
  ];
  const history = r.events
    .map(
      (e) =>
        `<li>${waktu(e.changedAt)}: ${e.fromStatus ? `${STATUS_LABELS[e.fromStatus].id} → ` : ''}${STATUS_LABELS[e.toStatus].id}, oleh ${esc(e.changedByLabel)}${e.note ? `: “${esc(e.note)}”` : ''}</li>`,
    )
    .join('');
  const documents = r.documents
    .map(
      (d) =>
        `<li>${esc(docPaths.get(d.fileId) ?? d.fileName)} (${d.label}), SHA-256 <code>${d.sha256}</code>, diterima ${waktu(d.uploadedAt)}</li>`,
    )
    .join('');
  return `<h3>${kind}</h3><table>${rows
    .filter(([, v]) => v)
    .map(([k, v]) => `<tr><th>${k}</th><td>${esc(v ?? '')}</td></tr>`)
    .join('')}</table>
<p>Riwayat status:</p><ul>${history}</ul>${documents ? `<p>Dokumen:</p><ul>${documents}</ul>` : ''}`;
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const tanggal = (isoDate: string) =>
  new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

const waktu = (iso: string) =>
  `${new Date(iso).toLocaleString('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Asia/Jakarta',
  })} WIB (${iso})`;
