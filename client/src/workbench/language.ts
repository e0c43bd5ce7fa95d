// The workbench's side of the language worker: one request at a time per
// kind, answered by promise. The worker (and Neo4j's language service in it)
// is created on the first request, so the explorer's first paint never pays.
import type {
  LanguageCompletion,
  LanguageDiagnostic,
  LanguageRequest,
  LanguageResult,
  LanguageSchema,
  LanguageSignature,
  LanguageToken,
  WorkerResponse,
} from './protocol.js';

export interface LanguageService {
  lint(query: string, schema: LanguageSchema): Promise<LanguageDiagnostic[]>;
  complete(
    query: string,
    offset: number,
    manual: boolean,
    schema: LanguageSchema,
  ): Promise<LanguageCompletion[]>;
  format(query: string): Promise<string>;
  signature(
    query: string,
    offset: number,
    schema: LanguageSchema,
  ): Promise<LanguageSignature | undefined>;
  colour(query: string): Promise<LanguageToken[]>;
}

export function languageService(
  spawn: () => Worker = () =>
    new Worker(new URL('./language-worker.ts', import.meta.url), { type: 'module' }),
): LanguageService {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { ok: (r: LanguageResult) => void; fail: (e: Error) => void }>();

  function ask(request: LanguageRequest): Promise<LanguageResult> {
    if (!worker) {
      worker = spawn();
      worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
        const w = waiting.get(ev.data.id);
        waiting.delete(ev.data.id);
        if ('error' in ev.data) w?.fail(new Error(ev.data.error));
        else w?.ok(ev.data.result);
      };
    }
    const id = ++next;
    const promise = new Promise<LanguageResult>((ok, fail) => waiting.set(id, { ok, fail }));
    worker.postMessage({ id, request });
    return promise;
  }

  return {
    async lint(query, schema) {
      const r = await ask({ kind: 'lint', query, schema });
      return r.kind === 'lint' ? r.diagnostics : [];
    },
    async complete(query, offset, manual, schema) {
      const r = await ask({ kind: 'complete', query, offset, manual, schema });
      return r.kind === 'complete' ? r.completions : [];
    },
    async format(query) {
      const r = await ask({ kind: 'format', query });
      return r.kind === 'format' ? r.text : query;
    },
    async signature(query, offset, schema) {
      const r = await ask({ kind: 'signature', query, offset, schema });
      return r.kind === 'signature' ? r.signature : undefined;
    },
    async colour(query) {
      const r = await ask({ kind: 'colour', query });
      return r.kind === 'colour' ? r.tokens : [];
    },
  };
}
