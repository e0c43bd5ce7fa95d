// 70_figures.cypher — Figures: one node per number in the reports; MEASURES and ATTRIBUTED_TO.
// Seed data of the India–China rare-earth-magnet graph (see seed/README.md).
// Runs in one transaction with the other seed files, in filename order, after cypher/schema.cypher.
// Idempotent: nodes are MERGEd on id, relationships MERGEd between matched endpoints, then SET.

// ---- Figure ------------------------------------------------------

MERGE (n:Figure {id: 'fig:001-china-share-global-production-70'})
SET n += {
  name: 'China\'s share of global rare earth production: around 70% (001)',
  aliases: [],
  description: 'Business Today (001) gives China about 70 per cent of global rare-earth production, in a sentence about mining.',
  value: 70,
  unit: 'percent',
  valueText: 'around 70 per cent',
  qualifier: 'around',
  measure: 'share of global rare earth production (stated as dominance in mining)',
  quantity: 'china-share-global-rare-earth-production',
  topic: 'china-share-global-rare-earths'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'accounting for around 70 per cent of global production', paragraph: 9, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:003-china-share-global-mining-70'})
SET n += {
  name: 'China\'s share of worldwide rare earth mining: roughly 70% (003)',
  aliases: [],
  description: 'Report 003 gives China roughly 70 per cent of worldwide rare-earth mining.',
  value: 70,
  unit: 'percent',
  valueText: 'roughly 70 per cent',
  qualifier: 'around',
  measure: 'share of global rare earth mining',
  quantity: 'china-share-global-rare-earth-mining',
  topic: 'china-share-global-rare-earths'
}
WITH n
UNWIND [
  {src: 'src:003', props: {quote: 'accounting for roughly 70 per cent of worldwide rare earth mining', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:002-iea-china-share-mining-60'})
SET n += {
  name: 'China\'s share of global REE mining: over 60% (IEA, 002)',
  aliases: [],
  description: 'Per the International Energy Agency as cited in 002, China accounts for over 60 per cent of global rare-earth mining.',
  value: 60,
  unit: 'percent',
  valueText: 'over 60%',
  qualifier: 'over',
  measure: 'share of global rare earth mining',
  quantity: 'china-share-global-rare-earth-mining',
  topic: 'china-share-global-rare-earths'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'accounting for over 60% of global REE mining', paragraph: 13, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:002-iea-china-share-processing-90'})
SET n += {
  name: 'China\'s share of global REE processing: more than 90% (IEA, 002)',
  aliases: [],
  description: 'Per the International Energy Agency as cited in 002, China handles more than 90 per cent of rare-earth processing.',
  value: 90,
  unit: 'percent',
  valueText: 'more than 90%',
  qualifier: 'more than',
  measure: 'share of global rare earth processing',
  quantity: 'china-share-global-rare-earth-processing',
  topic: 'china-share-global-rare-earths'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'more than 90% of processing', paragraph: 13, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:004-china-share-global-production-90'})
SET n += {
  name: 'China\'s share of global production: nearly 90% (004)',
  aliases: [],
  description: 'Report 004 says China controls nearly 90 per cent of global production, in a passage on rare earth magnets.',
  value: 90,
  unit: 'percent',
  valueText: 'nearly 90%',
  qualifier: 'nearly',
  measure: 'share of global rare earth (magnet) production',
  quantity: 'china-share-global-rare-earth-production',
  topic: 'china-share-global-rare-earths'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'With China controlling nearly 90% of global production', paragraph: 11, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:000-india-exports-china-apr-jul-2025'})
SET n += {
  name: 'India\'s exports to China, April–July 2025: $5.76 billion',
  aliases: [],
  description: 'Value of Indian exports to China in April–July 2025 per commerce ministry data.',
  value: 5.76,
  unit: 'USD billion',
  valueText: '$5.76 billion',
  qualifier: 'exact',
  measure: 'value of India\'s exports to China',
  topic: 'india-exports-to-china',
  periodStart: date('2025-04-01'),
  periodStartPrecision: 'month',
  periodStartInferred: false,
  periodEnd: date('2025-07-01'),
  periodEndPrecision: 'month',
  periodEndInferred: false,
  periodLabel: 'April–July 2025'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Exports to China rose 20% to $5.76 billion in April-July 2025', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:000-india-exports-china-apr-jul-2024'})
SET n += {
  name: 'India\'s exports to China, April–July 2024: $4.80 billion',
  aliases: [],
  description: 'Value of Indian exports to China a year earlier, April–July 2024.',
  value: 4.8,
  unit: 'USD billion',
  valueText: '$4.80 billion',
  qualifier: 'exact',
  measure: 'value of India\'s exports to China',
  topic: 'india-exports-to-china',
  periodStart: date('2024-04-01'),
  periodStartPrecision: 'month',
  periodStartInferred: true,
  periodStartInferredFrom: 'April-July "a year earlier" than April-July 2025 (000)',
  periodEnd: date('2024-07-01'),
  periodEndPrecision: 'month',
  periodEndInferred: true,
  periodEndInferredFrom: 'April-July "a year earlier" than April-July 2025 (000)',
  periodLabel: 'April–July 2024'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'up from $4.80 billion a year earlier', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:000-india-exports-china-growth-apr-jul-2025'})
SET n += {
  name: 'Growth of India\'s exports to China, April–July 2025: 20%',
  aliases: [],
  description: 'Year-on-year rise of Indian exports to China in April–July 2025.',
  value: 20,
  unit: 'percent',
  valueText: '20%',
  qualifier: 'exact',
  measure: 'year-on-year growth of India\'s exports to China',
  topic: 'india-exports-to-china-growth',
  periodStart: date('2025-04-01'),
  periodStartPrecision: 'month',
  periodStartInferred: false,
  periodEnd: date('2025-07-01'),
  periodEndPrecision: 'month',
  periodEndInferred: false,
  periodLabel: 'April–July 2025'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Exports to China rose 20%', note: '5.76 / 4.80 is a 20.0% rise, consistent with the printed figure', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:000-india-imports-china-apr-jul-2025'})
SET n += {
  name: 'India\'s imports from China, April–July 2025: $40.66 billion',
  aliases: [],
  description: 'Value of Indian imports from China in April–July 2025 per commerce ministry data.',
  value: 40.66,
  unit: 'USD billion',
  valueText: '$40.66 billion',
  qualifier: 'exact',
  measure: 'value of India\'s imports from China',
  topic: 'india-imports-from-china',
  periodStart: date('2025-04-01'),
  periodStartPrecision: 'month',
  periodStartInferred: false,
  periodEnd: date('2025-07-01'),
  periodEndPrecision: 'month',
  periodEndInferred: false,
  periodLabel: 'April–July 2025'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'imports climbed 13% over the same period from $35.96 billion to $40.66 billion', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:000-india-imports-china-apr-jul-2024'})
SET n += {
  name: 'India\'s imports from China, April–July 2024: $35.96 billion',
  aliases: [],
  description: 'Value of Indian imports from China a year earlier, April–July 2024.',
  value: 35.96,
  unit: 'USD billion',
  valueText: '$35.96 billion',
  qualifier: 'exact',
  measure: 'value of India\'s imports from China',
  topic: 'india-imports-from-china',
  periodStart: date('2024-04-01'),
  periodStartPrecision: 'month',
  periodStartInferred: true,
  periodStartInferredFrom: 'April-July "a year earlier" than April-July 2025 (000)',
  periodEnd: date('2024-07-01'),
  periodEndPrecision: 'month',
  periodEndInferred: true,
  periodEndInferredFrom: 'April-July "a year earlier" than April-July 2025 (000)',
  periodLabel: 'April–July 2024'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'imports climbed 13% over the same period from $35.96 billion', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:000-india-imports-china-growth-apr-jul-2025'})
SET n += {
  name: 'Growth of India\'s imports from China, April–July 2025: 13%',
  aliases: [],
  description: 'Year-on-year rise of Indian imports from China in April–July 2025.',
  value: 13,
  unit: 'percent',
  valueText: '13%',
  qualifier: 'exact',
  measure: 'year-on-year growth of India\'s imports from China',
  topic: 'india-imports-from-china-growth',
  periodStart: date('2025-04-01'),
  periodStartPrecision: 'month',
  periodStartInferred: false,
  periodEnd: date('2025-07-01'),
  periodEndPrecision: 'month',
  periodEndInferred: false,
  periodLabel: 'April–July 2025'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'imports climbed 13%', note: '40.66 / 35.96 is a 13.1% rise, consistent with the printed figure', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:004-india-magnet-imports-tonnes-apr-sep-2025'})
SET n += {
  name: 'India\'s rare-earth magnet imports, April–September 2025: 870 tonnes',
  aliases: [],
  description: 'Tonnage of rare earth magnets India imported between April and September 2025, per ET data.',
  value: 870,
  unit: 'tonnes',
  valueText: '870 tonnes',
  qualifier: 'exact',
  measure: 'volume of India\'s rare earth magnet imports',
  topic: 'india-rare-earth-magnet-imports',
  periodStart: date('2025-04-01'),
  periodStartPrecision: 'month',
  periodStartInferred: false,
  periodEnd: date('2025-09-01'),
  periodEndPrecision: 'month',
  periodEndInferred: false,
  periodLabel: 'April–September 2025'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Between April and September 2025, India imported 870 tonnes of rare earth magnets', paragraph: 9, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:004-india-magnet-imports-value-apr-sep-2025'})
SET n += {
  name: 'India\'s rare-earth magnet imports, April–September 2025: ₹306 crore',
  aliases: [],
  description: 'Value of rare earth magnets India imported between April and September 2025, per ET data.',
  value: 306,
  unit: 'INR crore',
  valueText: '₹306 crore',
  qualifier: 'exact',
  measure: 'value of India\'s rare earth magnet imports',
  topic: 'india-rare-earth-magnet-imports',
  periodStart: date('2025-04-01'),
  periodStartPrecision: 'month',
  periodStartInferred: false,
  periodEnd: date('2025-09-01'),
  periodEndPrecision: 'month',
  periodEndInferred: false,
  periodLabel: 'April–September 2025'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: '870 tonnes of rare earth magnets worth ₹306 crore', paragraph: 9, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:002-supply-disruption-two-months'})
SET n += {
  name: 'Duration of the supply disruption: two months (002)',
  aliases: [],
  description: 'Report 002 says the April curbs disrupted supplies for two months.',
  value: 2,
  unit: 'months',
  valueText: 'two months',
  qualifier: 'exact',
  measure: 'duration of the global rare-earth supply disruption',
  quantity: 'global-rare-earth-supply-disruption-duration',
  topic: 'rare-earth-supply-disruption-duration'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'The curbs disrupted supplies for two months', paragraph: 12, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:004-export-pause-six-months'})
SET n += {
  name: 'Duration of the pause in magnet exports to India: six months (004)',
  aliases: [],
  description: 'Report 004 speaks of a six-month pause in Chinese heavy-rare-earth-magnet exports to India.',
  value: 6,
  unit: 'months',
  valueText: 'six-month pause',
  qualifier: 'exact',
  measure: 'duration of the pause in magnet exports to India',
  quantity: 'india-magnet-export-pause-duration',
  topic: 'rare-earth-supply-disruption-duration'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'After a six-month pause', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:002-london-talks-two-days'})
SET n += {
  name: 'Length of the London talks: two days (002)',
  aliases: [],
  description: 'The US–China negotiations in London lasted two days.',
  value: 2,
  unit: 'days',
  valueText: 'two days',
  qualifier: 'exact',
  measure: 'duration of the US–China talks in London',
  topic: 'negotiation-duration'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'after two days of negotiations in London', paragraph: 15, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:002-seven-major-rare-earth-minerals'})
SET n += {
  name: 'Rare earth minerals under April licensing: seven (002)',
  aliases: [],
  description: 'Number of major rare earth minerals whose export the April 2025 controls made subject to licences.',
  value: 7,
  unit: 'count',
  valueText: 'seven major rare earth minerals',
  qualifier: 'exact',
  measure: 'number of rare earth minerals covered by the April 2025 controls',
  topic: 'rare-earth-controls-coverage'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'seven major rare earth minerals and magnets', paragraph: 10, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:004-four-indian-firms-licensed'})
SET n += {
  name: 'Indian firms granted licences: four (004)',
  aliases: [],
  description: 'Report 004 says four Indian firms received Chinese import licences.',
  value: 4,
  unit: 'companies',
  valueText: 'Four Indian firms',
  qualifier: 'exact',
  measure: 'number of Indian firms granted rare-earth magnet import licences',
  topic: 'india-licensed-firms'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Four Indian firms — Hitachi, Continental, Jay-Ushin, and DE Diamonds — have been granted import licences', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Figure {id: 'fig:strained-relations-four-years'})
SET n += {
  name: 'Strained India–China relations: more than four years (001, 003)',
  aliases: [],
  description: 'Both 001 and 003 say relations and border tensions were strained for more than four years, from the 2020 standoff to the 2024 disengagement.',
  value: 4,
  unit: 'years',
  valueText: 'more than four years',
  qualifier: 'more than',
  measure: 'duration of strained India–China relations and border tensions',
  topic: 'india-china-strained-relations-duration',
  periodStart: date('2020-05-01'),
  periodStartPrecision: 'month',
  periodStartInferred: true,
  periodStartInferredFrom: 'the standoff that "began in May 2020" (003)',
  periodEnd: date('2024-10-01'),
  periodEndPrecision: 'month',
  periodEndInferred: true,
  periodEndInferredFrom: 'the disengagement "completed in October last year" (003, a 2025 report)',
  periodLabel: 'May 2020 – October 2024'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'after more than four years of strained relations and border tensions', paragraph: 20, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'strained relations for more than four years', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- MEASURES ----------------------------------------------------

UNWIND [
  {from: 'fig:001-china-share-global-production-70', to: 'country:china', props: {sources: ['src:001'], quote: 'accounting for around 70 per cent of global production', quoteSource: 'src:001', paragraph: 9, basis: 'stated'}},
  {from: 'fig:001-china-share-global-production-70', to: 'commodity:rare-earth-elements', props: {sources: ['src:001'], quote: 'accounting for around 70 per cent of global production', quoteSource: 'src:001', paragraph: 9, basis: 'stated'}},
  {from: 'fig:003-china-share-global-mining-70', to: 'country:china', props: {sources: ['src:003'], quote: 'accounting for roughly 70 per cent of worldwide rare earth mining', quoteSource: 'src:003', paragraph: 4, basis: 'stated'}},
  {from: 'fig:003-china-share-global-mining-70', to: 'commodity:rare-earth-elements', props: {sources: ['src:003'], quote: 'accounting for roughly 70 per cent of worldwide rare earth mining', quoteSource: 'src:003', paragraph: 4, basis: 'stated'}},
  {from: 'fig:002-iea-china-share-mining-60', to: 'country:china', props: {sources: ['src:002'], quote: 'accounting for over 60% of global REE mining', quoteSource: 'src:002', paragraph: 13, basis: 'stated'}},
  {from: 'fig:002-iea-china-share-mining-60', to: 'commodity:rare-earth-elements', props: {sources: ['src:002'], quote: 'accounting for over 60% of global REE mining', quoteSource: 'src:002', paragraph: 13, basis: 'stated'}},
  {from: 'fig:002-iea-china-share-processing-90', to: 'country:china', props: {sources: ['src:002'], quote: 'more than 90% of processing', quoteSource: 'src:002', paragraph: 13, basis: 'stated'}},
  {from: 'fig:002-iea-china-share-processing-90', to: 'commodity:rare-earth-elements', props: {sources: ['src:002'], quote: 'more than 90% of processing', quoteSource: 'src:002', paragraph: 13, basis: 'stated'}},
  {from: 'fig:004-china-share-global-production-90', to: 'country:china', props: {sources: ['src:004'], quote: 'With China controlling nearly 90% of global production', quoteSource: 'src:004', paragraph: 11, basis: 'stated'}},
  {from: 'fig:004-china-share-global-production-90', to: 'commodity:rare-earth-magnets', props: {sources: ['src:004'], quote: 'With China controlling nearly 90% of global production', quoteSource: 'src:004', paragraph: 11, basis: 'inferred', note: 'the paragraph is about rare earth magnets; what "global production" counts is not said'}},
  {from: 'fig:000-india-exports-china-apr-jul-2025', to: 'event:2025-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], quote: 'Exports to China rose 20% to $5.76 billion in April-July 2025', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-exports-china-apr-jul-2024', to: 'event:2024-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], quote: 'up from $4.80 billion a year earlier', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-exports-china-growth-apr-jul-2025', to: 'event:2025-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], quote: 'Exports to China rose 20%', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-imports-china-apr-jul-2025', to: 'event:2025-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], quote: 'imports climbed 13% over the same period from $35.96 billion to $40.66 billion', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-imports-china-apr-jul-2024', to: 'event:2024-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], quote: 'imports climbed 13% over the same period from $35.96 billion to $40.66 billion', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-imports-china-growth-apr-jul-2025', to: 'event:2025-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], quote: 'imports climbed 13%', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:004-india-magnet-imports-tonnes-apr-sep-2025', to: 'event:2025-04-india-rare-earth-magnet-imports-apr-sep', props: {sources: ['src:004'], quote: 'India imported 870 tonnes of rare earth magnets', quoteSource: 'src:004', paragraph: 9, basis: 'stated'}},
  {from: 'fig:004-india-magnet-imports-value-apr-sep-2025', to: 'event:2025-04-india-rare-earth-magnet-imports-apr-sep', props: {sources: ['src:004'], quote: 'rare earth magnets worth ₹306 crore', quoteSource: 'src:004', paragraph: 9, basis: 'stated'}},
  {from: 'fig:002-supply-disruption-two-months', to: 'event:2025-04-global-rare-earth-supply-disruption', props: {sources: ['src:002'], quote: 'The curbs disrupted supplies for two months', quoteSource: 'src:002', paragraph: 12, basis: 'stated'}},
  {from: 'fig:004-export-pause-six-months', to: 'event:2025-04-magnet-export-pause-india', props: {sources: ['src:004'], quote: 'After a six-month pause', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'fig:002-london-talks-two-days', to: 'event:2025-06-us-china-london-talks', props: {sources: ['src:002'], quote: 'two days of negotiations in London', quoteSource: 'src:002', paragraph: 15, basis: 'stated'}},
  {from: 'fig:002-seven-major-rare-earth-minerals', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:002'], quote: 'seven major rare earth minerals and magnets', quoteSource: 'src:002', paragraph: 10, basis: 'stated'}},
  {from: 'fig:002-seven-major-rare-earth-minerals', to: 'commodity:seven-major-rare-earth-minerals', props: {sources: ['src:002'], quote: 'seven major rare earth minerals and magnets', quoteSource: 'src:002', paragraph: 10, basis: 'stated'}},
  {from: 'fig:004-four-indian-firms-licensed', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:004'], quote: 'Four Indian firms', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}},
  {from: 'fig:strained-relations-four-years', to: 'event:2020-05-eastern-ladakh-standoff', props: {sources: ['src:001', 'src:003'], quote: 'strained relations for more than four years', quoteSource: 'src:003', paragraph: 3, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:MEASURES]->(b)
SET r += row.props;

// ---- ATTRIBUTED_TO -----------------------------------------------

UNWIND [
  {from: 'fig:002-iea-china-share-mining-60', to: 'org:iea', props: {sources: ['src:002'], quote: 'According to the International Energy Agency', quoteSource: 'src:002', paragraph: 13, basis: 'stated'}},
  {from: 'fig:002-iea-china-share-processing-90', to: 'org:iea', props: {sources: ['src:002'], quote: 'According to the International Energy Agency', quoteSource: 'src:002', paragraph: 13, basis: 'stated'}},
  {from: 'fig:000-india-exports-china-apr-jul-2025', to: 'org:commerce-ministry-india', props: {sources: ['src:000'], quote: 'commerce ministry data show', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-exports-china-apr-jul-2024', to: 'org:commerce-ministry-india', props: {sources: ['src:000'], quote: 'commerce ministry data show', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-exports-china-growth-apr-jul-2025', to: 'org:commerce-ministry-india', props: {sources: ['src:000'], quote: 'commerce ministry data show', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-imports-china-apr-jul-2025', to: 'org:commerce-ministry-india', props: {sources: ['src:000'], quote: 'commerce ministry data show', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-imports-china-apr-jul-2024', to: 'org:commerce-ministry-india', props: {sources: ['src:000'], quote: 'commerce ministry data show', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:000-india-imports-china-growth-apr-jul-2025', to: 'org:commerce-ministry-india', props: {sources: ['src:000'], quote: 'commerce ministry data show', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'fig:004-india-magnet-imports-tonnes-apr-sep-2025', to: 'outlet:economic-times', props: {sources: ['src:004'], quote: 'according to ET data', quoteSource: 'src:004', paragraph: 9, basis: 'stated'}},
  {from: 'fig:004-india-magnet-imports-value-apr-sep-2025', to: 'outlet:economic-times', props: {sources: ['src:004'], quote: 'according to ET data', quoteSource: 'src:004', paragraph: 9, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:ATTRIBUTED_TO]->(b)
SET r += row.props;
