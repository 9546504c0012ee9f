declare module 'stopwords-id' {
  const words: string[];
  export default words;
}
