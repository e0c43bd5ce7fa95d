// citation-js ships no type declarations. Only what the exports use is
// declared; the plugins register themselves with the core on import.
declare module '@citation-js/core' {
  export interface CslDate {
    'date-parts'?: number[][];
    circa?: boolean | string | number;
  }
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    'container-title'?: string;
    'citation-key'?: string;
    issued?: CslDate;
    note?: string;
    keyword?: string;
    [key: string]: unknown;
  }
  export interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
    spec?: 'new' | 'old' | 'mixed';
    type?: 'string' | 'json';
  }
  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(format: string, options?: FormatOptions): string;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        templates: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
