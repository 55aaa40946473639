// Types for word-extractor, which ships none.
declare module 'word-extractor' {
  namespace WordExtractor {
    interface Document {
      getBody(): string;
      getFootnotes(): string;
      getEndnotes(): string;
      getHeaders(options?: { includeFooters?: boolean }): string;
      getFooters(): string;
      getAnnotations(): string;
      getTextboxes(options?: { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
    }
  }
  class WordExtractor {
    extract(source: string | Buffer): Promise<WordExtractor.Document>;
  }
  export default WordExtractor;
}
