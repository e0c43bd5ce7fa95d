import { Health } from '../../contract/index.js';

async function showHealth(target: HTMLElement): Promise<void> {
  try {
    const response = await fetch('/api/health');
    const health = Health.parse(await response.json());
    target.textContent = health.neo4j.connected
      ? `Neo4j ${health.neo4j.version ?? ''} connected · ${health.counts?.nodes ?? 0} nodes, ${health.counts?.relationships ?? 0} relationships`
      : 'The graph database is not reachable right now; retrying…';
  } catch {
    target.textContent = 'The server is not reachable right now; retrying…';
  }
}

const status = document.getElementById('status');
if (status) void showHealth(status);
