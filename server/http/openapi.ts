import { z } from 'zod';
import { ErrorBody } from '../../contract/index.js';
import { httpStatusByCode, type ApiErrorCode } from '../errors.js';
import type { RouteDef } from './route.js';

type JsonSchema = Record<string, unknown>;

/** Named schemas (those with a meta id) shared through components.schemas. */
const components: Record<string, JsonSchema> = {};

/**
 * JSON Schema of a contract schema, as OpenAPI 3.1 takes it (draft
 * 2020-12). Schemas named with a meta id move to components.schemas.
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  // OpenAPI 3.1 declares the dialect once for the document, not per schema.
  delete generated.$schema;
  const defs = (generated.$defs ?? {}) as Record<string, JsonSchema>;
  delete generated.$defs;
  const toComponents = (value: JsonSchema) =>
    JSON.parse(
      JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'),
    ) as JsonSchema;
  for (const [name, def] of Object.entries(defs)) components[name] ??= toComponents(def);
  return toComponents(generated);
}

function queryParameters(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input');
  const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required ?? []) as string[]);
  return Object.entries(properties).map(([name, prop]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
    schema: prop,
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } },
});

/** The OpenAPI 3.1 document, generated from the same route table that serves the API. */
export function openApiDocument(routes: RouteDef[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const openApiPath = `/api${r.path.replace(/:(\w+)/g, '{$1}')}`;
    // Every route: the per-client rate limit (429) besides the usual three; a body's encoding (415).
    const codes = new Set<ApiErrorCode>([
      'INVALID_INPUT',
      'NEO4J_UNAVAILABLE',
      'INTERNAL',
      'RATE_LIMITED',
    ]);
    if (r.body) codes.add('UNSUPPORTED_ENCODING');
    if (r.role) for (const code of ['UNAUTHENTICATED', 'FORBIDDEN'] as const) codes.add(code);
    for (const code of r.errors ?? []) codes.add(code as ApiErrorCode);
    const responses: Record<string, unknown> = {
      '200': {
        description: r.summary,
        content: { 'application/json': { schema: jsonSchema(r.response, 'output') } },
      },
    };
    for (const code of codes) {
      const status = String(httpStatusByCode[code]);
      if (status !== '200' && !responses[status]) responses[status] = errorResponse(code);
    }
    paths[openApiPath] = {
      ...paths[openApiPath],
      [r.method]: {
        operationId: `${r.method}${r.path.replace(/[/:](\w)/g, (_m, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
        summary: r.summary,
        tags: r.tags,
        ...(r.role
          ? {
              description: `Needs a signed-in ${r.role} (or a higher role)${r.method === 'get' ? '' : ' and the X-CSRF-Token header'}.`,
              'x-required-role': r.role,
              security: [{ session: [], csrf: [] }],
            }
          : {}),
        parameters: [
          ...(r.pathParams ?? []).map((name) => ({
            name,
            in: 'path',
            required: true,
            schema: { type: 'string' },
          })),
          ...queryParameters(r.query),
        ],
        ...(r.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
              },
            }
          : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rare-earth graph API',
      version: '0.1.0',
      description:
        'A knowledge graph of the 2025 India–China rare-earth-magnet trade. Every graph and event endpoint accepts asOf (YYYY-MM-DD) and clock (happened|reported).',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'reg_session',
          description: 'Set by POST /api/auth/login (HttpOnly, SameSite=Strict)',
        },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token',
          description: "The session's token from GET /api/session, on every write",
        },
      },
    },
  };
}
