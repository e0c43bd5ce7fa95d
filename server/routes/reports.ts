/** The reports' endpoints: listed, read paragraph by paragraph, read with their marks, added. */
import {
  ClaimDrafts,
  ClaimRequest,
  ClaimVocabulary,
  Reading,
  ReportCreate,
  ReportCreated,
  ReportDetail,
  ReportInput,
  ReportList,
  ReportPreview,
} from '../../contract/index.js';
import { currentUser } from '../auth/require.js';
import { saveReport } from '../reports/save.js';
import { claimOntology, draftClaim } from '../reports/claims.js';
import type { GraphContext } from '../graph/context.js';
import { listReports, reportDetail, reportReading } from '../graph/reports.js';
import { route, type RouteDef } from '../http/route.js';
import { previewReport } from '../reports/intake.js';

const id = (params: Record<string, string>) => params.id ?? '';

export function reportRoutes(ctx: GraphContext): RouteDef[] {
  return [
    route({
      method: 'get',
      path: '/reports/vocabulary',
      tags: ['reports'],
      response: ClaimVocabulary,
      summary: "What a claim may be: the ontology's labels, event kinds and relationship types",
      handler: async () => {
        const o = await claimOntology(ctx);
        const hidden = new Set([o.sourceLabel, o.provenanceType]);
        return {
          labels: o.labels.filter((l) => !hidden.has(l)).sort(),
          eventKinds: [...o.eventKinds],
          relationshipTypes: o.relationshipTypes.filter((t) => !hidden.has(t)).sort(),
          causalTypes: [...o.causalTypes],
        };
      },
    }),
    route({
      method: 'get',
      path: '/reports',
      tags: ['reports'],
      response: ReportList,
      summary:
        'The reports: outlet, headline and date as printed, inferred date, paragraphs stored',
      handler: () => listReports(ctx),
    }),
    route({
      method: 'get',
      path: '/reports/:id',
      tags: ['reports'],
      pathParams: ['id'],
      response: ReportDetail,
      errors: ['NOT_FOUND'],
      summary:
        'One report with its text, paragraph by paragraph (the headline, when printed, is 1)',
      handler: ({ params }) => reportDetail(ctx, id(params)),
    }),
    route({
      method: 'get',
      path: '/reports/:id/reading',
      tags: ['reports'],
      pathParams: ['id'],
      response: Reading,
      errors: ['NOT_FOUND'],
      summary:
        "A report's paragraphs with their marks: claims drawn from it, the graph's names, new names, dates resolved",
      handler: ({ params }) => reportReading(ctx, id(params)),
    }),
    route({
      method: 'post',
      path: '/reports/preview',
      tags: ['reports'],
      body: ReportInput,
      response: ReportPreview,
      role: 'editor',
      errors: ['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_ENCODING', 'UNAUTHENTICATED', 'FORBIDDEN'],
      summary:
        'Reads a report handed in (text, .txt, .md or .html) into paragraphs, flags page furniture, finds a stored duplicate; stores nothing (editor)',
      handler: ({ body }) => previewReport(ctx, body),
    }),
    route({
      method: 'post',
      path: '/reports',
      tags: ['reports'],
      body: ReportCreate,
      response: ReportCreated,
      role: 'editor',
      statusOf: () => 201,
      errors: [
        'PAYLOAD_TOO_LARGE',
        'UNSUPPORTED_ENCODING',
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'CONFLICT',
      ],
      summary:
        'Adds a report: its text read as the preview reads it, the paragraphs named in drop left out; the same text twice is refused (409) with a link to the stored one (editor)',
      handler: ({ body, res }) => saveReport(ctx, body, currentUser(res)),
    }),
    route({
      method: 'post',
      path: '/reports/:id/claims',
      tags: ['reports'],
      pathParams: ['id'],
      body: ClaimRequest,
      response: ClaimDrafts,
      role: 'editor',
      statusOf: () => 201,
      errors: ['NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN'],
      summary:
        'A claim from a selection (event, statement, figure, relationship, property): its quote cut from the stored paragraph, made as drafts in publishing order (editor); a span the paragraph no longer holds, or a new node close to an existing one, is refused (409)',
      handler: ({ params, body, res }) => draftClaim(ctx, id(params), body, currentUser(res)),
    }),
  ];
}
