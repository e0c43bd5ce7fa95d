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
UNWIND [
  {src: 'src:000', props: {quote: 'rare earth', paragraph: 1, basis: 'stated'}},
  {src: 'src:001', props: {quote: 'rare earth minerals', paragraph: 18, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'rare earth minerals', paragraph: 10, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'rare earths', paragraph: 5, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'rare earth materials', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:medium-heavy-rare-earths'})
SET n += {
  name: 'Medium and heavy rare earths',
  aliases: ['medium and heavy rare earth materials', 'heavy rare earths'],
  description: 'The heavier rare-earth elements whose export China placed under licensing on 4 April 2025.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'medium and heavy rare earth materials', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:seven-major-rare-earth-minerals'})
SET n += {
  name: 'Seven major rare earth minerals',
  aliases: ['seven rare earth elements'],
  description: 'The seven rare-earth minerals whose export China made subject to licences in April 2025.'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'seven major rare earth minerals', paragraph: 10, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:rare-earth-magnets'})
SET n += {
  name: 'Rare earth magnets',
  aliases: ['REE magnets', 'rare-earth magnets', 'rare earth-based components', 'magnets'],
  description: 'Permanent magnets made with rare-earth elements, used in vehicle motors, wind turbines, electronics and defence systems.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'rare earth magnets', paragraph: 1, basis: 'stated'}},
  {src: 'src:001', props: {quote: 'rare earth magnets', paragraph: 1, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'rare earth-based components', paragraph: 14, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'rare earth magnets', paragraph: 1, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'rare earth magnets', paragraph: 1, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:heavy-rare-earth-magnets'})
SET n += {
  name: 'Heavy rare earth magnets',
  aliases: ['heavy REE magnets'],
  description: 'Magnets containing heavy rare-earth elements, whose exports to India China resumed in October 2025 after a six-month pause.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'heavy rare earth magnets', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:critical-minerals'})
SET n += {
  name: 'Critical minerals',
  aliases: ['minerals', 'critical mineral supply chains'],
  description: 'Minerals essential to electric vehicles, renewable energy and defence, rare earths among them.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'critical minerals', paragraph: 1, basis: 'stated'}},
  {src: 'src:001', props: {quote: 'critical mineral supply chains', paragraph: 15, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'critical minerals', paragraph: 4, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'critical minerals', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:fertilisers'})
SET n += {
  name: 'Fertilisers',
  aliases: ['fertilizers', 'fertiliser'],
  description: 'Agricultural fertilisers, of which China was a major supplier to India until 2023 before halting exports.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'fertiliser', paragraph: 3, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'fertilisers', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:rare-earth-processing-technology'})
SET n += {
  name: 'Rare-earth processing technology and equipment',
  aliases: ['rare earth technology', 'rare earth processing equipment'],
  description: 'Know-how and machinery to process rare earths, whose export China recently restricted (001, 003).'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'technology and equipment related to rare earth processing', paragraph: 15, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'technologies and equipment related to rare earths', paragraph: 5, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:lithium-battery-technology'})
SET n += {
  name: 'Lithium-battery technology and equipment',
  aliases: ['lithium batteries', 'battery production technology', 'battery production equipment'],
  description: 'Technology and equipment for producing lithium batteries, recently placed under Chinese export restrictions (001, 003).'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'battery production', paragraph: 15, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'lithium batteries', paragraph: 5, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:superhard-materials'})
SET n += {
  name: 'Superhard materials',
  aliases: ['super-hard materials'],
  description: 'Very hard industrial materials whose technology and equipment China recently put under export controls (003).'
}
WITH n
UNWIND [
  {src: 'src:003', props: {quote: 'superhard materials', paragraph: 5, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Commodity {id: 'commodity:dual-use-materials'})
SET n += {
  name: 'Dual-use materials',
  aliases: ['dual-use items'],
  description: 'Materials with both civilian and military uses, whose export China\'s April 2025 controls aimed to regulate.'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'dual-use materials', paragraph: 11, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Sector ------------------------------------------------------

MERGE (n:Sector {id: 'sector:electric-vehicles'})
SET n += {
  name: 'Electric vehicles',
  aliases: ['EV', 'EVs', 'electric mobility', 'EV motors'],
  description: 'Industry making battery-electric and hybrid vehicles, whose motors need rare earth magnets.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'electric vehicles', paragraph: 1, basis: 'stated'}},
  {src: 'src:001', props: {quote: 'electric vehicles', paragraph: 9, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'high-end electric, hybrid, and internal combustion vehicles', paragraph: 14, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'electric vehicles', paragraph: 4, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'electric vehicles', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:renewable-energy'})
SET n += {
  name: 'Renewable energy',
  aliases: ['green energy', 'green industries', 'renewable energy systems'],
  description: 'Clean-energy industries (green industries) that rely on critical minerals and magnets.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'renewable energy systems', paragraph: 1, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'renewable energy', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:wind-energy'})
SET n += {
  name: 'Wind energy',
  aliases: ['wind turbines'],
  description: 'Wind-turbine manufacturing, which uses rare earth magnets.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'wind turbines', paragraph: 11, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:defence'})
SET n += {
  name: 'Defence',
  aliases: ['defense', 'defence systems', 'military', 'weapons'],
  description: 'Military and defence industry, an end use China\'s licence conditions exclude.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'defence', paragraph: 1, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'defence systems', paragraph: 11, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:automobiles'})
SET n += {
  name: 'Automobiles and auto components',
  aliases: ['auto', 'automotive', 'auto components', 'auto industry', 'hybrid vehicles', 'internal combustion vehicles'],
  description: 'Vehicle and vehicle-parts manufacturing, heavily exposed to the magnet supply disruption.'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'automobiles', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:semiconductors'})
SET n += {
  name: 'Semiconductors',
  aliases: ['chips'],
  description: 'Chip industry named as a user of rare earth magnets.'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'semiconductors', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:drones'})
SET n += {
  name: 'Drones',
  aliases: ['UAVs'],
  description: 'Unmanned aircraft manufacturing, which needs rare earths.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'drones', paragraph: 18, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'drones', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:battery-storage'})
SET n += {
  name: 'Battery storage',
  aliases: ['advanced battery systems', 'batteries'],
  description: 'Battery and energy-storage systems that use rare earth minerals.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'advanced battery systems', paragraph: 18, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'battery storage', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:consumer-electronics'})
SET n += {
  name: 'Consumer electronics',
  aliases: [],
  description: 'Electronics for consumers, one of the sectors relieved by resumed magnet exports.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'consumer electronics', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:aerospace'})
SET n += {
  name: 'Aerospace',
  aliases: ['aerospace technology'],
  description: 'Aerospace technology, which uses rare earth magnets.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'aerospace technology', paragraph: 11, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:high-technology'})
SET n += {
  name: 'High-technology manufacturing',
  aliases: ['high-tech products', 'high-technology sectors'],
  description: 'High-tech products and sectors in general that depend on rare earths.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'high-tech products', paragraph: 18, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'high-technology sectors', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Sector {id: 'sector:strategic-industries'})
SET n += {
  name: 'Strategic industries worldwide',
  aliases: ['strategic industries'],
  description: 'Industries whose supply security, per report 000, became a wider concern after Beijing\'s restrictions.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'heightened concerns over supply security in strategic industries worldwide', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- PART_OF -----------------------------------------------------

UNWIND [
  {from: 'commodity:medium-heavy-rare-earths', to: 'commodity:rare-earth-elements', props: {sources: ['src:004'], quote: 'medium and heavy rare earth materials', quoteSource: 'src:004', paragraph: 8, basis: 'inferred', note: 'membership read from the words: medium and heavy rare earths are rare earths'}},
  {from: 'commodity:seven-major-rare-earth-minerals', to: 'commodity:rare-earth-elements', props: {sources: ['src:002'], quote: 'seven major rare earth minerals', quoteSource: 'src:002', paragraph: 10, basis: 'inferred', note: 'membership read from the words'}},
  {from: 'commodity:heavy-rare-earth-magnets', to: 'commodity:rare-earth-magnets', props: {sources: ['src:004'], quote: 'heavy rare earth magnets', quoteSource: 'src:004', paragraph: 2, basis: 'inferred', note: 'membership read from the words'}},
  {from: 'commodity:rare-earth-elements', to: 'commodity:critical-minerals', props: {sources: ['src:000', 'src:001'], quote: 'export controls on critical minerals', quoteSource: 'src:000', paragraph: 1, basis: 'inferred', note: '000 calls the rare-earth controls controls "on critical minerals"; rare earths read as critical minerals'}},
  {from: 'sector:wind-energy', to: 'sector:renewable-energy', props: {sources: ['src:004'], basis: 'background', note: 'wind turbines counted as renewable energy: background knowledge'}},
  {from: 'sector:electric-vehicles', to: 'sector:automobiles', props: {sources: ['src:002'], quote: 'high-end electric, hybrid, and internal combustion vehicles', quoteSource: 'src:002', paragraph: 14, basis: 'inferred', note: '002 lists electric vehicles among the vehicles of the auto sector'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;

// ---- USED_IN -----------------------------------------------------

UNWIND [
  {from: 'commodity:critical-minerals', to: 'sector:electric-vehicles', props: {sources: ['src:000'], quote: 'essential for electric vehicles, renewable energy systems and defence applications', quoteSource: 'src:000', paragraph: 1, basis: 'stated'}},
  {from: 'commodity:critical-minerals', to: 'sector:renewable-energy', props: {sources: ['src:000'], quote: 'essential for electric vehicles, renewable energy systems and defence applications', quoteSource: 'src:000', paragraph: 1, basis: 'stated'}},
  {from: 'commodity:critical-minerals', to: 'sector:defence', props: {sources: ['src:000'], quote: 'essential for electric vehicles, renewable energy systems and defence applications', quoteSource: 'src:000', paragraph: 1, basis: 'stated'}},
  {from: 'commodity:rare-earth-elements', to: 'sector:electric-vehicles', props: {sources: ['src:001', 'src:003'], quote: 'critical for sectors such as electric vehicles and battery storage', quoteSource: 'src:001', paragraph: 9, basis: 'stated'}},
  {from: 'commodity:rare-earth-elements', to: 'sector:battery-storage', props: {sources: ['src:001', 'src:003'], quote: 'critical for sectors such as electric vehicles and battery storage', quoteSource: 'src:001', paragraph: 9, basis: 'stated'}},
  {from: 'commodity:rare-earth-elements', to: 'sector:drones', props: {sources: ['src:001', 'src:003'], quote: 'electric vehicles (EVs), drones, and battery storage', quoteSource: 'src:003', paragraph: 4, basis: 'stated'}},
  {from: 'commodity:rare-earth-elements', to: 'sector:high-technology', props: {sources: ['src:001', 'src:003'], quote: 'Rare earths are vital in the manufacture of high-tech products', quoteSource: 'src:001', paragraph: 18, basis: 'stated'}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:automobiles', props: {sources: ['src:002'], quote: 'a crucial input across sectors like automobiles and semiconductors', quoteSource: 'src:002', paragraph: 2, basis: 'stated'}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:semiconductors', props: {sources: ['src:002'], quote: 'a crucial input across sectors like automobiles and semiconductors', quoteSource: 'src:002', paragraph: 2, basis: 'stated'}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:electric-vehicles', props: {sources: ['src:000', 'src:004'], quote: 'essential components in EV motors, wind turbines, aerospace technology, and defence systems', quoteSource: 'src:004', paragraph: 11, basis: 'stated'}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:renewable-energy', props: {sources: ['src:000', 'src:004'], quote: 'India’s EV and green energy industries, in particular, depend heavily on a consistent magnet supply', quoteSource: 'src:004', paragraph: 11, basis: 'stated'}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:wind-energy', props: {sources: ['src:004'], quote: 'essential components in EV motors, wind turbines, aerospace technology, and defence systems', quoteSource: 'src:004', paragraph: 11, basis: 'stated'}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:aerospace', props: {sources: ['src:004'], quote: 'essential components in EV motors, wind turbines, aerospace technology, and defence systems', quoteSource: 'src:004', paragraph: 11, basis: 'stated'}},
  {from: 'commodity:rare-earth-magnets', to: 'sector:defence', props: {sources: ['src:004'], quote: 'essential components in EV motors, wind turbines, aerospace technology, and defence systems', quoteSource: 'src:004', paragraph: 11, basis: 'stated'}},
  {from: 'commodity:heavy-rare-earth-magnets', to: 'sector:electric-vehicles', props: {sources: ['src:004'], quote: 'bringing relief to sectors such as electric vehicles (EVs), renewable energy, and consumer electronics', quoteSource: 'src:004', paragraph: 2, basis: 'inferred', note: 'sectors relieved by the resumed heavy-magnet exports are read as users of those magnets'}},
  {from: 'commodity:heavy-rare-earth-magnets', to: 'sector:renewable-energy', props: {sources: ['src:004'], quote: 'bringing relief to sectors such as electric vehicles (EVs), renewable energy, and consumer electronics', quoteSource: 'src:004', paragraph: 2, basis: 'inferred', note: 'sectors relieved by the resumed heavy-magnet exports are read as users of those magnets'}},
  {from: 'commodity:heavy-rare-earth-magnets', to: 'sector:consumer-electronics', props: {sources: ['src:004'], quote: 'bringing relief to sectors such as electric vehicles (EVs), renewable energy, and consumer electronics', quoteSource: 'src:004', paragraph: 2, basis: 'inferred', note: 'sectors relieved by the resumed heavy-magnet exports are read as users of those magnets'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:USED_IN]->(b)
SET r += row.props;

// ---- SUPPLIES ----------------------------------------------------

UNWIND [
  {from: 'country:china', to: 'commodity:rare-earth-elements', props: {sources: ['src:000', 'src:001', 'src:002', 'src:003', 'src:004'], role: 'dominant global supplier', note: '000 calls China the biggest global supplier, the others its dominant position in mining, processing or production', quote: 'the biggest global supplier', quoteSource: 'src:000', paragraph: 7, basis: 'stated'}},
  {from: 'country:china', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000', 'src:001', 'src:003', 'src:004'], role: 'supplier (the reports: "the biggest global supplier", a "dominant position")', quote: 'licences for importing rare earth magnets from China', quoteSource: 'src:001', paragraph: 13, basis: 'stated'}},
  {from: 'country:china', to: 'commodity:fertilisers', props: {sources: ['src:003'], role: 'major supplier to India', validUntil: date('2023-01-01'), validUntilPrecision: 'year', validUntilInferred: false, note: '"Until 2023" (003)', quote: 'China was also a major supplier of fertilisers to India', quoteSource: 'src:003', paragraph: 6, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:SUPPLIES]->(b)
SET r += row.props;

// ---- EXPORTS_TO --------------------------------------------------

UNWIND [
  {from: 'country:china', to: 'country:india', props: {sources: ['src:000', 'src:001', 'src:003', 'src:004'], commodities: ['rare earth magnets', 'rare earths', 'fertilisers (until 2023)'], note: 'India imports from China worth USD 40.66 billion in April–July 2025 (000)', quote: 'imports climbed 13% over the same period from $35.96 billion to $40.66 billion', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'country:india', to: 'country:china', props: {sources: ['src:000'], note: 'India exports to China worth USD 5.76 billion in April–July 2025 (000)', quote: 'Exports to China rose 20% to $5.76 billion in April-July 2025', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:EXPORTS_TO]->(b)
SET r += row.props;

// ---- DEPENDS_ON --------------------------------------------------

UNWIND [
  {from: 'country:india', to: 'commodity:rare-earth-elements', props: {sources: ['src:001', 'src:003', 'src:004'], note: 'India relies on imports to meet domestic demand', quote: 'has long relied on imports to meet domestic demand', quoteSource: 'src:003', paragraph: 4, basis: 'stated'}},
  {from: 'country:india', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000', 'src:002', 'src:004'], note: 'Indian EV, green-energy and auto makers depend on magnet imports from China', quote: 'India’s EV and green energy industries, in particular, depend heavily on a consistent magnet supply', quoteSource: 'src:004', paragraph: 11, basis: 'stated'}},
  {from: 'org:indian-auto-industry', to: 'commodity:rare-earth-magnets', props: {sources: ['src:002'], note: 'high-end electric, hybrid and combustion vehicles rely on rare-earth-based components', quote: 'depending heavily on rare earth-based components', quoteSource: 'src:002', paragraph: 14, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:DEPENDS_ON]->(b)
SET r += row.props;

// Added by the audit: India seeks a steady supply of critical minerals (003).
UNWIND [
  {from: 'country:india', to: 'commodity:critical-minerals', props: {sources: ['src:003'], note: 'India seeks a steady supply of critical minerals for its economic expansion', quote: 'India, which has been seeking to secure a steady supply of critical minerals to support its economic expansion', quoteSource: 'src:003', paragraph: 4, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:DEPENDS_ON]->(b)
SET r += row.props;
