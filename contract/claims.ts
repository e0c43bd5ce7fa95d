import { z } from 'zod';
import { SourceRef } from './common.js';

/** The most claims one page holds: a page's evidence is read and sent whole. */
export const CLAIMS_PAGE_MAX = 500;
const LIMIT_ADVICE = `Ask for 1 to ${CLAIMS_PAGE_MAX} claims per page, e.g. limit=100; page on with offset.`;
const OFFSET_ADVICE =
  'Give offset as a whole number of claims to pass over, 0 or more: the nextOffset of the previous page.';

export const ClaimsQuery = z.object({
  subject: z.string().optional().meta({ description: 'Only figures about this node id' }),
  topic: z.string().optional(),
  conflicting: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'true: only groups whose figures disagree' }),
  limit: z.coerce
    .number({ error: LIMIT_ADVICE })
    .int(LIMIT_ADVICE)
    .min(1, LIMIT_ADVICE)
    .max(CLAIMS_PAGE_MAX, LIMIT_ADVICE)
    .default(100)
    .meta({ description: `Claims per page, 1 to ${CLAIMS_PAGE_MAX}` }),
  offset: z.coerce
    .number({ error: OFFSET_ADVICE })
    .int(OFFSET_ADVICE)
    .min(0, OFFSET_ADVICE)
    .default(0)
    .meta({ description: "Claims to pass over: the previous answer's nextOffset" }),
});
export type ClaimsQuery = z.infer<typeof ClaimsQuery>;

export const Claim = z.object({
  id: z.string(),
  name: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  valueText: z.string().nullable(),
  qualifier: z.string().nullable(),
  measure: z.string().nullable(),
  quantity: z.string().nullable().meta({
    description:
      'What exactly is counted (its quantity, else its measure): only figures of the same quantity, unit and period are compared',
  }),
  disagrees: z.boolean().meta({
    description:
      'Another figure of the same quantity, unit and period gives a different value (figures of other quantities in the topic never count)',
  }),
  periodLabel: z.string().nullable(),
  subjects: z.array(z.object({ id: z.string(), name: z.string() })),
  attributedTo: z.array(z.object({ id: z.string(), name: z.string() })),
  sources: z.array(SourceRef),
});
export type Claim = z.infer<typeof Claim>;

export const ClaimGroup = z.object({
  topic: z.string(),
  conflicting: z.boolean().meta({
    description:
      'Some figures of this topic give different values of the same quantity, unit and period (all of them, not only this page); different quantities under one topic never conflict',
  }),
  claims: z.array(Claim),
});
export type ClaimGroup = z.infer<typeof ClaimGroup>;

export const ClaimsResult = z
  .object({
    groups: z.array(ClaimGroup).meta({
      description:
        'One page of claims grouped by topic, in topic order; a topic cut by the page goes on in the first group of the next page',
    }),
    total: z.number().meta({ description: 'Claims matching the filters, on every page' }),
    nextOffset: z
      .number()
      .nullable()
      .meta({ description: 'The offset of the next page; null on the last page' }),
  })
  .meta({ id: 'ClaimsResult' });
export type ClaimsResult = z.infer<typeof ClaimsResult>;
