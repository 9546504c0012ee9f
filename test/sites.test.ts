import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { hostOfPattern, siteOf, siteScriptChanges, siteScriptId } from '../lib/sites';
import { outletEnabled, pageVerdict } from '../entrypoints/article/decide';
import { compileQuickLexicon } from '../lib/match/quick-topic';
import { TOPIC_LEXICON } from '../lib/match/topic-lexicon';

describe('sites the reader grants', () => {
  it('is one host, over http and https, from the page address', () => {
    expect(siteOf('https://Kabar.Example.org./2024/nato?x=1#a')).toEqual({ host: 'kabar.example.org', pattern: '*://kabar.example.org/*' });
    expect(siteOf('file:///home/berita.html')).toBeUndefined();
    expect(siteOf('chrome://extensions')).toBeUndefined();
    expect(siteOf('bukan alamat')).toBeUndefined();
  });

  it('reads back only single-site patterns, never a wildcard host', () => {
    expect(hostOfPattern('*://kabar.example.org/*')).toBe('kabar.example.org');
    expect(hostOfPattern('https://kabar.example.org/*')).toBe('kabar.example.org');
    expect(hostOfPattern('*://*.kompas.com/*')).toBeUndefined();
    expect(hostOfPattern('<all_urls>')).toBeUndefined();
  });

  it('registers the granted sites missing a script and unregisters scripts of sites no longer granted, leaving others’ ids alone', () => {
    const changes = siteScriptChanges(['a.example', 'b.example'], [siteScriptId('b.example'), siteScriptId('c.example'), 'someone-else']);
    expect(changes).toEqual({ remove: [siteScriptId('c.example')], add: ['a.example'] });
  });

  it('lets the page scripts run by themselves on a granted site, and only there', () => {
    const lexicon = compileQuickLexicon(TOPIC_LEXICON);
    const { document } = parseHTML('<html><head><title>Sekjen NATO: Ukraina membuat kemajuan dalam serangan balasan</title><meta property="og:type" content="article"></head><body></body></html>');
    const url = 'https://kabar.example.org/2023/06/14/sekjen-nato-ukraina-kemajuan';
    expect(pageVerdict(document, url, lexicon)).toBe(false);
    expect(pageVerdict(document, url, lexicon, ['kabar.example.org'])).not.toBe(false);
    expect(outletEnabled(url, { disabledOutlets: [] })).toBe(false);
    expect(outletEnabled(url, { disabledOutlets: [] }, ['kabar.example.org'])).toBe(true);
    expect(outletEnabled('https://lain.example.org/a', { disabledOutlets: [] }, ['kabar.example.org'])).toBe(false);
  });
});
