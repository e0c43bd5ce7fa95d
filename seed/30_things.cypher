// 30_things.cypher — Commodities and sectors: what is traded and where it is used; PART_OF, USED_IN, SUPPLIES, EXPORTS_TO, DEPENDS_ON.
// Seed data of the India–China rare-earth-magnet graph (see seed/README.md).
// Runs in one transaction with the other seed files, in filename order, after cypher/schema.cypher.
// Idempotent: nodes are MERGEd on id, relationships MERGEd between matched endpoints, then SET.

// ---- Commodity ---------------------------------------------------

MERGE (n:Commodity {id: 'commodity:rare-earth-elements'})
SET n += {
  name: 'Rare earth elements',
  aliases: ['REE', 'REEs', 'rare earths', 'rare earth minerals', 'rare earth materials'],
  description: 'Rare earth elements (REE): a group of metals mined and refined mostly in China and used in magnets, batteries and electronics.'
}
WITH n
UNWIND ['src:000', 'src:001', 'src:002', 'src:003', 'src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:medium-heavy-rare-earths'})
SET n += {
  name: 'Medium and heavy rare earths',
  aliases: ['medium and heavy rare earth materials', 'heavy rare earths'],
  description: 'The heavier rare-earth elements whose export China placed under licensing on 4 April 2025.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:seven-major-rare-earth-minerals'})
SET n += {
  name: 'Seven major rare earth minerals',
  aliases: ['seven rare earth elements'],
  description: 'The seven rare-earth minerals whose export China made subject to licences in April 2025.'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:rare-earth-magnets'})
SET n += {
  name: 'Rare earth magnets',
  aliases: ['REE magnets', 'rare-earth magnets', 'rare earth-based components', 'magnets'],
  description: 'Permanent magnets made with rare-earth elements, used in vehicle motors, wind turbines, electronics and defence systems.'
}
WITH n
UNWIND ['src:000', 'src:001', 'src:002', 'src:003', 'src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:heavy-rare-earth-magnets'})
SET n += {
  name: 'Heavy rare earth magnets',
  aliases: ['heavy REE magnets'],
  description: 'Magnets containing heavy rare-earth elements, whose exports to India China resumed in October 2025 after a six-month pause.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:critical-minerals'})
SET n += {
  name: 'Critical minerals',
  aliases: ['minerals', 'critical mineral supply chains'],
  description: 'Minerals essential to electric vehicles, renewable energy and defence, rare earths among them.'
}
WITH n
UNWIND ['src:000', 'src:001', 'src:003', 'src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:fertilisers'})
SET n += {
  name: 'Fertilisers',
  aliases: ['fertilizers', 'fertiliser'],
  description: 'Agricultural fertilisers, of which China was a major supplier to India until 2023 before halting exports.'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:rare-earth-processing-technology'})
SET n += {
  name: 'Rare-earth processing technology and equipment',
  aliases: ['rare earth technology', 'rare earth processing equipment'],
  description: 'Know-how and machinery to process rare earths, whose export China restricted in October 2025.'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:lithium-battery-technology'})
SET n += {
  name: 'Lithium-battery technology and equipment',
  aliases: ['lithium batteries', 'battery production technology', 'battery production equipment'],
  description: 'Technology and equipment for producing lithium batteries, placed under Chinese export restrictions in October 2025.'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:superhard-materials'})
SET n += {
  name: 'Superhard materials',
  aliases: ['super-hard materials'],
  description: 'Very hard industrial materials (such as synthetic diamond) that China added to its export restrictions in October 2025.'
}
WITH n
UNWIND ['src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Commodity {id: 'commodity:dual-use-materials'})
SET n += {
  name: 'Dual-use materials',
  aliases: ['dual-use items'],
  description: 'Materials with both civilian and military uses, whose export China\'s April 2025 controls aimed to regulate.'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Sector ------------------------------------------------------

MERGE (n:Sector {id: 'sector:electric-vehicles'})
SET n += {
  name: 'Electric vehicles',
  aliases: ['EV', 'EVs', 'electric mobility', 'EV motors'],
  description: 'Industry making battery-electric and hybrid vehicles, whose motors need rare earth magnets.'
}
WITH n
UNWIND ['src:000', 'src:001', 'src:002', 'src:003', 'src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:renewable-energy'})
SET n += {
  name: 'Renewable energy',
  aliases: ['green energy', 'green industries', 'renewable energy systems'],
  description: 'Clean-energy industries (green industries) that rely on critical minerals and magnets.'
}
WITH n
UNWIND ['src:000', 'src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:wind-energy'})
SET n += {
  name: 'Wind energy',
  aliases: ['wind turbines'],
  description: 'Wind-turbine manufacturing, which uses rare earth magnets.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:defence'})
SET n += {
  name: 'Defence',
  aliases: ['defense', 'defence systems', 'military', 'weapons'],
  description: 'Military and defence industry, an end use China\'s licence conditions exclude.'
}
WITH n
UNWIND ['src:000', 'src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:automobiles'})
SET n += {
  name: 'Automobiles and auto components',
  aliases: ['auto', 'automotive', 'auto components', 'auto industry', 'hybrid vehicles', 'internal combustion vehicles'],
  description: 'Vehicle and vehicle-parts manufacturing, heavily exposed to the magnet supply disruption.'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:semiconductors'})
SET n += {
  name: 'Semiconductors',
  aliases: ['chips'],
  description: 'Chip industry named as a user of rare earth magnets.'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:drones'})
SET n += {
  name: 'Drones',
  aliases: ['UAVs'],
  description: 'Unmanned aircraft manufacturing, which needs rare earths.'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:battery-storage'})
SET n += {
  name: 'Battery storage',
  aliases: ['advanced battery systems', 'batteries'],
  description: 'Battery and energy-storage systems that use rare earth minerals.'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:consumer-electronics'})
SET n += {
  name: 'Consumer electronics',
  aliases: [],
  description: 'Electronics for consumers, one of the sectors relieved by resumed magnet exports.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:aerospace'})
SET n += {
  name: 'Aerospace',
  aliases: ['aerospace technology'],
  description: 'Aerospace technology, which uses rare earth magnets.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Sector {id: 'sector:high-technology'})
SET n += {
  name: 'High-technology manufacturing',
  aliases: ['high-tech products', 'high-technology sectors'],
  description: 'High-tech products and sectors in general that depend on rare earths.'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- PART_OF -----------------------------------------------------

UNWIND [
  {from: 'commodity:medium-heavy-rare-earths', to: 'commodity:rare-earth-elements', props: {sources: ['src:004'], note: 'category membership'}},
  {from: 'commodity:seven-major-rare-earth-minerals', to: 'commodity:rare-earth-elements', props: {sources: ['src:002'], note: 'category membership'}},
  {from: 'commodity:heavy-rare-earth-magnets', to: 'commodity:rare-earth-magnets', props: {sources: ['src:004'], note: 'category membership'}},
  {from: 'commodity:rare-earth-elements', to: 'commodity:critical-minerals', props: {sources: ['src:000', 'src:001'], note: 'category membership'}},
  {from: 'sector:wind-energy', to: 'sector:renewable-energy', props: {sources: ['src:004'], note: 'category membership'}},
  {from: 'sector:electric-vehicles', to: 'sector:automobiles', props: {sources: ['src:002'], note: 'category membership'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;

// ---- USED_IN -----------------------------------------------------

UNWIND [
  {from: 'commodity:critical-minerals', to: 'sector:electric-vehicles', props: {sources: ['src:000']}},
  {from: 'commodity:critical-minerals', to: 'sector:renewable-energy', props: {sources: ['src:000']}},
  {from: 'commodity:critical-minerals', to: 'sector:defence', props: {sources: ['src:000']}},
  {from: 'commodity:rare-earth-elements', to: 'sector:electric-vehicles', props: {sources: ['src:001', 'src:003']}},
  {from: 'commodity:rare-earth-elements', to: 'sector:battery-storage', props: {sources: ['src:001', 'src:003']}},
  {from: 'commodity:rare-earth-elements', to: 'sector:drones', props: {sources: ['src:001', 'src:003']}},
  {from: 'commodity:rare-earth-elements', to: 'sector:high-technology', props: {sources: ['src:001', 'src:003']}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:automobiles', props: {sources: ['src:002']}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:semiconductors', props: {sources: ['src:002']}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:electric-vehicles', props: {sources: ['src:000', 'src:004']}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:renewable-energy', props: {sources: ['src:000', 'src:004']}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:wind-energy', props: {sources: ['src:004']}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:aerospace', props: {sources: ['src:004']}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:defence', props: {sources: ['src:004']}},
  {from: 'commodity:heavy-rare-earth-magnets', to: 'sector:electric-vehicles', props: {sources: ['src:004']}},
  {from: 'commodity:heavy-rare-earth-magnets', to: 'sector:renewable-energy', props: {sources: ['src:004']}},
  {from: 'commodity:heavy-rare-earth-magnets', to: 'sector:consumer-electronics', props: {sources: ['src:004']}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:USED_IN]->(b)
SET r += row.props;

// ---- SUPPLIES ----------------------------------------------------

UNWIND [
  {from: 'country:china', to: 'commodity:rare-earth-elements', props: {sources: ['src:000', 'src:001', 'src:002', 'src:003', 'src:004'], role: 'dominant global supplier', note: '000 calls China the biggest global supplier, the others its dominant position in mining, processing or production'}},
  {from: 'country:china', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000', 'src:001', 'src:003', 'src:004'], role: 'main supplier to India'}},
  {from: 'country:china', to: 'commodity:fertilisers', props: {sources: ['src:003'], role: 'major supplier to India', validUntil: date('2023-12-31'), validUntilPrecision: 'year', note: '"Until 2023" (003)'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:SUPPLIES]->(b)
SET r += row.props;

// ---- EXPORTS_TO --------------------------------------------------

UNWIND [
  {from: 'country:china', to: 'country:india', props: {sources: ['src:000', 'src:001', 'src:003', 'src:004'], commodities: ['rare earth magnets', 'rare earths', 'fertilisers (until 2023)'], note: 'India imports from China worth USD 40.66 billion in April–July 2025 (000)'}},
  {from: 'country:india', to: 'country:china', props: {sources: ['src:000'], note: 'India exports to China worth USD 5.76 billion in April–July 2025 (000)'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:EXPORTS_TO]->(b)
SET r += row.props;

// ---- DEPENDS_ON --------------------------------------------------

UNWIND [
  {from: 'country:india', to: 'commodity:rare-earth-elements', props: {sources: ['src:001', 'src:003', 'src:004'], note: 'India relies on imports to meet domestic demand'}},
  {from: 'country:india', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000', 'src:002', 'src:004'], note: 'Indian EV, green-energy and auto makers depend on magnet imports from China'}},
  {from: 'org:indian-auto-industry', to: 'commodity:rare-earth-magnets', props: {sources: ['src:002'], note: 'high-end electric, hybrid and combustion vehicles rely on rare-earth-based components'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:DEPENDS_ON]->(b)
SET r += row.props;
