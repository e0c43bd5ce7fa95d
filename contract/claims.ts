import { z } from 'zod';
import { SourceRef } from './common.js';

export const ClaimsQuery = z.object({
  subject: z.string().optional().meta({ description: 'Only figures about this node id' }),
  topic: z.string().optional(),
  conflicting: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'true: only groups whose figures disagree' }),
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
  periodLabel: z.string().nullable(),
  subjects: z.array(z.object({ id: z.string(), name: z.string() })),
  attributedTo: z.array(z.object({ id: z.string(), name: z.string() })),
  sources: z.array(SourceRef),
});
export type Claim = z.infer<typeof Claim>;

export const ClaimGroup = z.object({
  topic: z.string(),
  conflicting: z.boolean().meta({ description: 'The figures of this topic do not all agree' }),
  claims: z.array(Claim),
});
export type ClaimGroup = z.infer<typeof ClaimGroup>;

export const ClaimsResult = z.object({ groups: z.array(ClaimGroup) }).meta({ id: 'ClaimsResult' });
export type ClaimsResult = z.infer<typeof ClaimsResult>;
