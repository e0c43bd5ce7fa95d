import { z } from 'zod';
import { CsvList, limit } from './common.js';

/** The longest search, in characters; the explorer sends no more than this. */
export const SEARCH_MAX = 200;

export const SearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'Type something to search for')
    .max(
      SEARCH_MAX,
      `A search is at most ${SEARCH_MAX} characters: type the few words that name what you look for`,
    )
    // Emoji and punctuation alone match no name: say so rather than answer nothing.
    .refine((q) => /[\p{L}\p{N}]/u.test(q), {
      message: 'Type a word or a number to search for: symbols and emoji alone match no name',
    }),
  limit: limit(50, 10),
  labels: CsvList.optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  id: z.string(),
  name: z.string(),
  labels: z.array(z.string()),
  score: z.number(),
  aliases: z.array(z.string()),
  description: z.string().nullable(),
  match: z.enum(['exact', 'prefix', 'word', 'text']).meta({
    description:
      'exact: the whole query is the name or an alias; prefix: a name or alias starts with it; word: it starts a word of one; text: found elsewhere (e.g. the description)',
  }),
  group: z.enum(['entity', 'source']).meta({
    description: 'source: a report (listed after every entity)',
  }),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z
  .object({
    query: z.string(),
    mode: z.enum(['fulltext', 'name-scan']).optional().meta({
      description:
        'name-scan when no full-text index covers the words: a scan of names and titles over at most 10,000 nodes, so on a larger graph it may miss a match',
    }),
    hits: z.array(SearchHit),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResult>;
