/**
 * The Indonesian news outlets Jejak runs on by itself, with every subdomain
 * (internasional.kompas.com, wow.tribunnews.com, en.antaranews.com, …).
 */
export interface Outlet {
  id: string;
  name: string;
  hosts: string[];
}

export const OUTLETS: readonly Outlet[] = [
  { id: 'antara', name: 'ANTARA', hosts: ['antaranews.com'] },
  { id: 'kompas', name: 'Kompas', hosts: ['kompas.com'] },
  { id: 'detik', name: 'detikcom', hosts: ['detik.com'] },
  { id: 'tribunnews', name: 'Tribunnews', hosts: ['tribunnews.com'] },
  { id: 'tribunwow', name: 'TribunWow', hosts: ['tribunwow.com'] },
  { id: 'voi', name: 'VOI', hosts: ['voi.id'] },
  { id: 'orbitindonesia', name: 'Orbit Indonesia', hosts: ['orbitindonesia.com'] },
  { id: 'cnnindonesia', name: 'CNN Indonesia', hosts: ['cnnindonesia.com'] },
  { id: 'cnbcindonesia', name: 'CNBC Indonesia', hosts: ['cnbcindonesia.com'] },
  { id: 'sindonews', name: 'Sindonews', hosts: ['sindonews.com'] },
  { id: 'idntimes', name: 'IDN Times', hosts: ['idntimes.com'] },
  { id: 'kontan', name: 'Kontan', hosts: ['kontan.co.id'] },
  { id: 'jpnn', name: 'JPNN', hosts: ['jpnn.com'] },
  { id: 'tempo', name: 'Tempo', hosts: ['tempo.co'] },
  { id: 'liputan6', name: 'Liputan6', hosts: ['liputan6.com'] },
  { id: 'republika', name: 'Republika', hosts: ['republika.co.id'] },
  { id: 'okezone', name: 'Okezone', hosts: ['okezone.com'] },
  { id: 'suara', name: 'Suara', hosts: ['suara.com'] },
  { id: 'merdeka', name: 'Merdeka', hosts: ['merdeka.com'] },
  { id: 'viva', name: 'VIVA', hosts: ['viva.co.id'] },
  { id: 'inews', name: 'iNews', hosts: ['inews.id'] },
  { id: 'mediaindonesia', name: 'Media Indonesia', hosts: ['mediaindonesia.com'] },
  { id: 'beritasatu', name: 'BeritaSatu', hosts: ['beritasatu.com'] },
  { id: 'bisnis', name: 'Bisnis', hosts: ['bisnis.com'] },
  { id: 'jawapos', name: 'Jawa Pos', hosts: ['jawapos.com'] },
];

/** Match patterns for the manifest: the bare host and all its subdomains. */
export const OUTLET_MATCH_PATTERNS: readonly string[] = /* @__PURE__ */ OUTLETS.flatMap((o) =>
  o.hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]),
);

/** The outlet a hostname belongs to, subdomains included; undefined for any other site. */
export function outletForHost(hostname: string): Outlet | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return OUTLETS.find((o) => o.hosts.some((h) => host === h || host.endsWith('.' + h)));
}

/**
 * The outlet a label names, however the outlet writes it: its name
 * ("ANTARA", "Kompas"), its host ("TRIBUNWOW.COM", "Kompas.com", "Liputan6.com") or
 * its name with a suffix ("Republika Online", "Antara News"). Pages and
 * copied texts write outlets every way; Jejak shows one name for each.
 */
export function outletNamed(label: string): Outlet | undefined {
  const key = label.trim().toLowerCase().replace(/\s+(?:online|news)$/, '').replace(/\s+/g, '');
  if (!key) return undefined;
  return OUTLETS.find((o) => key === o.name.toLowerCase().replace(/\s+/g, '') || o.hosts.includes(key));
}
