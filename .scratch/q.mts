import neo4j from 'neo4j-driver';
const d = neo4j.driver(process.argv[2]!, neo4j.auth.basic('neo4j', ''));
const r = await d.executeQuery(process.argv[3]!);
console.log(JSON.stringify(r.records.map((x) => x.toObject())).slice(0, 2000));
await d.close();
