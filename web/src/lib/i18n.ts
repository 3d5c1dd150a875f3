import { useCallback, useSyncExternalStore } from 'react';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

const STORAGE_KEY = 'sentra.lang';

/**
 * Every visible string of the web app. Indonesian is the reference: `en` must have exactly the
 * same keys (the type below makes a missing translation a compile error). `{name}` is filled in
 * by `t(key, { name })`.
 */
const id = {
  'common.loading': 'Memuat…',
  'common.save': 'Simpan',
  'common.saved': 'Perubahan disimpan.',
  'common.noChanges': 'Tidak ada perubahan untuk disimpan.',
  'common.cancel': 'Batal',
  'common.edit': 'Ubah',
  'common.actions': 'Tindakan',
  'common.all': 'Semua',
  'common.choose': 'Pilih…',
  'common.search': 'Cari',
  'common.clearFilters': 'Hapus filter',
  'common.retry': 'Coba lagi',

  'error.generic': 'Terjadi kesalahan. Coba lagi sebentar lagi.',
  'error.network': 'Tidak dapat menghubungi server. Periksa koneksi internet Anda.',
  'form.required': 'Wajib diisi.',

  'boot.errorTitle': 'Sentra belum dapat dibuka',
  'auth.sessionExpired': 'Sesi Anda telah berakhir. Silakan masuk lagi.',

  'lang.label': 'Bahasa',

  'layout.skip': 'Langsung ke konten',
  'layout.menu': 'Menu',
  'layout.allCentres': 'Semua sentra',

  'nav.label': 'Menu utama',
  'nav.home': 'Beranda',
  'nav.registry': 'Registri',
  'nav.motifs': 'Motif',
  'nav.facilities': 'Fasilitas',
  'nav.services': 'Layanan',
  'nav.projects': 'Proyek',
  'nav.users': 'Pengguna',
  'nav.tokens': 'Token API',
  'nav.audit': 'Log audit',
  'nav.password': 'Kata sandi',
  'nav.logout': 'Keluar',

  'role.admin': 'Admin',
  'role.officer': 'Petugas Dinas',
  'role.manager': 'Pengelola Sentra',
  'role.consultant': 'Konsultan PLUT',
  'role.artisan': 'Perajin',

  'pagination.previous': 'Sebelumnya',
  'pagination.next': 'Berikutnya',
  'pagination.status': 'Halaman {page} dari {pages} · {total} data',

  'secret.copy': 'Salin',
  'secret.copied': 'Tersalin.',
  'secret.copyFailed': 'Tidak dapat menyalin otomatis; teks sudah dipilih, salin secara manual.',

  'login.title': 'Masuk ke Sentra',
  'login.intro': 'Masuk dengan akun yang diberikan oleh admin Dinas.',
  'login.username': 'Nama pengguna',
  'login.password': 'Kata sandi',
  'login.submit': 'Masuk',

  'password.title': 'Ganti kata sandi',
  'password.current': 'Kata sandi saat ini',
  'password.new': 'Kata sandi baru',
  'password.confirm': 'Ulangi kata sandi baru',
  'password.hint': 'Minimal {min} karakter.',
  'password.tooShort': 'Kata sandi minimal {min} karakter.',
  'password.mismatch': 'Kata sandi baru dan ulangannya tidak sama.',
  'password.submit': 'Ganti kata sandi',
  'password.changed': 'Kata sandi berhasil diganti.',
  'password.mustChange': 'Anda masuk dengan kata sandi sementara. Ganti kata sandi sebelum melanjutkan.',

  'home.title': 'Beranda',
  'home.welcome': 'Selamat datang, {name}.',

  'centre.title': 'Profil sentra',
  'centre.listTitle': 'Daftar sentra',
  'centre.listCaption': 'Daftar sentra',
  'centre.none': 'Belum ada sentra.',
  'centre.new': 'Tambah sentra',
  'centre.newTitle': 'Tambah sentra',
  'centre.created': 'Sentra {name} telah dibuat.',
  'centre.edit': 'Ubah profil',
  'centre.editTitle': 'Ubah profil sentra',
  'centre.name': 'Nama sentra',
  'centre.slug': 'Slug (alamat singkat)',
  'centre.slugHint': 'Huruf kecil, angka dan tanda hubung, mis. batik-mojokerto. Tidak dapat diubah nanti.',
  'centre.industry': 'Industri',
  'centre.industryHint': 'Mis. Batik',
  'centre.address': 'Alamat',
  'centre.addressHint': 'Jalan dan nomor; kelurahan dipilih di bawah.',
  'centre.wilayah': 'Wilayah',
  'centre.openedOn': 'Tanggal diresmikan',
  'centre.phone': 'Telepon',
  'centre.email': 'Email',
  'centre.website': 'Situs web',
  'centre.websiteHint': 'Alamat lengkap, mis. https://sentra.mojokertokota.go.id',
  'centre.description': 'Deskripsi',
  'centre.photoAlt': 'Foto {name}',

  'wilayah.label': 'Kelurahan/desa',
  'wilayah.search': 'Cari kelurahan/desa',
  'wilayah.hint': 'Ketik minimal 3 huruf nama kelurahan atau desa, lalu pilih dari daftar.',
  'wilayah.selected': 'Terpilih: {value}',
  'wilayah.noneSelected': 'Belum ada kelurahan/desa yang dipilih.',
  'wilayah.results': '{count} hasil. Pilih salah satu.',
  'wilayah.noResults': 'Tidak ada wilayah dengan nama itu.',
  'wilayah.sameRegency': 'Hanya di kota/kabupaten yang sama ({code})',

  'user.listTitle': 'Pengguna',
  'user.listCaption': 'Daftar pengguna',
  'user.none': 'Tidak ada pengguna yang cocok.',
  'user.filters': 'Saring pengguna',
  'user.search': 'Cari nama atau nama pengguna',
  'user.new': 'Tambah pengguna',
  'user.newTitle': 'Tambah pengguna',
  'user.create': 'Buat pengguna',
  'user.created': 'Pengguna {username} telah dibuat.',
  'user.editTitle': 'Ubah pengguna',
  'user.backToList': '← Kembali ke daftar pengguna',
  'user.notFound': 'Pengguna ini tidak ditemukan.',
  'user.username': 'Nama pengguna',
  'user.usernameHint': 'Dipakai untuk masuk; tidak dapat diubah nanti.',
  'user.fullName': 'Nama lengkap',
  'user.email': 'Email',
  'user.role': 'Peran',
  'user.centre': 'Sentra',
  'user.centreAdminHint': 'Admin boleh tanpa sentra: ia mengelola semua sentra.',
  'user.allCentres': 'Semua sentra',
  'user.initialPassword': 'Kata sandi awal',
  'user.status': 'Status',
  'user.active': 'Aktif',
  'user.inactive': 'Nonaktif',
  'user.activeLabel': 'Akun aktif (boleh masuk)',
  'user.lockedUntil': 'Terkunci sampai {time}',
  'user.mustChange': 'Wajib ganti kata sandi',
  'user.lastLogin': 'Terakhir masuk',
  'user.never': 'Belum pernah',
  'user.createdAt': 'Dibuat',
  'user.resetTitle': 'Atur ulang kata sandi',
  'user.resetExplain':
    'Membuat kata sandi sementara dan membuka kunci akun. Pengguna wajib menggantinya saat masuk berikutnya.',
  'user.reset': 'Atur ulang kata sandi',
  'user.resetConfirm': 'Atur ulang kata sandi {username}?',
  'user.resetYes': 'Ya, atur ulang',
  'user.tempPasswordTitle': 'Kata sandi sementara untuk {username}',
  'user.tempPasswordWarning':
    'Berikan kepada pengguna secara langsung. Kata sandi ini hanya ditampilkan sekali dan tidak dapat dilihat lagi.',

  'token.title': 'Token API',
  'token.intro':
    'Token API memberi akses kepada sistem lain (mis. portal Satu Data) atas nama satu peran di satu sentra.',
  'token.newTitle': 'Buat token',
  'token.listTitle': 'Daftar token',
  'token.listCaption': 'Daftar token API',
  'token.none': 'Belum ada token.',
  'token.name': 'Nama token',
  'token.nameHint': 'Untuk apa token ini, mis. Sinkronisasi Satu Data.',
  'token.prefix': 'Awalan',
  'token.role': 'Peran',
  'token.centre': 'Sentra',
  'token.createdAt': 'Dibuat',
  'token.expiresAt': 'Berlaku sampai',
  'token.expiresHint': 'Kosongkan bila tidak kedaluwarsa.',
  'token.noExpiry': 'Tanpa batas',
  'token.lastUsedAt': 'Terakhir dipakai',
  'token.neverUsed': 'Belum pernah',
  'token.status': 'Status',
  'token.activeStatus': 'Aktif',
  'token.expired': 'Kedaluwarsa',
  'token.revokedOn': 'Dicabut {date}',
  'token.create': 'Buat token',
  'token.createdTitle': 'Token {name} telah dibuat',
  'token.createdWarning':
    'Salin token ini sekarang dan simpan di tempat aman. Token tidak akan ditampilkan lagi.',
  'token.revoke': 'Cabut',
  'token.revokeConfirm': 'Cabut token {name}? Sistem yang memakainya tidak dapat mengakses lagi.',
  'token.revokeYes': 'Ya, cabut',

  'audit.title': 'Log audit',
  'audit.listCaption': 'Catatan perubahan',
  'audit.none': 'Tidak ada catatan yang cocok.',
  'audit.filters': 'Saring log audit',
  'audit.entity': 'Entitas',
  'audit.entityHint': 'Mis. centre, user',
  'audit.action': 'Tindakan',
  'audit.actionCreate': 'Buat',
  'audit.actionUpdate': 'Ubah',
  'audit.actionDelete': 'Hapus',
  'audit.centre': 'Sentra',
  'audit.from': 'Dari tanggal',
  'audit.to': 'Sampai tanggal',
  'audit.rangeError': 'Tanggal akhir harus sama atau setelah tanggal awal.',
  'audit.at': 'Waktu',
  'audit.actor': 'Oleh',
  'audit.changes': 'Perubahan',
  'audit.requestId': 'ID permintaan',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat ini tidak ada di Sentra. Mungkin salah ketik, atau halamannya sudah dipindah.',
  'notFound.home': 'Kembali ke beranda',
  'forbidden.title': 'Tidak ada akses',
  'forbidden.body': 'Peran Anda tidak diizinkan membuka halaman ini.',
};

const en: Record<keyof typeof id, string> = {
  'common.loading': 'Loading…',
  'common.save': 'Save',
  'common.saved': 'Changes saved.',
  'common.noChanges': 'There are no changes to save.',
  'common.cancel': 'Cancel',
  'common.edit': 'Edit',
  'common.actions': 'Actions',
  'common.all': 'All',
  'common.choose': 'Choose…',
  'common.search': 'Search',
  'common.clearFilters': 'Clear filters',
  'common.retry': 'Try again',

  'error.generic': 'Something went wrong. Please try again shortly.',
  'error.network': 'Cannot reach the server. Check your internet connection.',
  'form.required': 'Required.',

  'boot.errorTitle': 'Sentra cannot open yet',
  'auth.sessionExpired': 'Your session has ended. Please log in again.',

  'lang.label': 'Language',

  'layout.skip': 'Skip to content',
  'layout.menu': 'Menu',
  'layout.allCentres': 'All centres',

  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.registry': 'Registry',
  'nav.motifs': 'Motifs',
  'nav.facilities': 'Facilities',
  'nav.services': 'Services',
  'nav.projects': 'Projects',
  'nav.users': 'Users',
  'nav.tokens': 'API tokens',
  'nav.audit': 'Audit log',
  'nav.password': 'Password',
  'nav.logout': 'Log out',

  'role.admin': 'Admin',
  'role.officer': 'Dinas officer',
  'role.manager': 'Centre manager',
  'role.consultant': 'PLUT consultant',
  'role.artisan': 'Artisan',

  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.status': 'Page {page} of {pages} · {total} records',

  'secret.copy': 'Copy',
  'secret.copied': 'Copied.',
  'secret.copyFailed': 'Could not copy automatically; the text is selected, copy it by hand.',

  'login.title': 'Log in to Sentra',
  'login.intro': 'Log in with the account the Dinas administrator gave you.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',

  'password.title': 'Change password',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'Repeat new password',
  'password.hint': 'At least {min} characters.',
  'password.tooShort': 'The password must have at least {min} characters.',
  'password.mismatch': 'The new password and its repetition do not match.',
  'password.submit': 'Change password',
  'password.changed': 'Your password has been changed.',
  'password.mustChange': 'You logged in with a temporary password. Change it before you continue.',

  'home.title': 'Home',
  'home.welcome': 'Welcome, {name}.',

  'centre.title': 'Centre profile',
  'centre.listTitle': 'Centres',
  'centre.listCaption': 'Centres',
  'centre.none': 'No centres yet.',
  'centre.new': 'Add centre',
  'centre.newTitle': 'Add centre',
  'centre.created': 'Centre {name} has been created.',
  'centre.edit': 'Edit profile',
  'centre.editTitle': 'Edit centre profile',
  'centre.name': 'Centre name',
  'centre.slug': 'Slug (short address)',
  'centre.slugHint':
    'Lower-case letters, digits and hyphens, e.g. batik-mojokerto. It cannot be changed later.',
  'centre.industry': 'Industry',
  'centre.industryHint': 'E.g. Batik',
  'centre.address': 'Address',
  'centre.addressHint': 'Street and number; choose the kelurahan below.',
  'centre.wilayah': 'Region',
  'centre.openedOn': 'Opening date',
  'centre.phone': 'Phone',
  'centre.email': 'Email',
  'centre.website': 'Website',
  'centre.websiteHint': 'Full address, e.g. https://sentra.mojokertokota.go.id',
  'centre.description': 'Description',
  'centre.photoAlt': 'Photo of {name}',

  'wilayah.label': 'Kelurahan/desa (village)',
  'wilayah.search': 'Search kelurahan/desa',
  'wilayah.hint': 'Type at least 3 letters of the kelurahan or village name, then choose from the list.',
  'wilayah.selected': 'Selected: {value}',
  'wilayah.noneSelected': 'No kelurahan/desa chosen yet.',
  'wilayah.results': '{count} results. Choose one.',
  'wilayah.noResults': 'No region has that name.',
  'wilayah.sameRegency': 'Only in the same city/regency ({code})',

  'user.listTitle': 'Users',
  'user.listCaption': 'Users',
  'user.none': 'No users match.',
  'user.filters': 'Filter users',
  'user.search': 'Search name or username',
  'user.new': 'Add user',
  'user.newTitle': 'Add user',
  'user.create': 'Create user',
  'user.created': 'User {username} has been created.',
  'user.editTitle': 'Edit user',
  'user.backToList': '← Back to users',
  'user.notFound': 'This user was not found.',
  'user.username': 'Username',
  'user.usernameHint': 'Used to log in; it cannot be changed later.',
  'user.fullName': 'Full name',
  'user.email': 'Email',
  'user.role': 'Role',
  'user.centre': 'Centre',
  'user.centreAdminHint': 'An admin may have no centre: they manage every centre.',
  'user.allCentres': 'All centres',
  'user.initialPassword': 'Initial password',
  'user.status': 'Status',
  'user.active': 'Active',
  'user.inactive': 'Inactive',
  'user.activeLabel': 'Account active (may log in)',
  'user.lockedUntil': 'Locked until {time}',
  'user.mustChange': 'Must change password',
  'user.lastLogin': 'Last login',
  'user.never': 'Never',
  'user.createdAt': 'Created',
  'user.resetTitle': 'Reset password',
  'user.resetExplain':
    'Creates a temporary password and unlocks the account. The user must change it at the next login.',
  'user.reset': 'Reset password',
  'user.resetConfirm': 'Reset the password of {username}?',
  'user.resetYes': 'Yes, reset',
  'user.tempPasswordTitle': 'Temporary password for {username}',
  'user.tempPasswordWarning':
    'Give it to the user in person. This password is shown only once and cannot be seen again.',

  'token.title': 'API tokens',
  'token.intro': 'An API token lets another system (e.g. a Satu Data portal) act as one role in one centre.',
  'token.newTitle': 'Create a token',
  'token.listTitle': 'Tokens',
  'token.listCaption': 'API tokens',
  'token.none': 'No tokens yet.',
  'token.name': 'Token name',
  'token.nameHint': 'What the token is for, e.g. Satu Data sync.',
  'token.prefix': 'Prefix',
  'token.role': 'Role',
  'token.centre': 'Centre',
  'token.createdAt': 'Created',
  'token.expiresAt': 'Valid until',
  'token.expiresHint': 'Leave empty for no expiry.',
  'token.noExpiry': 'No expiry',
  'token.lastUsedAt': 'Last used',
  'token.neverUsed': 'Never',
  'token.status': 'Status',
  'token.activeStatus': 'Active',
  'token.expired': 'Expired',
  'token.revokedOn': 'Revoked {date}',
  'token.create': 'Create token',
  'token.createdTitle': 'Token {name} has been created',
  'token.createdWarning': 'Copy this token now and keep it somewhere safe. It will not be shown again.',
  'token.revoke': 'Revoke',
  'token.revokeConfirm': 'Revoke token {name}? Systems using it will lose access.',
  'token.revokeYes': 'Yes, revoke',

  'audit.title': 'Audit log',
  'audit.listCaption': 'Change records',
  'audit.none': 'No records match.',
  'audit.filters': 'Filter the audit log',
  'audit.entity': 'Entity',
  'audit.entityHint': 'E.g. centre, user',
  'audit.action': 'Action',
  'audit.actionCreate': 'Create',
  'audit.actionUpdate': 'Update',
  'audit.actionDelete': 'Delete',
  'audit.centre': 'Centre',
  'audit.from': 'From date',
  'audit.to': 'To date',
  'audit.rangeError': 'The end date must be on or after the start date.',
  'audit.at': 'Time',
  'audit.actor': 'By',
  'audit.changes': 'Changes',
  'audit.requestId': 'Request ID',

  'notFound.title': 'Page not found',
  'notFound.body': 'This address does not exist in Sentra. It may be mistyped, or the page has moved.',
  'notFound.home': 'Back to home',
  'forbidden.title': 'No access',
  'forbidden.body': 'Your role may not open this page.',
};

export type MessageKey = keyof typeof id;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const dictionary: Record<Lang, Record<MessageKey, string>> = { id, en };

function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

function readStored(): Lang | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

let current: Lang = readStored() ?? 'id';
let chosenByUser = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLang(): Lang {
  return current;
}

/** True once the person picked a language with the switch during this page load. */
export function langChosenByUser(): boolean {
  return chosenByUser;
}

/** Makes `<html lang>` follow the interface language (screen readers, hyphenation, spelling). */
export function applyLangToDocument(): void {
  document.documentElement.lang = current;
}

export function setLang(lang: Lang, options: { byUser?: boolean } = {}): void {
  if (options.byUser) chosenByUser = true;
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage full: the choice lasts for this page only.
  }
  applyLangToDocument();
  for (const listener of listeners) listener();
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang);
}

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = dictionary[lang][key] ?? dictionary.id[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export function useT(): Translate {
  const lang = useLang();
  return useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
}
