/**
 * What officers type: a kecamatan picked from the filter plus a half-remembered, misspelt name.
 * The first 14 are dense kecamatan (Kota Mojokerto ≈ 10k rows each, the heavy kecamatan of
 * Kabupaten Mojokerto ≈ 4–5.5k); the last 6 are ordinary kecamatan elsewhere in Jawa Timur.
 */
export const SEARCH_CASES: readonly { kecamatan: string; q: string }[] = [
  { kecamatan: '35.76.02', q: 'majapaht' }, // Magersari
  { kecamatan: '35.76.02', q: 'sekar jagat' },
  { kecamatan: '35.76.01', q: 'kencna' }, // Prajuritkulon
  { kecamatan: '35.76.01', q: 'wilwatikt' },
  { kecamatan: '35.76.03', q: 'sentsa' }, // Kranggan
  { kecamatan: '35.76.03', q: 'batik tuliss' },
  { kecamatan: '35.76.02', q: 'griya batk' },
  { kecamatan: '35.76.01', q: 'brawijya' },
  { kecamatan: '35.76.03', q: 'bu siti' },
  { kecamatan: '35.16.13', q: 'soko' }, // Sooko
  { kecamatan: '35.16.12', q: 'tribuwana' }, // Trowulan
  { kecamatan: '35.16.11', q: 'mentary' }, // Puri
  { kecamatan: '35.16.08', q: 'gajahmada' }, // Mojosari
  { kecamatan: '35.16.13', q: 'kinanty' },
  { kecamatan: '35.78.01', q: 'gringsng' }, // Surabaya: Karang Pilang
  { kecamatan: '35.15.11', q: 'tas kulit' }, // Sidoarjo: Krian
  { kecamatan: '35.17.01', q: 'larasti' }, // Jombang: Perak
  { kecamatan: '35.25.01', q: 'widury' }, // Gresik: Dukun
  { kecamatan: '35.05.01', q: 'kawung' }, // Blitar: Wonodadi
  { kecamatan: '35.28.01', q: 'mrico bolong' }, // Pamekasan: Tlanakan
];

export const searchPath = (c: { kecamatan: string; q: string }) =>
  `/api/registry/businesses?kecamatan=${c.kecamatan}&q=${encodeURIComponent(c.q)}`;
