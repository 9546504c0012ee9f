/**
 * A news page far past any real one: about 5 MB of HTML in 20,000
 * paragraphs, on a NATO/Ukraine story, so that it passes Jejak's cheap check
 * and the whole extraction path runs on it. Made at run time, deterministic.
 */

const SENTENCES = [
  'Sekretaris Jenderal NATO Jens Stoltenberg mengatakan Ukraina membuat kemajuan dalam serangan balasan di wilayah timur dan selatan.',
  'Pasukan Rusia memperkuat garis pertahanan di sekitar Bakhmut, sementara Kyiv meminta tambahan sistem pertahanan udara dari sekutu.',
  '"Semakin banyak wilayah yang bisa dibebaskan Ukraina, semakin kuat posisinya di meja perundingan," kata Stoltenberg kepada wartawan di Brussel.',
  'Para menteri pertahanan negara anggota aliansi membahas bantuan amunisi, pelatihan pilot F-16, dan rencana pertemuan puncak di Vilnius.',
  'Pemerintah Indonesia kembali menyerukan penghentian perang dan penyelesaian damai melalui dialog antara Rusia dan Ukraina.',
  'Analis menilai dukungan Barat akan menentukan seberapa jauh pasukan Ukraina dapat bergerak sebelum musim dingin tiba.',
  'Kremlin menyebut perluasan NATO ke timur sebagai ancaman langsung terhadap keamanan Rusia dan menolak tuntutan penarikan pasukan.',
  'Presiden Volodymyr Zelensky berterima kasih kepada mitra Eropa atas paket sanksi baru terhadap sektor energi Moskow.',
];

function paragraph(i: number): string {
  // Two or three sentences, rotated, with the paragraph number so no two are equal: about 250 bytes.
  const a = SENTENCES[i % SENTENCES.length]!;
  const b = SENTENCES[(i * 3 + 1) % SENTENCES.length]!;
  return `<p>${a} ${b} (${i + 1})</p>`;
}

export function hugeArticleHtml(url: string, paragraphs = 20_000): string {
  const title = 'NATO: Ukraina Membuat Kemajuan dalam Serangan Balasan Melawan Rusia';
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    body.push(paragraph(i));
    if (i % 40 === 39) body.push(`<h2>Bagian ${(i + 1) / 40}</h2>`);
  }
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2023-06-14T10:00:00+07:00',
    publisher: { '@type': 'Organization', name: 'VOI' },
  });
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<title>${title} - VOI</title>
<meta property="og:title" content="${title}">
<meta property="og:type" content="article">
<meta property="og:url" content="${url}">
<meta name="description" content="Sekjen NATO Jens Stoltenberg mengatakan Ukraina membuat kemajuan dalam serangan balasan terhadap pasukan Rusia.">
<meta name="keywords" content="NATO, Ukraina, Rusia, Stoltenberg, perang">
<meta property="article:section" content="Dunia">
<meta property="article:published_time" content="2023-06-14T10:00:00+07:00">
<script type="application/ld+json">${ld}</script>
</head><body>
<header><nav><a href="/">VOI</a> <a href="/dunia">Dunia</a></nav></header>
<main><article>
<h1>${title}</h1>
<div class="date">Rabu, 14 Juni 2023 10:00 WIB</div>
${body.join('\n')}
</article></main>
<footer>VOI</footer>
</body></html>`;
}
