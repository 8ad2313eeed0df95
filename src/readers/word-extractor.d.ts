/** word-extractor ships no types; the one call used here. */
declare module 'word-extractor' {
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<{ getBody(): string }>;
  }
}
