// The look of each kind of node, grouped by role: one hue family per role
// (actors blue, things green, sources brown, talks purple, measures orange,
// shocks red) and, within a role, a shape of its own per kind. So the colour
// says what part a node plays and the shape which kind it is; no two kinds
// share both. The table knows common kind names, not one dataset: a kind it
// does not know gets a fallback colour and shape from its place among the
// other unknown kinds in the schema (or from a hash of its name when the
// schema does not list it), stable and distinct for 48 such kinds.

export const SHAPES = [
  'ellipse',
  'round-rectangle',
  'diamond',
  'hexagon',
  'triangle',
  // Not 'round-tag': the SVG export (cytoscape-svg) cannot draw it.
  'tag',
  'barrel',
  'pentagon',
  'star',
  'vee',
  'octagon',
  'rhomboid',
] as const;
export type Shape = (typeof SHAPES)[number];

export type Role = 'actor' | 'thing' | 'source' | 'talk' | 'measure' | 'shock' | 'other';

interface RoleScheme {
  /** Two tones of the role's hue, taken in turn by its kinds' shapes. */
  colors: readonly [string, string];
  /** Kind name (as normalised by `kindKey`) to its shape, unique within the role. */
  kinds: Readonly<Record<string, Shape>>;
}

// Each colour keeps a contrast of at least 3:1 (WCAG's figure for graphics)
// with both canvas backgrounds, light and dark: test/unit/client/graph/kinds.test.ts.
// The role's two tones colour the kinds KIND_COLOURS does not name.
const ROLES: Readonly<Record<Exclude<Role, 'other'>, RoleScheme>> = {
  actor: {
    colors: ['#2f6db5', '#3f83c8'],
    kinds: {
      person: 'ellipse',
      organization: 'round-rectangle',
      organisation: 'round-rectangle',
      company: 'barrel',
      country: 'hexagon',
      mediaoutlet: 'tag',
      group: 'octagon',
    },
  },
  thing: {
    colors: ['#2e7d32', '#558b2f'],
    kinds: {
      commodity: 'diamond',
      sector: 'hexagon',
      figure: 'tag',
      condition: 'octagon',
      place: 'pentagon',
      product: 'barrel',
    },
  },
  source: {
    colors: ['#7b6a58', '#8d7b68'],
    kinds: { source: 'round-rectangle', document: 'tag', report: 'barrel' },
  },
  talk: {
    colors: ['#7e57c2', '#9155b0'],
    kinds: {
      event: 'ellipse',
      meeting: 'hexagon',
      negotiation: 'diamond',
      briefing: 'round-rectangle',
      statement: 'tag',
    },
  },
  measure: {
    colors: ['#c05a00', '#b7720c'],
    kinds: {
      policyaction: 'round-rectangle',
      exportcontrol: 'octagon',
      relaxation: 'vee',
      licenceapproval: 'star',
      licenseapproval: 'star',
      tariff: 'diamond',
      sanction: 'triangle',
    },
  },
  shock: {
    colors: ['#d32f3c', '#e05a4e'],
    kinds: {
      militaryincident: 'star',
      supplydisruption: 'triangle',
      disengagement: 'vee',
      resumption: 'pentagon',
      tradeflow: 'rhomboid',
      dispute: 'octagon',
    },
  },
};

/**
 * A colour of its own for each common kind, inside its role's hue range
 * (CIE Lab hue: actors blue, things green, sources a low-chroma brown,
 * talks purple, measures orange to olive, shocks red). Two tones per role
 * once made a person and the ministry they speak for, or an export control
 * and the licence granted under it, one colour: each pair of kinds the
 * bundled seed links is at least 15 ΔE (CIEDE2000) apart, far past the
 * point where two marks read as one colour (the kinds unit test).
 */
const KIND_COLOURS: Readonly<Record<string, string>> = {
  country: '#0e9bd2',
  organization: '#4f65b9',
  organisation: '#4f65b9',
  person: '#828cd3',
  company: '#6776f0',
  mediaoutlet: '#1977b5',
  commodity: '#137952',
  figure: '#31a63a',
  place: '#5d7214',
  sector: '#829952',
  condition: '#04a38f',
  source: '#8e5e59',
  statement: '#ba71e9',
  negotiation: '#c61d81',
  meeting: '#6c62a4',
  briefing: '#93548c',
  licenceapproval: '#9b9419',
  licenseapproval: '#9b9419',
  exportcontrol: '#dc751e',
  policyaction: '#916111',
  tariff: '#817212',
  relaxation: '#826725',
  resumption: '#fd536a',
  supplydisruption: '#d3748c',
  tradeflow: '#f26244',
  militaryincident: '#e83b84',
  disengagement: '#d14f25',
  dispute: '#e64849',
};

/** Colours for kinds no role knows: hues none of the roles uses. */
export const FALLBACK_COLORS = ['#00838f', '#3d5afe', '#c02aa6', '#546e7a'] as const;

/** How many unknown kinds get a (colour, shape) pair of their own. */
export const FALLBACK_KINDS = FALLBACK_COLORS.length * SHAPES.length;

export interface KindStyle {
  color: string;
  shape: Shape;
  role: Role;
}

/** "Media_Outlet", "media outlet" and "MediaOutlet" are one kind. */
export function kindKey(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function roleOf(label: string): { role: Exclude<Role, 'other'> } | undefined {
  const key = kindKey(label);
  for (const [role, scheme] of Object.entries(ROLES) as [Exclude<Role, 'other'>, RoleScheme][]) {
    if (Object.hasOwn(scheme.kinds, key)) return { role };
  }
  return undefined;
}

/** FNV-1a: small, stable across runs and browsers. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The i-th unknown kind's look: the colours in turn, a new shape after each
 * round, so two unknown kinds share a shape only with colours far apart.
 */
function fallback(i: number): KindStyle {
  const slot = i % FALLBACK_KINDS;
  return {
    color: FALLBACK_COLORS[slot % FALLBACK_COLORS.length] ?? FALLBACK_COLORS[0],
    shape: SHAPES[Math.floor(slot / FALLBACK_COLORS.length)] ?? 'ellipse',
    role: 'other',
  };
}

/**
 * Colour, shape and role of a kind. `order` is the schema's labels: an
 * unknown kind's place among the unknown ones in it picks its fallback.
 */
export function kindStyle(label: string, order: readonly string[] = []): KindStyle {
  const known = roleOf(label);
  if (known) {
    const scheme = ROLES[known.role];
    const shape = scheme.kinds[kindKey(label)] ?? 'ellipse';
    // The tone follows the shape, so two spellings of one kind look the same.
    return {
      color:
        KIND_COLOURS[kindKey(label)] ??
        scheme.colors[SHAPES.indexOf(shape) % 2] ??
        scheme.colors[0],
      shape,
      role: known.role,
    };
  }
  const unknown = order.filter((l) => !roleOf(l));
  const i = unknown.indexOf(label);
  return fallback(i >= 0 ? i : hashString(label));
}
