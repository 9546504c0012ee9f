declare module 'virtual:jejak-quick-lexicon' {
  const lexicon: import('./quick-topic').QuickLexicon;
  export default lexicon;
}
