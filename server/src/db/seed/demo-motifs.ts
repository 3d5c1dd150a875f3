import { recordAudit } from '../../modules/audit/audit.service.js';
import {
  demoPatternFor,
  renderMotifPattern,
  renderVariant,
} from '../../modules/motifs/demo/pattern-generator.js';
import {
  deriveVariants,
  type ImageVariant,
  type InspectedImage,
  inspectImage,
} from '../../modules/motifs/images/image-intake.js';
import { storeMotifImage } from '../../modules/motifs/images/images.service.js';
import { refreshStoredTerms } from '../../modules/motifs/ip/term-store.js';
import {
  type IpStatus,
  ipRecordEvents,
  ipRecords,
  motifCreators,
  motifs,
} from '../../modules/motifs/motifs.tables.js';
import type { Tx } from '../client.js';

/**
 * Demo motifs: the Mojokerto motif names of DOMAIN.md §7 with pattern images the project draws
 * itself (demo/pattern-generator.ts), never photos from the internet. Every motif is flagged
 * `isDemo`; every number on its IP records is invented and says so in the notes.
 */
const DEMO_NOTE = 'DATA CONTOH: nomor dan tanggal fiktif untuk demonstrasi, bukan catatan DJKI sungguhan.';
const PEMKOT = 'Pemerintah Kota Mojokerto';
const PEMKOT_ADDRESS = 'Jl. Gajah Mada No. 145, Kota Mojokerto';

type DemoIp =
  | {
      kind: 'hak_cipta';
      status: 'recorded' | 'filed' | 'draft';
      year: number;
      seq: number;
      holder: 'pemerintah' | 'perorangan';
      holderName?: string;
    }
  | { kind: 'kik'; status: 'recorded'; inventory: string; custodian: string; wilayah: string };

interface DemoMotif {
  key: string;
  name: string;
  altNames?: string[];
  origin: string;
  technique: 'tulis' | 'cap' | 'kombinasi';
  dyeKind: 'alami' | 'sintetis' | 'campuran';
  colours: string[];
  tags: string[];
  year?: number;
  philosophy: string;
  creators: { name: string; deceased?: boolean; diedOn?: string }[];
  ip?: DemoIp[];
  extraImages?: number;
  published: boolean;
}

const KOTA = 'Kota Mojokerto';
const KABUPATEN = 'Kabupaten Mojokerto (bukan Kota Mojokerto)';

const DEMO_MOTIFS: DemoMotif[] = [
  {
    key: 'surya-majapahit',
    name: 'Surya Majapahit',
    origin: KOTA,
    technique: 'tulis',
    dyeKind: 'alami',
    colours: ['sogan', 'krem'],
    tags: ['warisan Majapahit', 'geometris'],
    year: 2012,
    philosophy: 'Lambang matahari Kerajaan Majapahit: cahaya yang menerangi delapan penjuru.',
    creators: [{ name: 'Tim Perajin Sentra (contoh)' }],
    ip: [{ kind: 'hak_cipta', status: 'recorded', year: 2016, seq: 100001, holder: 'pemerintah' }],
    extraImages: 1,
    published: true,
  },
  ...(
    [
      [
        'pring-sedapur',
        'Pring Sedapur',
        'Serumpun bambu: kerukunan keluarga yang tumbuh bersama.',
        ['flora'],
      ],
      [
        'mrico-bolong',
        'Mrico Bolong',
        'Butir merica berlubang: kecil tetapi bermanfaat.',
        ['flora', 'isen-isen'],
      ],
      [
        'sisik-gringsing',
        'Sisik Gringsing',
        'Sisik ikan yang rapat: penolak bala dan keselamatan.',
        ['fauna', 'geometris'],
      ],
      ['koro-renteng', 'Koro Renteng', 'Buah koro yang berderet: rezeki yang datang beruntun.', ['flora']],
      [
        'rawan-inggek',
        'Rawan Inggek',
        'Alur berkelok: kehidupan yang luwes menghadapi perubahan.',
        ['geometris'],
      ],
      ['matahari', 'Matahari', 'Matahari bersinar: semangat kerja perajin Mojokerto.', ['alam']],
    ] as const
  ).map(
    ([key, name, philosophy, tags], i): DemoMotif => ({
      key,
      name,
      origin: KOTA,
      technique: i % 2 === 0 ? 'tulis' : 'cap',
      dyeKind: i % 3 === 0 ? 'alami' : 'sintetis',
      colours: ['sogan', 'biru indigo'].slice(0, 1 + (i % 2)),
      tags: [...tags, 'motif klasik'],
      year: 2010 + i,
      philosophy,
      creators: [{ name: 'Perajin Batik Mojokerto (contoh)' }],
      ip: [{ kind: 'hak_cipta', status: 'recorded', year: 2016, seq: 100002 + i, holder: 'pemerintah' }],
      extraImages: i === 0 ? 1 : 0,
      published: true,
    }),
  ),
  {
    key: 'gedeg-rubuh',
    name: 'Gedeg Rubuh',
    origin: KOTA,
    technique: 'cap',
    dyeKind: 'sintetis',
    colours: ['coklat', 'krem'],
    tags: ['geometris', 'motif klasik'],
    philosophy: 'Anyaman dinding bambu yang miring: kesederhanaan rumah desa.',
    creators: [],
    published: true,
  },
  {
    key: 'buah-mojo',
    name: 'Buah Mojo',
    altNames: ['Buah Maja'],
    origin: KOTA,
    technique: 'tulis',
    dyeKind: 'alami',
    colours: ['hijau', 'kuning'],
    tags: ['warisan Majapahit', 'flora'],
    year: 2021,
    philosophy: 'Buah maja yang pahit, asal nama Majapahit.',
    creators: [{ name: 'Siti Aminah (contoh)' }],
    ip: [
      {
        kind: 'hak_cipta',
        status: 'filed',
        year: 2026,
        seq: 200001,
        holder: 'perorangan',
        holderName: 'Siti Aminah (contoh)',
      },
    ],
    published: true,
  },
  {
    key: 'bunga-krisan',
    name: 'Bunga Krisan',
    origin: KOTA,
    technique: 'kombinasi',
    dyeKind: 'campuran',
    colours: ['merah', 'hitam', 'krem'],
    tags: ['flora'],
    year: 2023,
    philosophy: 'Bunga krisan, bunga khas Kota Mojokerto.',
    creators: [{ name: 'Sri Wahyuni (contoh)' }],
    ip: [
      {
        kind: 'hak_cipta',
        status: 'draft',
        year: 2026,
        seq: 0,
        holder: 'perorangan',
        holderName: 'Sri Wahyuni (contoh)',
      },
    ],
    published: false,
  },
  {
    key: 'batik-kalangbret',
    name: 'Batik Kalangbret',
    origin: KOTA,
    technique: 'tulis',
    dyeKind: 'sintetis',
    colours: ['sogan'],
    tags: ['geometris', 'motif klasik'],
    philosophy: 'Empat kelopak bersilang yang tertata.',
    creators: [],
    published: false,
  },
  {
    key: 'sekar-sungsang',
    name: 'Sekar Sungsang',
    origin: KABUPATEN,
    technique: 'tulis',
    dyeKind: 'alami',
    colours: ['merah', 'krem'],
    tags: ['flora'],
    philosophy: 'Bunga terbalik.',
    creators: [],
    published: true,
  },
  {
    key: 'parang-mojo',
    name: 'Parang Mojo',
    origin: KABUPATEN,
    technique: 'tulis',
    dyeKind: 'sintetis',
    colours: ['sogan', 'hitam'],
    tags: ['warisan Majapahit', 'parang', 'motif klasik'],
    philosophy: 'Parang berpadu buah maja: keluarga motif parang yang tradisional.',
    creators: [],
    ip: [
      {
        kind: 'kik',
        status: 'recorded',
        inventory: 'EBT-CONTOH-0001',
        custodian: 'Masyarakat Kabupaten Mojokerto',
        wilayah: '35.16',
      },
    ],
    published: true,
  },
  {
    key: 'pinggiran-ukel-majapahit',
    name: 'Pinggiran Ukel Majapahit',
    origin: KABUPATEN,
    technique: 'cap',
    dyeKind: 'sintetis',
    colours: ['biru indigo', 'putih'],
    tags: ['warisan Majapahit', 'geometris'],
    philosophy: 'Sulur ukel pada tepi kain.',
    creators: [],
    published: true,
  },
];

export interface PreparedDemoMotif {
  motif: DemoMotif;
  pictures: { bytes: Buffer; inspected: InspectedImage; variants: ImageVariant[] }[];
}

/** Draws and checks the demo pictures: CPU work, done before any transaction opens. */
export async function prepareDemoMotifs(): Promise<PreparedDemoMotif[]> {
  const out: PreparedDemoMotif[] = [];
  for (const motif of DEMO_MOTIFS) {
    const spec = demoPatternFor(motif.key);
    if (!spec) throw new Error(`no demo pattern for ${motif.key}`);
    const drawn = [await renderMotifPattern(spec)];
    for (let v = 1; v <= (motif.extraImages ?? 0); v++) drawn.push(await renderVariant(spec, v));
    const pictures = [];
    for (const bytes of drawn)
      pictures.push({ bytes, inspected: await inspectImage(bytes), variants: await deriveVariants(bytes) });
    out.push({ motif, pictures });
  }
  return out;
}

/** Writes the prepared demo motifs in the caller's transaction (the whole demo lands or none). */
export async function insertDemoMotifs(tx: Tx, centreId: string, prepared: PreparedDemoMotif[]) {
  for (const { motif: d, pictures } of prepared) {
    const [motif] = await tx
      .insert(motifs)
      .values({
        centreId,
        name: d.name,
        altNames: d.altNames ?? [],
        description: `${DEMO_NOTE} Gambar pola dibuat oleh Sentra untuk demo.`,
        philosophy: d.philosophy,
        technique: d.technique,
        colours: d.colours,
        dyeKind: d.dyeKind,
        yearCreated: d.year ?? null,
        origin: d.origin,
        tags: d.tags,
        status: d.published ? 'published' : 'draft',
        isDemo: true,
      })
      .returning();
    if (!motif) throw new Error('demo motif not written');
    if (d.creators.length)
      await tx.insert(motifCreators).values(
        d.creators.map((c, position) => ({
          motifId: motif.id,
          name: c.name,
          deceased: c.deceased ?? false,
          diedOn: c.diedOn ?? null,
          position,
        })),
      );
    for (const [i, p] of pictures.entries()) {
      await storeMotifImage(tx, {
        motifId: motif.id,
        centreId,
        fileName: `${d.key}${i ? `-warna-${i + 1}` : ''}.png`,
        bytes: p.bytes,
        caption: i ? 'Warna lain (contoh)' : 'Pola contoh buatan Sentra',
        inspected: p.inspected,
        variants: p.variants,
        uploadedBy: null,
        uploadedByLabel: 'Data contoh Sentra',
      });
    }
    for (const ip of d.ip ?? []) {
      const [row] = await tx
        .insert(ipRecords)
        .values(demoRecord(motif.id, centreId, ip))
        .returning();
      if (!row) throw new Error('demo ip record not written');
      const path: IpStatus[] =
        ip.status === 'recorded' && ip.kind === 'hak_cipta' ? ['draft', 'filed', 'recorded'] : [ip.status];
      let from: IpStatus | null = null;
      for (const to of path) {
        await tx.insert(ipRecordEvents).values({
          ipRecordId: row.id,
          fromStatus: from,
          toStatus: to,
          note: from === null ? 'Data contoh' : null,
          changedByLabel: 'Data contoh Sentra',
        });
        from = to;
      }
    }
    await refreshStoredTerms(tx, motif.id);
    await recordAudit(tx, null, {
      entity: 'motif',
      entityId: motif.id,
      centreId,
      action: 'create',
      after: { ...motif, demo: true },
    });
  }
}

function demoRecord(motifId: string, centreId: string, ip: DemoIp) {
  if (ip.kind === 'kik')
    return {
      motifId,
      centreId,
      kind: 'kik' as const,
      status: ip.status,
      holderKind: 'negara' as const,
      holderName: 'Negara Republik Indonesia',
      custodian: ip.custodian,
      custodianWilayahCode: ip.wilayah,
      inventoryNumber: ip.inventory,
      notes: DEMO_NOTE,
    };
  const filed = ip.status !== 'draft';
  const applicationDate = `${ip.year}-0${1 + (ip.seq % 8)}-1${ip.seq % 10}`;
  return {
    motifId,
    centreId,
    kind: 'hak_cipta' as const,
    status: ip.status,
    applicationNumber: filed ? `EC00${ip.year}${String(ip.seq).padStart(6, '0')}` : null,
    applicationDate: filed ? applicationDate : null,
    recordNumber: ip.status === 'recorded' ? String(ip.seq).padStart(9, '0') : null,
    recordDate: ip.status === 'recorded' ? applicationDate : null,
    workKind: 'karya_seni_batik' as const,
    holderKind: ip.holder,
    holderName: ip.holder === 'pemerintah' ? PEMKOT : (ip.holderName ?? null),
    holderAddress: ip.holder === 'pemerintah' ? PEMKOT_ADDRESS : null,
    firstPublishedOn: ip.holder === 'pemerintah' ? `${ip.year - 1}-11-10` : null,
    firstPublishedPlace: ip.holder === 'pemerintah' ? 'Kota Mojokerto' : null,
    notes: DEMO_NOTE,
  };
}
