// Types for word-extractor, which ships none.
declare module 'word-extractor' {
  namespace WordExtractor {
    interface TextOptions {
      /** Replace curly quotes and dashes with ASCII ones (default true). */
      filterUnicode?: boolean;
    }
    interface Document {
      getBody(options?: TextOptions): string;
      getFootnotes(options?: TextOptions): string;
      getEndnotes(options?: TextOptions): string;
      getHeaders(options?: TextOptions & { includeFooters?: boolean }): string;
      getFooters(options?: TextOptions): string;
      getAnnotations(options?: TextOptions): string;
      getTextboxes(options?: TextOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
    }
  }
  class WordExtractor {
    extract(source: string | Buffer): Promise<WordExtractor.Document>;
  }
  export default WordExtractor;
}
