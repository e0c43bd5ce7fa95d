/**
 * Names as the seed writes them (labels PascalCase, relationship types
 * UPPER_SNAKE, properties camelCase), made from whatever a spreadsheet's
 * header or a type column says.
 */

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** `civil society org` → `CivilSocietyOrg`; undefined when nothing is left. */
export function labelName(text: string): string | undefined {
  const ws = words(text);
  if (ws.length === 0) return undefined;
  const name = ws.map((w) => (/^[A-Z0-9]+$/.test(w) && w.length > 1 ? w : capital(w))).join('');
  return /^[0-9]/.test(name) ? `L${name}` : name;
}

/** `owns shares in` → `OWNS_SHARES_IN`. */
export function typeName(text: string): string | undefined {
  const ws = words(text);
  if (ws.length === 0) return undefined;
  const name = ws.map((w) => w.toUpperCase()).join('_');
  return /^[0-9]/.test(name) ? `T_${name}` : name;
}

/** `Founded year` → `foundedYear`; `Description` → `description`; `id` stays. */
export function propertyName(text: string): string {
  const ws = words(text);
  if (ws.length === 0) return text.trim() || 'value';
  const [first = '', ...rest] = ws;
  return first.toLowerCase() + rest.map(capital).join('');
}

/** A short id-safe slug of any text, for ids the importer makes itself. */
export function slug(text: string, max = 48): string {
  const s = words(text).join('-').toLowerCase().slice(0, max).replace(/-+$/, '');
  return s || 'x';
}
