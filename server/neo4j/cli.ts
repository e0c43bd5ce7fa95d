// npm run neo4j: starts the project's local Neo4j on its own, for a look with
// other tools (cypher-shell, a driver script), and stops it on Ctrl+C.
import { readConfig } from '../config.js';
import { formatStartupError } from '../errors.js';
import { startLocalNeo4j } from './local-server.js';

async function main(): Promise<void> {
  const config = readConfig();
  const neo4j = await startLocalNeo4j({
    dataDir: config.neo4j.dataDir,
    port: config.neo4j.boltPort,
    txMemoryMb: config.neo4j.txMemoryMb,
    heapMb: config.neo4j.heapMb,
    log: (m) => console.log(m),
  });
  console.log(`\nBolt: ${neo4j.uri}  user: ${neo4j.username}`);
  console.log(`Password: in ${config.neo4j.dataDir}/neo4j-password (readable by you only).`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(formatStartupError(error));
  process.exit(1);
});
