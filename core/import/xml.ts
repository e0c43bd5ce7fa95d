/**
 * XML for GraphML and GEXF: parsed by fast-xml-parser after a well-formedness
 * check that names the line, and with entity declarations refused (a file
 * that defines its own entities can expand to gigabytes).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError, type Place } from './batch.js';

export type XmlElement = Record<string, unknown>;

const REPEATED = new Set([
  'key',
  'graph',
  'node',
  'edge',
  'data',
  'attributes',
  'attribute',
  'attvalue',
  'spell',
  'default',
]);

export function parseXml(text: string, place: Place): XmlElement {
  if (/<!ENTITY/i.test(text.slice(0, 65_536))) {
    throw new ImportError([
      {
        place,
        message: 'the file declares XML entities, which are not expanded',
        fix: 'export it again without a DOCTYPE (Gephi, NetworkX and yEd write none)',
      },
    ]);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ImportError([
      {
        place: { ...place, line: valid.err.line },
        message: `the XML is not well formed (${valid.err.msg})`,
        fix: 'repair the file at that line or export it again',
      },
    ]);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
  });
  return parser.parse(text) as XmlElement;
}

export const children = (el: unknown, name: string): XmlElement[] => {
  if (typeof el !== 'object' || el === null) return [];
  const v = (el as XmlElement)[name];
  return Array.isArray(v) ? (v as XmlElement[]) : v ? [v as XmlElement] : [];
};

export const attr = (el: XmlElement, name: string): string | undefined => {
  const v = el[name];
  return typeof v === 'string' ? v : undefined;
};

/** An element's text: `<data key="d0">text</data>` parses as a string or as {"#text": …}. */
export const textOf = (el: unknown): string => {
  if (typeof el === 'string') return el;
  if (typeof el === 'object' && el !== null) {
    const t = (el as XmlElement)['#text'];
    return typeof t === 'string' || typeof t === 'number' ? String(t) : '';
  }
  return '';
};
