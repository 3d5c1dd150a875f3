import type { Bilingual, Lang } from '../lib/lang.js';

/**
 * Every error the API answers with: a stable code, its HTTP status and what the user is told, in
 * Indonesian and English. Parameters fill `{name}` placeholders.
 */
export const ERROR_CATALOGUE = {
  VALIDATION: {
    status: 400,
    id: 'Data belum benar. Perbaiki isian yang ditandai.',
    en: 'Some data is not valid. Fix the marked fields.',
  },
  MALFORMED_JSON: {
    status: 400,
    id: 'Isi permintaan bukan JSON yang sah.',
    en: 'The request body is not valid JSON.',
  },
  BODY_TOO_LARGE: {
    status: 413,
    id: 'Data yang dikirim terlalu besar (maksimal {limit}).',
    en: 'The data sent is too large (at most {limit}).',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    id: 'Jenis isi permintaan tidak didukung. Kirim JSON.',
    en: 'Unsupported content type. Send JSON.',
  },
  UNAUTHENTICATED: { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  SESSION_EXPIRED: {
    status: 401,
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has expired. Please sign in again.',
  },
  INVALID_TOKEN: {
    status: 401,
    id: 'Token API tidak sah, kedaluwarsa, atau sudah dicabut.',
    en: 'The API token is invalid, expired or revoked.',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  },
  WRONG_CURRENT_PASSWORD: {
    status: 400,
    id: 'Kata sandi saat ini salah.',
    en: 'The current password is wrong.',
  },
  ACCOUNT_DISABLED: {
    status: 403,
    id: 'Akun Anda dinonaktifkan. Hubungi admin Dinas.',
    en: 'Your account is disabled. Contact the Dinas administrator.',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    id: 'Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara; coba lagi dalam {minutes} menit.',
    en: 'Too many failed sign-in attempts. The account is locked; try again in {minutes} minutes.',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    id: 'Terlalu banyak percobaan dari alamat ini. Coba lagi dalam {minutes} menit.',
    en: 'Too many attempts from this address. Try again in {minutes} minutes.',
  },
  CSRF_INVALID: {
    status: 403,
    id: 'Permintaan ditolak karena token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman.',
    en: 'Request refused: the security (CSRF) token is missing or wrong. Reload the page.',
  },
  FORBIDDEN: {
    status: 403,
    id: 'Anda tidak berhak melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  },
  OTHER_CENTRE: {
    status: 403,
    id: 'Data ini milik sentra lain; Anda tidak berhak mengaksesnya.',
    en: 'This record belongs to another centre; you may not access it.',
  },
  NOT_OWN_BUSINESS: {
    status: 403,
    id: 'Anda hanya dapat melihat dan mengubah usaha Anda sendiri.',
    en: 'You can only see and change your own business.',
  },
  NIB_TAKEN: {
    status: 409,
    id: 'NIB ini sudah dipakai oleh usaha lain. Perbaiki isian yang ditandai.',
    en: 'This NIB is already used by another business. Fix the marked fields.',
  },
  NIB_TAKEN_BY: {
    status: 409,
    id: 'NIB {nib} sudah dipakai oleh "{name}".',
    en: 'NIB {nib} is already used by "{name}".',
  },
  UNKNOWN_KBLI: {
    status: 400,
    id: 'Kode KBLI {code} tidak ada dalam KBLI 2020.',
    en: 'KBLI code {code} is not in KBLI 2020.',
  },
  REPORT_LOCKED: {
    status: 409,
    id: 'Laporan semester ini sudah diverifikasi dan tidak dapat diubah.',
    en: 'This semester report is verified and can no longer be changed.',
  },
  REPORT_WRONG_STATUS: {
    status: 409,
    id: 'Laporan berstatus "{status}"; tindakan ini tidak berlaku.',
    en: 'The report is "{status}"; this action does not apply.',
  },
  REPORT_INCOMPLETE: {
    status: 400,
    id: 'Lengkapi angka ini sebelum mengirim laporan ke Dinas.',
    en: 'Fill in these figures before sending the report to the Dinas.',
  },
  NOT_AN_ARTISAN: {
    status: 400,
    id: 'Hanya akun perajin di sentra yang sama yang dapat dihubungkan ke usaha.',
    en: 'Only an artisan account of the same centre can be linked to a business.',
  },
  UNSUPPORTED_DOCUMENT: {
    status: 415,
    id: 'Dokumen harus berupa PDF, PNG atau JPEG (isi berkas diperiksa, bukan namanya).',
    en: 'The document must be a PDF, PNG or JPEG (the content is checked, not the name).',
  },
  FILE_TOO_LARGE: {
    status: 413,
    id: 'Berkas terlalu besar (maksimal {limit}).',
    en: 'The file is too large (at most {limit}).',
  },
  NO_FILE: {
    status: 400,
    id: 'Tidak ada berkas yang dikirim. Pilih berkas lalu unggah lagi.',
    en: 'No file was sent. Choose a file and upload again.',
  },
  BUSINESS_MERGED: {
    status: 409,
    id: 'Data usaha ini sudah digabung ke data lain dan tidak dapat diubah.',
    en: 'This business record was merged into another and can no longer be changed.',
  },
  MERGE_SELF: {
    status: 400,
    id: 'Pilih dua data usaha yang berbeda: satu data tidak dapat digabung dengan dirinya sendiri.',
    en: 'Choose two different business records: a record cannot be merged with itself.',
  },
  MERGE_OTHER_CENTRE: {
    status: 409,
    id: '"{kept}" dan "{merged}" tercatat di sentra yang berbeda; penggabungan hanya dapat dilakukan di dalam satu sentra.',
    en: '"{kept}" and "{merged}" belong to different centres; records can only be merged within one centre.',
  },
  MERGE_ALREADY_MERGED: {
    status: 409,
    id: '"{name}" sudah digabung ke data lain sebelumnya; pilih data usaha yang masih aktif.',
    en: '"{name}" was already merged into another record; choose a record that is still active.',
  },
  NOT_FOUND: { status: 404, id: '{what} tidak ditemukan.', en: '{what} not found.' },
  ROUTE_NOT_FOUND: { status: 404, id: 'Alamat API tidak dikenal.', en: 'Unknown API address.' },
  USERNAME_TAKEN: {
    status: 409,
    id: 'Nama pengguna "{username}" sudah dipakai.',
    en: 'The username "{username}" is already taken.',
  },
  SLUG_TAKEN: {
    status: 409,
    id: 'Kode alamat "{slug}" sudah dipakai sentra lain.',
    en: 'The slug "{slug}" is already used by another centre.',
  },
  CANNOT_DISABLE_SELF: {
    status: 409,
    id: 'Anda tidak dapat menonaktifkan atau menurunkan peran akun Anda sendiri.',
    en: 'You cannot disable or demote your own account.',
  },
  UNKNOWN_WILAYAH: {
    status: 400,
    id: 'Kode wilayah {code} tidak ada dalam data Kemendagri.',
    en: 'Region code {code} is not in the Kemendagri data.',
  },
  UNKNOWN_CENTRE: {
    status: 400,
    id: 'Sentra yang dipilih tidak ada.',
    en: 'The chosen centre does not exist.',
  },
  IMPORT_NOT_MULTIPART: {
    status: 400,
    id: 'Kirim berkas sebagai multipart/form-data dengan kolom "file".',
    en: 'Send the file as multipart/form-data in a field named "file".',
  },
  IMPORT_UNSUPPORTED_FILE: {
    status: 415,
    id: 'Berkas ini bukan spreadsheet xlsx atau csv (isi berkas diperiksa, bukan namanya). Di Excel, simpan sebagai "Buku Kerja Excel (.xlsx)" atau "CSV UTF-8".',
    en: 'This file is not an xlsx or csv spreadsheet (the content is checked, not the name). In Excel, save it as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
  },
  IMPORT_ENCRYPTED: {
    status: 400,
    id: 'Berkas dilindungi kata sandi atau berformat Excel lama (.xls). Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.',
    en: 'The file is password-protected or an old Excel format (.xls). Open it in Excel, remove the password and save it as .xlsx.',
  },
  IMPORT_CORRUPT: {
    status: 400,
    id: 'Berkas xlsx rusak atau tidak dapat dibaca. Buka dan simpan ulang di Excel, lalu unggah lagi.',
    en: 'The xlsx file is damaged or unreadable. Open and save it again in Excel, then upload it again.',
  },
  IMPORT_EMPTY: {
    status: 400,
    id: 'Berkas tidak berisi data usaha. Isi data mulai baris di bawah judul kolom templat.',
    en: 'The file holds no business data. Fill in the rows below the template headers.',
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 400,
    id: 'Berkas berisi lebih dari {limit} baris data. Pecah menjadi beberapa berkas.',
    en: 'The file has more than {limit} data rows. Split it into several files.',
  },
  IMPORT_NO_HEADER: {
    status: 400,
    id: 'Baris judul kolom tidak ditemukan. Pakai templat impor: baris pertama berisi judul seperti "Nama usaha*", "Bentuk usaha*", "Alamat*" dan "Kode wilayah (kelurahan)*".',
    en: 'No header row found. Use the import template: its first row holds headers such as "Nama usaha*", "Bentuk usaha*", "Alamat*" and "Kode wilayah (kelurahan)*".',
  },
  IMPORT_MISSING_COLUMNS: {
    status: 400,
    id: 'Kolom wajib tidak ada: {columns}. Tambahkan kolom itu seperti pada templat.',
    en: 'Required columns are missing: {columns}. Add them as in the template.',
  },
  IMPORT_MERGED_HEADER: {
    status: 400,
    id: 'Judul kolom memakai sel gabungan (merge) di {cells}. Pisahkan sel itu (Unmerge) agar setiap kolom punya judul sendiri.',
    en: 'The header row has merged cells at {cells}. Unmerge them so that every column has its own header.',
  },
  IMPORT_INVALID_ROWS: {
    status: 409,
    id: 'Tidak ada yang diimpor: {count} baris masih bermasalah. Perbaiki baris itu lalu unggah lagi, atau pilih "Impor baris yang valid".',
    en: 'Nothing was imported: {count} rows still have problems. Fix them and upload again, or choose "Import the valid rows".',
  },
  IMPORT_ALREADY_COMMITTED: {
    status: 409,
    id: 'Impor ini sudah dijalankan. Unggah berkasnya lagi bila ingin mengimpor ulang.',
    en: 'This import has already been run. Upload the file again to import it once more.',
  },
  IMPORT_STALE: {
    status: 409,
    id: 'Data registri berubah sejak pratinjau ({detail}). Tidak ada yang diimpor; unggah berkasnya lagi untuk memeriksa ulang.',
    en: 'The registry changed since the preview ({detail}). Nothing was imported; upload the file again to re-check it.',
  },
  IMPORT_CENTRE_REQUIRED: {
    status: 400,
    id: 'Pilih sentra tujuan impor (parameter centreId): akun admin Anda tidak terikat pada satu sentra.',
    en: 'Choose the centre to import into (centreId parameter): your admin account is not tied to one centre.',
  },
  IMAGE_NOT_IMAGE: {
    status: 400,
    id: 'Berkas ini bukan gambar yang dapat dibaca. Kirim foto JPEG, PNG atau WebP.',
    en: 'This file is not a readable image. Send a JPEG, PNG or WebP photo.',
  },
  IMAGE_SVG_REFUSED: {
    status: 400,
    id: 'Gambar SVG tidak diterima karena dapat memuat skrip. Kirim JPEG, PNG atau WebP.',
    en: 'SVG images are not accepted because they can carry scripts. Send a JPEG, PNG or WebP.',
  },
  IMAGE_TOO_MANY_PIXELS: {
    status: 400,
    id: 'Gambar terlalu besar: {width} × {height} piksel. Maksimal {maxMegapixels} megapiksel; perkecil gambar lalu unggah lagi.',
    en: 'The image is too large: {width} × {height} pixels. At most {maxMegapixels} megapixels; shrink it and upload again.',
  },
  IMAGE_CORRUPT: {
    status: 400,
    id: 'Gambar rusak atau terpotong dan tidak dapat dibuka. Unggah ulang berkas aslinya.',
    en: 'The image is damaged or truncated and cannot be opened. Upload the original file again.',
  },
  IMAGE_DUPLICATE: {
    status: 409,
    id: 'Berkas yang sama persis (SHA-256 {sha256}) sudah tersimpan pada motif “{motif}”.',
    en: 'The very same file (SHA-256 {sha256}) is already stored with motif “{motif}”.',
  },
  IMAGE_DUPLICATE_HIDDEN: {
    status: 409,
    id: 'Berkas yang sama persis (SHA-256 {sha256}) sudah tersimpan pada motif lain yang tidak dapat Anda lihat. Hubungi petugas Dinas.',
    en: 'The very same file (SHA-256 {sha256}) is already stored with another motif you cannot see. Contact the Dinas officer.',
  },
  IP_NUMBER_TAKEN: {
    status: 409,
    id: 'Nomor {number} sudah dipakai catatan HKI lain (motif “{motif}”). Periksa kembali nomornya.',
    en: 'Number {number} is already used by another IP record (motif “{motif}”). Check the number.',
  },
  IP_WRONG_STATUS: {
    status: 409,
    id: 'Status “{from}” tidak dapat diubah menjadi “{to}”.',
    en: 'Status “{from}” cannot change to “{to}”.',
  },
  IP_MISSING_FOR_STATUS: {
    status: 400,
    id: 'Untuk status “{status}” isi dulu: {fields}.',
    en: 'For status “{status}” first fill in: {fields}.',
  },
  IP_REQUEST_OPEN: {
    status: 409,
    id: 'Permohonan pencatatan untuk motif ini sudah diajukan dan sedang diproses.',
    en: 'A recording request for this motif has already been made and is in progress.',
  },
  MOTIF_NOT_OWN: {
    status: 403,
    id: 'Motif ini bukan milik usaha Anda.',
    en: 'This motif does not belong to your business.',
  },
  MOTIF_BUSINESS_REQUIRED: {
    status: 400,
    id: 'Akun Anda belum terhubung dengan usaha IKM. Minta petugas Dinas menghubungkannya sebelum menambah motif.',
    en: 'Your account is not linked to an IKM business yet. Ask the Dinas officer to link it before adding motifs.',
  },
  MOTIF_HAS_RECORDS: {
    status: 409,
    id: 'Motif ini memiliki catatan HKI yang sudah diajukan atau tercatat: motif dan gambarnya disimpan sebagai bukti dan tidak dapat dihapus.',
    en: 'This motif has IP records that were filed or recorded: the motif and its images are kept as evidence and cannot be deleted.',
  },
  IP_RECORD_KEPT: {
    status: 409,
    id: 'Catatan HKI yang sudah diajukan atau tercatat disimpan sebagai bukti dan tidak dapat dihapus. Ubah statusnya bila perlu (mis. ditolak).',
    en: 'An IP record that was filed or recorded is kept as evidence and cannot be deleted. Change its status instead (e.g. rejected).',
  },
  WEEK_OUTSIDE_CONTRACT: {
    status: 400,
    id: 'Minggu ke-{week} di luar masa kontrak (minggu 1 sampai {last}, termasuk adendum waktu dan pemberian kesempatan).',
    en: 'Week {week} is outside the contract (weeks 1 to {last}, including time addenda and pemberian kesempatan).',
  },
  WEEK_ALREADY_REPORTED: {
    status: 409,
    id: 'Laporan minggu ke-{week} sudah ada. Buka dan ubah laporan itu.',
    en: 'The report of week {week} already exists. Open and edit that report.',
  },
  PROGRESS_DECREASED: {
    status: 400,
    id: 'Progres kumulatif {actual}% lebih kecil dari minggu ke-{week} ({previous}%). Progres kumulatif tidak boleh turun; periksa angka laporan pengawas.',
    en: 'Cumulative progress {actual}% is below week {week} ({previous}%). Cumulative progress cannot go down; check the supervisor’s figures.',
  },
  PROGRESS_MISSING: {
    status: 400,
    id: 'Isi progres kumulatif dari laporan pengawas, atau progres setiap item pekerjaan.',
    en: 'Fill in the cumulative progress from the supervisor’s report, or the progress of each work item.',
  },
  WEEKLY_REPORT_LOCKED: {
    status: 409,
    id: 'Laporan minggu ke-{week} sudah disetujui pengawas dan terkunci; perubahan tidak disimpan.',
    en: 'The report of week {week} was approved by the supervisor and is locked; the change was not saved.',
  },
  BOQ_LOCKED: {
    status: 409,
    id: 'RAB tidak dapat diganti karena sudah ada laporan mingguan yang disetujui atau diisi per item. Gunakan adendum.',
    en: 'The bill of quantities cannot be replaced: weekly reports are approved or filled in per item. Use an addendum.',
  },
  BOQ_MISSING: {
    status: 400,
    id: 'Kontrak ini belum punya RAB. Impor RAB dan jadwal terlebih dahulu.',
    en: 'This contract has no bill of quantities yet. Import the RAB and schedule first.',
  },
  RAB_UNREADABLE: {
    status: 400,
    id: 'Berkas RAB tidak dapat dibaca: {reason}',
    en: 'The RAB file cannot be read: {reason}',
  },
  PAYMENT_ABOVE_CONTRACT: {
    status: 400,
    id: 'Jumlah pembayaran menjadi Rp {total}, melebihi nilai kontrak Rp {contract}. Periksa nominal SP2D.',
    en: 'Payments would total Rp {total}, above the contract value Rp {contract}. Check the SP2D amount.',
  },
  DUPLICATE_SP2D: {
    status: 409,
    id: 'SP2D nomor {number} sudah tercatat untuk kontrak ini.',
    en: 'SP2D number {number} is already recorded for this contract.',
  },
  SCM_OUT_OF_ORDER: {
    status: 409,
    id: 'SCM tahap {stage} baru dapat dicatat setelah uji coba SCM tahap {previous} dinyatakan gagal.',
    en: 'SCM stage {stage} can be recorded only after the test case of stage {previous} has failed.',
  },
  SCM_STAGE_EXISTS: {
    status: 409,
    id: 'SCM tahap {stage} sudah tercatat.',
    en: 'SCM stage {stage} is already recorded.',
  },
  WARNING_OUT_OF_ORDER: {
    status: 409,
    id: 'SP{level} baru dapat dicatat setelah SP{previous}.',
    en: 'SP{level} can be recorded only after SP{previous}.',
  },
  PROJECT_RULE: {
    status: 400,
    id: '{message}',
    en: '{message}',
  },
  FACILITY_CENTRE_REQUIRED: {
    status: 400,
    id: 'Pilih sentra (parameter centreId): akun admin Anda tidak terikat pada satu sentra.',
    en: 'Choose the centre (centreId parameter): your admin account is not tied to one centre.',
  },
  FACILITY_TIME_NO_OFFSET: {
    status: 400,
    id: '{field} "{value}" tidak menyebut zona waktu. Tulis dengan zonanya, mis. {example} untuk WIB.',
    en: '{field} "{value}" has no time zone. Write it with its zone, e.g. {example} for WIB (UTC+7).',
  },
  FACILITY_TIME_INVALID: {
    status: 400,
    id: '{field} "{value}" bukan tanggal dan jam yang sah. Tulis seperti {example} (tanggal, jam, zona WIB).',
    en: '{field} "{value}" is not a valid date and time. Write it like {example} (date, time, WIB zone).',
  },
  FACILITY_END_BEFORE_START: {
    status: 400,
    id: 'Waktu selesai ({end}) lebih awal dari waktu mulai ({start}). Perbaiki jamnya.',
    en: 'The end ({end}) is before the start ({start}). Fix the times.',
  },
  FACILITY_ZERO_LENGTH: {
    status: 400,
    id: 'Waktu mulai dan selesai sama ({start}): pemesanan harus punya durasi.',
    en: 'The start and the end are the same ({start}): a booking needs a duration.',
  },
  FACILITY_IN_THE_PAST: {
    status: 400,
    id: 'Waktu mulai {start} WIB sudah lewat. Pesan untuk waktu yang akan datang.',
    en: 'The start {start} WIB has already passed. Book a time in the future.',
  },
  FACILITY_TOO_FAR_AHEAD: {
    status: 400,
    id: 'Pemesanan paling jauh {days} hari ke depan (sampai {until}).',
    en: 'Bookings can be made at most {days} days ahead (until {until}).',
  },
  FACILITY_TOO_LONG: {
    status: 400,
    id: 'Satu pemesanan paling lama {days} hari. Pecah menjadi beberapa pemesanan.',
    en: 'One booking lasts at most {days} days. Split it into several bookings.',
  },
  FACILITY_OUTSIDE_HOURS: {
    status: 400,
    id: '{resource} buka hari {day} pukul {hours} WIB; {period} di luar jam buka.',
    en: '{resource} is open on {day} {hours} WIB; {period} is outside the opening hours.',
  },
  FACILITY_CLOSED_DAY: {
    status: 400,
    id: '{resource} tutup pada hari {day} ({date}). Pilih hari lain.',
    en: '{resource} is closed on {day} ({date}). Choose another day.',
  },
  FACILITY_NOT_MULTI_DAY: {
    status: 400,
    id: '{resource} hanya dapat dipesan dalam satu hari. Pemesanan beberapa hari hanya untuk alat proses seperti bak celup atau boiler lorod.',
    en: '{resource} can only be booked within one day. Multi-day bookings are for process equipment such as dye vats or lorod boilers.',
  },
  FACILITY_RESOURCE_RETIRED: {
    status: 409,
    id: '{resource} sudah tidak dipakai lagi dan tidak dapat dipesan.',
    en: '{resource} is retired and cannot be booked.',
  },
  FACILITY_RESOURCE_MAINTENANCE: {
    status: 409,
    id: '{resource} sedang dalam perawatan dan tidak dapat dipesan sampai statusnya kembali tersedia.',
    en: '{resource} is under maintenance and cannot be booked until it is available again.',
  },
  FACILITY_BLOCKED: {
    status: 409,
    id: '{resource} ditutup untuk perawatan pada {period} ({reason}). Pilih waktu lain.',
    en: '{resource} is closed for maintenance during {period} ({reason}). Choose another time.',
  },
  FACILITY_OVERLAP: {
    status: 409,
    id: '{resource} sudah dipesan pada {period}. Pilih waktu lain atau ruang/alat lain.',
    en: '{resource} is already booked during {period}. Choose another time or another resource.',
  },
  FACILITY_CAPACITY_FULL: {
    status: 409,
    id: '{resource} menampung {capacity} {unit}; pada {period} sudah terpakai {used}, sisa {remaining}. Kurangi jumlah atau pilih waktu lain.',
    en: '{resource} holds {capacity} {unit}; during {period} {used} are taken, {remaining} left. Book fewer or choose another time.',
  },
  FACILITY_UNITS_ABOVE_CAPACITY: {
    status: 400,
    id: 'Jumlah yang dipesan ({units}) melebihi kapasitas {resource} ({capacity} {unit}).',
    en: 'The number booked ({units}) is above the capacity of {resource} ({capacity} {unit}).',
  },
  FACILITY_PERSON_REQUIRED: {
    status: 400,
    id: '{resource} hanya boleh dipakai orang yang sudah dilatih. Pilih anggota usaha yang akan memakainya.',
    en: '{resource} may only be used by a trained person. Choose the member of the business who will use it.',
  },
  FACILITY_PERSON_NOT_MEMBER: {
    status: 400,
    id: '{person} tidak tercatat sebagai anggota usaha "{business}". Tambahkan dulu di data usaha.',
    en: '{person} is not recorded as a member of "{business}". Add them to the business first.',
  },
  FACILITY_BUSINESS_OTHER_CENTRE: {
    status: 400,
    id: '"{business}" terdaftar di sentra lain; ruang dan alat hanya dapat dipesan di sentranya sendiri.',
    en: '"{business}" belongs to another centre; resources can only be booked at its own centre.',
  },
  FACILITY_TRAINING_REQUIRED: {
    status: 409,
    id: '{person} belum punya catatan pelatihan untuk {resource}. Alat ini hanya boleh dipakai setelah pelatihan; hubungi pengelola sentra untuk jadwal pelatihan.',
    en: '{person} has no training record for {resource}. It may only be used after training; ask the centre manager for a training session.',
  },
  FACILITY_TRAINING_EXPIRED: {
    status: 409,
    id: 'Pelatihan {person} untuk {resource} berlaku {from} sampai {until}, tidak mencakup seluruh pemesanan ({period}). Perbarui pelatihan atau pilih waktu lain.',
    en: 'The training of {person} for {resource} is valid {from} to {until}, which does not cover the whole booking ({period}). Renew the training or choose another time.',
  },
  FACILITY_BOOKING_WRONG_STATUS: {
    status: 409,
    id: 'Pemesanan ini berstatus "{status}"; tindakan ini tidak berlaku.',
    en: 'This booking is "{status}"; this action does not apply.',
  },
  FACILITY_BOOKING_AFFECTED: {
    status: 409,
    id: 'Pemesanan ini terkena penutupan perawatan {period}. Pengelola perlu memindahkan atau membatalkannya lebih dulu.',
    en: 'This booking is caught by the maintenance closure {period}. The manager must move or cancel it first.',
  },
  FACILITY_CHECK_IN_TOO_EARLY: {
    status: 409,
    id: 'Check-in paling cepat {minutes} menit sebelum waktu mulai ({start} WIB).',
    en: 'Check-in opens {minutes} minutes before the start ({start} WIB).',
  },
  FACILITY_CHECK_IN_AFTER_END: {
    status: 409,
    id: 'Waktu pemesanan sudah berakhir ({end} WIB). Catat sebagai tidak hadir bila ruang/alat tidak dipakai.',
    en: 'The booking has already ended ({end} WIB). Record a no-show if the resource was not used.',
  },
  FACILITY_TIME_IN_FUTURE: {
    status: 400,
    id: '{field} {value} WIB belum terjadi. Catat waktu yang sebenarnya.',
    en: '{field} {value} WIB has not happened yet. Record the actual time.',
  },
  FACILITY_CHECK_OUT_BEFORE_IN: {
    status: 400,
    id: 'Waktu selesai ({end} WIB) harus sesudah waktu check-in ({start} WIB).',
    en: 'The check-out ({end} WIB) must come after the check-in ({start} WIB).',
  },
  FACILITY_NO_SHOW_TOO_EARLY: {
    status: 409,
    id: 'Tidak hadir baru dapat dicatat setelah waktu mulai ({start} WIB).',
    en: 'A no-show can only be recorded after the start ({start} WIB).',
  },
  FACILITY_CODE_TAKEN: {
    status: 409,
    id: 'Kode "{code}" sudah dipakai ruang/alat lain di sentra ini.',
    en: 'The code "{code}" is already used by another resource of this centre.',
  },
  FACILITY_BAD_PARENT: {
    status: 400,
    id: 'Ruang induk harus berupa ruang (bukan alat) di sentra yang sama, dan hanya alat yang dapat punya ruang induk.',
    en: 'The parent must be a space (not equipment) of the same centre, and only equipment can have a parent space.',
  },
  FACILITY_RESOURCE_IN_USE: {
    status: 409,
    id: '{resource} masih punya {count} pemesanan aktif yang belum berakhir. Pindahkan atau batalkan dulu.',
    en: '{resource} still has {count} active bookings that have not ended. Move or cancel them first.',
  },
  FACILITY_RESOURCE_HAS_HISTORY: {
    status: 409,
    id: '{resource} sudah pernah dipesan; data tidak dihapus agar riwayat pemakaian tetap ada. Ubah statusnya menjadi "retired".',
    en: '{resource} has been booked before; it is kept so its usage history stays. Set its status to "retired" instead.',
  },
  FACILITY_CAPACITY_BELOW_USE: {
    status: 409,
    id: 'Kapasitas {resource} tidak dapat diturunkan menjadi {capacity}: pemesanan aktif sudah memakai {used} {unit} sekaligus.',
    en: 'The capacity of {resource} cannot go down to {capacity}: active bookings already use {used} {unit} at once.',
  },
  FACILITY_BLOCK_OVERLAP: {
    status: 409,
    id: '{resource} sudah ditutup untuk perawatan pada {period}. Ubah penutupan itu atau pilih waktu lain.',
    en: '{resource} is already closed for maintenance during {period}. Change that closure or choose another time.',
  },
  FACILITY_BLOCK_IN_USE: {
    status: 409,
    id: '{resource} sedang dipakai ({period}). Catat selesai (check-out) dulu, baru tutup untuk perawatan.',
    en: '{resource} is in use ({period}). Check the session out first, then close it for maintenance.',
  },
  FACILITY_BLOCK_LIFTED: {
    status: 409,
    id: 'Penutupan perawatan ini sudah dicabut.',
    en: 'This maintenance closure has already been lifted.',
  },
  INTERNAL: {
    status: 500,
    id: 'Terjadi kesalahan di server. Coba lagi; bila berulang, sebutkan kode permintaan {requestId} kepada admin.',
    en: 'Something went wrong on the server. Try again; if it persists, give the administrator request id {requestId}.',
  },
  UNAVAILABLE: {
    status: 503,
    id: 'Layanan belum siap. Coba lagi sebentar lagi.',
    en: 'The service is not ready. Try again shortly.',
  },
} as const satisfies Record<string, Bilingual & { status: number }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export function errorMessage(code: ErrorCode, lang: Lang, params?: Record<string, string | number>): string {
  return fill(ERROR_CATALOGUE[code][lang], params);
}
