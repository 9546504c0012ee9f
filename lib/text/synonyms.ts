/**
 * Words Indonesian translators use for one another, and the readings of a
 * word that two renderings of one statement can share: every root the word
 * may be read as (morphology.ts), each through its synonym group.
 */
import { roots } from './morphology';

/**
 * Words Indonesian translators use for one another when they render the same
 * foreign word: each group is one meaning. General vocabulary of news
 * translation, not names; two quotes sharing a group's words share content.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['negara', 'negeri', 'bangsa'],
  ['dunia', 'bumi', 'global', 'internasional'],
  ['semua', 'seluruh', 'setiap', 'segala'],
  ['yakin', 'pasti', 'percaya'],
  ['ragu', 'keraguan', 'diragukan'],
  ['teroris', 'terorisme', 'teror'],
  ['tikam', 'tikaman', 'tusuk', 'tusukan', 'menikam'],
  // English "back": a stab in the back is "tikaman di punggung" or "tusukan dari belakang".
  ['punggung', 'belakang'],
  ['kira', 'mengira', 'anggap', 'menganggap', 'sangka', 'menyangka'],
  ['lemah', 'rapuh'],
  ['hancur', 'menghancurkan', 'rusak', 'merusak', 'memusnahkan'],
  ['serang', 'serangan', 'agresi', 'invasi'],
  ['perang', 'konflik', 'pertempuran'],
  ['damai', 'perdamaian'],
  ['aman', 'keamanan', 'jaminan'],
  ['bantu', 'bantuan', 'dukung', 'dukungan', 'sokong'],
  ['kuat', 'kekuatan', 'tangguh'],
  ['besar', 'raksasa', 'hebat'],
  ['penting', 'vital', 'krusial'],
  ['cepat', 'segera', 'lekas'],
  ['rakyat', 'warga', 'penduduk', 'masyarakat'],
  ['pasukan', 'tentara', 'militer', 'prajurit'],
  ['pimpin', 'pemimpin', 'kepala'],
  ['bilang', 'kata', 'ucap', 'sebut'],
  ['terima kasih', 'berterima'],
  ['dinas', 'badan', 'layanan'],
  ['rahasia', 'intelijen', 'khusus'],
  ['sejarah', 'bersejarah', 'historis'],
  ['salah', 'kesalahan', 'keliru', 'kekeliruan'],
  ['tahun', 'setahun'],
  ['tetap', 'masih'],
  ['bertahan', 'berdiri'],
  ['lebih', 'jauh'],
  ['baik', 'bagus'],
  // Renderings of common words of political speech (English "think",
  // "action", "aim", "plan", "threat", "blow", ...), each group one meaning;
  // listed as roots (lib/text/morphology.ts reads affixed forms back to them).
  ['pikir', 'duga'],
  ['tindak', 'aksi', 'perbuatan'],
  ['tuju', 'maksud', 'sasar', 'target', 'incar'],
  ['rencana', 'rancang'],
  ['ancam', 'bahaya'],
  ['pukul', 'hantam', 'tampar'],
  ['pecah', 'belah', 'bagi'],
  ['wilayah', 'teritorial', 'teritori', 'daerah', 'kawasan'],
  ['guna', 'pakai'],
  ['cara', 'sarana', 'alat', 'metode'],
  ['lindung', 'bela', 'jaga'],
  ['milik', 'punya'],
  ['perhati', 'pantau', 'awasi'],
  ['musuh', 'lawan'],
  ['juang', 'tempur'],
  ['sepakat', 'setuju'],
  ['khawatir', 'prihatin', 'cemas', 'risau'],
  ['masalah', 'persoalan', 'isu'],
  ['senang', 'gembira', 'bahagia'],
  ['perintah', 'instruksi'],
  ['laku', 'laksana'],
  ['wujud', 'manifestasi', 'cermin'],
  ['situasi', 'kondisi', 'keadaan'],
  ['runtuh', 'jatuh', 'ambruk', 'tumbang'],
  ['akhir', 'selesai', 'tamat'],
  ['mulai', 'awal'],
  ['desak', 'imbau', 'seru', 'minta'],
  ['partisipasi', 'libat', 'ikut'],
  ['kriminal', 'pidana', 'jahat'],
  ['tanggap', 'respons', 'reaksi'],
  ['jelas', 'terang', 'gamblang'],
  ['sulit', 'susah', 'sukar'],
  ['mudah', 'gampang'],
  ['ingin', 'mau', 'hendak'],
  ['butuh', 'perlu'],
  ['kembali', 'pulang'],
  ['hormat', 'terhormat'],
  ['upaya', 'usaha', 'ikhtiar'],
  ['hasil', 'capai', 'raih'],
  ['lanjut', 'terus'],
  ['tingkat', 'tambah'],
  ['tunjuk', 'perlihat'],
  ['kirim', 'pasok'],
  ['bebas', 'merdeka'],
  ['menang', 'jaya'],
  ['berani', 'gagah', 'nyali'],
  ['sedih', 'duka'],
  ['ngeri', 'kejam', 'brutal'],
  ['bunuh', 'habisi'],
  ['mati', 'tewas', 'gugur', 'wafat', 'meninggal'],
  ['siap', 'sedia'],
  ['temu', 'jumpa'],
  ['runding', 'negosiasi'],
  ['pesan', 'amanat'],
  ['kunjung', 'lawat', 'sambang'],
  ['henti', 'setop'],
  ['blokir', 'halang', 'cegah'],
  ['ingat', 'kenang'],
  ['paham', 'erti', 'ngerti'],
  ['banyak', 'sejumlah'],
  ['selalu', 'senantiasa'],
  ['benar', 'betul', 'tepat'],
  ['harap', 'asa'],
  ['takut', 'gentar'],
  ['marah', 'murka', 'geram'],
  ['bohong', 'dusta'],
  ['mampu', 'sanggup'],
  ['kuasa', 'daya'],
  ['hidup', 'nyawa', 'jiwa'],
  ['dana', 'uang', 'anggaran'],
  ['harga', 'biaya', 'ongkos'],
  ['pangan', 'makan'],
  ['komandan', 'panglima'],
  ['pejabat', 'petinggi'],
  ['wartawan', 'jurnalis'],
  ['lapor', 'kabar', 'warta'],
  ['informasi', 'keterangan'],
  ['alasan', 'sebab'],
  ['jalan', 'jalur'],
  ['pintu', 'gerbang'],
  ['gelap', 'kelam'],
  ['lambat', 'pelan'],
  ['sama', 'serupa'],
  ['beda', 'lain'],
];

const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYMS) for (const word of group) SYNONYM_OF.set(word, group[0]!);

/** The head of a word's synonym group, if it has one. */
export function synonymOf(word: string): string | undefined {
  return SYNONYM_OF.get(word);
}

const readingCache = new Map<string, readonly string[]>();
const READING_CACHE_LIMIT = 100_000;

/** Every root a lowercased word may be read as, each through its synonym group. */
export function readingsOf(word: string): readonly string[] {
  let out = readingCache.get(word);
  if (out) return out;
  // A compound written with a hyphen ("memecah-belah") is also read as its first part, as outlets that write it apart do.
  const parts = word.split('-');
  const forms = parts.length > 1 && parts[0] !== parts[1] ? [word, parts[0]!] : [word];
  out = [...new Set(forms.flatMap((w) => [synonymOf(w) ?? w, ...roots(w).map((r) => synonymOf(r) ?? r)]))];
  if (readingCache.size >= READING_CACHE_LIMIT) readingCache.clear();
  readingCache.set(word, out);
  return out;
}
