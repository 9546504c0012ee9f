/** Each language's message file as the text of its key → message object (scripts/messages-plugin.ts). */
declare module 'virtual:jejak-messages' {
  const texts: Record<'id' | 'en', string>;
  export default texts;
}

/** The same, only the launcher's messages (keys starting "launcher"): all the article script carries. */
declare module 'virtual:jejak-launcher-messages' {
  const texts: Record<'id' | 'en', string>;
  export default texts;
}
