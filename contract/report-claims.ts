import { z } from 'zod';
import { Basis, DatePrecision, IsoDate } from './common.js';
import { Draft } from './curation.js';

const NodeId = z.string().min(1).max(200);
const Name = z.string().trim().min(1).max(300);

/** An end of a link: a node of the graph, or a new one with its label and name. */
export const ClaimEnd = z.union([
  NodeId,
  z.object({
    new: z.object({ label: z.string().min(1).max(64), name: Name }),
  }),
]);
export type ClaimEnd = z.infer<typeof ClaimEnd>;

export const ClaimFields = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('event'),
    label: z.string().min(1).max(64).meta({ description: "One of the ontology's Event kinds" }),
    name: Name,
    date: IsoDate.nullable().default(null),
    datePrecision: DatePrecision.nullable().default(null),
    dateInferred: z.boolean().default(false),
    dateInferredFrom: z.string().trim().max(300).nullable().default(null),
    participants: z.array(ClaimEnd).max(20).default([]),
    place: ClaimEnd.nullable().default(null),
  }),
  z.object({
    kind: z.literal('statement'),
    name: Name,
    speaker: ClaimEnd,
    date: IsoDate.nullable().default(null),
    datePrecision: DatePrecision.nullable().default(null),
    dateInferred: z.boolean().default(false),
    dateInferredFrom: z.string().trim().max(300).nullable().default(null),
  }),
  z.object({
    kind: z.literal('figure'),
    name: Name,
    quantity: z.string().trim().min(1).max(200),
    value: z.number().nullable(),
    unit: z.string().trim().max(50).nullable().default(null),
    measure: z.string().trim().max(200).nullable().default(null),
    subject: ClaimEnd.nullable().default(null),
  }),
  z.object({
    kind: z.literal('relationship'),
    from: ClaimEnd,
    type: z.string().min(1).max(64),
    to: ClaimEnd,
  }),
  z.object({
    kind: z.literal('property'),
    node: NodeId,
    key: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Name the property with letters, digits and _')
      .max(64),
    value: z.union([z.string().max(2000), z.number(), z.boolean()]),
  }),
]);
export type ClaimFields = z.infer<typeof ClaimFields>;

export const ClaimRequest = z
  .object({
    paragraph: z.number().int().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().max(5000).meta({
      description:
        'The words as the editor selected them: refused if the stored paragraph no longer has them there',
    }),
    basis: Basis.default('stated'),
    note: z.string().trim().max(2000).nullable().default(null),
    confirmNew: z.boolean().default(false).meta({
      description: 'Create the new nodes even where a close spelling is already in the graph',
    }),
    fields: ClaimFields,
  })
  .refine((c) => c.end > c.start, {
    message: 'The selection ends before it starts.',
    path: ['end'],
  })
  .refine((c) => c.basis === 'stated' || (c.note ?? '') !== '', {
    message: 'An inferred or background claim needs a note saying how or where from.',
    path: ['note'],
  });
export type ClaimRequest = z.infer<typeof ClaimRequest>;

export const ClaimDrafts = z
  .object({
    drafts: z.array(Draft).meta({ description: 'In the order a reviewer publishes them' }),
  })
  .meta({ id: 'ClaimDrafts' });
export type ClaimDrafts = z.infer<typeof ClaimDrafts>;

/** What the claim form offers: the ontology's labels and types as the graph holds them. */
export const ClaimVocabulary = z
  .object({
    labels: z.array(z.string()),
    eventKinds: z.array(z.string()),
    relationshipTypes: z.array(z.string()),
    causalTypes: z.array(z.string()),
  })
  .meta({ id: 'ClaimVocabulary' });
export type ClaimVocabulary = z.infer<typeof ClaimVocabulary>;
