// 50_controls_licences.cypher — Export controls, their relaxations, the October 2025 licences and their conditions; IMPOSED, COVERS, AFFECTS, RELAXES, GRANTED_BY, GRANTED_TO, SUBJECT_TO.
// Seed data of the India–China rare-earth-magnet graph (see seed/README.md).
// Runs in one transaction with the other seed files, in filename order, after cypher/schema.cypher.
// Idempotent: nodes are MERGEd on id, relationships MERGEd between matched endpoints, then SET.

// ---- ExportControl -----------------------------------------------

MERGE (n:Event {id: 'event:2024-china-halts-fertiliser-mineral-exports'})
SET n:ExportControl, n += {
  name: 'China halts fertiliser and mineral exports (2024)',
  aliases: ['fertiliser export halt'],
  description: 'China stopped exports of fertilisers and minerals to several countries including India in 2024, making it harder for India to source rare earths.',
  date: date('2024-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: '"last year" (001 dated 2025-10-31, 003)',
  effectiveFrom: date('2024-01-01'),
  effectiveFromPrecision: 'year',
  effectiveFromInferred: true,
  effectiveFromInferredFrom: '"last year" (001 dated 2025-10-31, 003)',
  scope: 'Exports of fertilisers (001, 003) and minerals (001) to several countries, including India',
  statedReason: 'not stated in the reports'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'China halted fertiliser and mineral exports to several countries, including India, last year', paragraph: 3, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'halted exports to several countries last year', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-04-04-china-export-controls'})
SET n:ExportControl, n += {
  name: 'China export controls on medium and heavy rare earths (4 April 2025)',
  aliases: ['April 4 export controls', 'April rare earth export controls', 'rare earth curbs'],
  description: 'China required export licences for seven major rare earths and magnets (medium and heavy rare earths), with buyers barred from weapons use, citing national security after US tariff increases.',
  date: date('2025-04-04'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"On April 4" (004), "in April" (002): year taken from the reports\' 2025 context',
  effectiveFrom: date('2025-04-04'),
  effectiveFromPrecision: 'day',
  effectiveFromInferred: true,
  effectiveFromInferredFrom: '"On April 4" (004): year taken from the reports\' 2025 context',
  scope: 'Medium and heavy rare earth materials (004), seven major rare earth minerals and magnets (002): exports need a licence, and buyers must not use them for weapons',
  statedReason: 'National security (004). 002 calls it part of a retaliation against increased US tariffs aimed at regulating dual-use materials, 000 says it aimed partly at countering US tariffs.',
  requirement: 'Chinese exporters must obtain licences, ensuring buyers do not use the materials for weapons or related systems'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'On April 4, China imposed export controls on medium and heavy rare earth materials', paragraph: 8, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'In April, China’s ministry of commerce and the general administration of customs introduced new export controls', note: 'names MOFCOM and the customs administration as the authors of the April controls', paragraph: 10, basis: 'stated'}},
  {src: 'src:000', props: {quote: 'Beijing\'s recent tightening of export controls on critical minerals', paragraph: 1, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-china-rare-earth-technology-controls'})
SET n:ExportControl, n += {
  name: 'China tightens export controls on rare-earth, lithium-battery and superhard-material technology',
  aliases: ['technology export controls'],
  description: 'China\'s recent restrictions on exporting technology and equipment for rare-earth processing, lithium-battery production and superhard materials, tightening its grip on critical-mineral supply chains.',
  date: date('2025-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: '"Recently, China introduced new limitations" (001), "China\'s recent decision to tighten export controls" (003)',
  dateQualifier: 'shortly before 2025-10-30 ("recently"); the month is not reported',
  scope: 'Technology and equipment related to rare-earth processing, lithium batteries and battery production, and superhard materials',
  statedReason: 'not stated in the reports'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Recently, China introduced new limitations on the export of technology and equipment related to rare earth processing and battery production', paragraph: 15, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'China’s recent decision to tighten export controls on technologies and equipment related to rare earths, lithium batteries, and superhard materials', paragraph: 5, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Relaxation --------------------------------------------------

MERGE (n:Event {id: 'event:2025-06-china-relaxes-curbs-other-countries'})
SET n:Relaxation, n += {
  name: 'China relaxes export curbs for other countries, not India',
  aliases: [],
  description: 'In June Beijing eased the fertiliser and mineral export curbs of the year before for other nations (001, 003), but not for India. It is not a relaxation of the April 2025 rare-earth controls, which 001 and 003 do not mention.',
  date: date('2025-06-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"Beijing relaxed restrictions for other nations in June" (001), "Beijing lifted those curbs in June" (003)',
  dateNote: 'The reports do not give the year of this June. Read as June 2025 because it follows the 2024 halt and the April 2025 controls. 003 ties it to the fertiliser curbs, 001 to the fertiliser and mineral restrictions.',
  excludedCountries: ['India']
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Beijing relaxed restrictions for other nations in June', paragraph: 15, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Although Beijing lifted those curbs in June, India was not initially included in the relaxation', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- PolicyAction ------------------------------------------------

MERGE (n:Event {id: 'event:2025-china-verifies-indian-end-user-certificates'})
SET n:PolicyAction, n += {
  name: 'China verifies end-user certificates of Indian firms',
  aliases: ['EUC verification'],
  description: 'Chinese authorities checked the end-user certificates of the Indian buyers, so that the magnets serve domestic industry only, before approving the licences.',
  date: date('2025-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: 'before "the approvals were granted" (004), which the MEA confirmed on 30 October 2025',
  dateQualifier: 'on or before 2025-10-30',
  dateNote: 'The report gives no date for the verification, only that it came before the approvals.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'the approvals were granted after China verified end-user certificates (EUCs) from the Indian firms', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

UNWIND [
  {from: 'event:2025-china-verifies-indian-end-user-certificates', to: 'country:china', props: {sources: ['src:004'], role: 'verifier', quote: 'China verified end-user certificates (EUCs) from the Indian firms', quoteSource: 'src:004', paragraph: 3, basis: 'stated'}}
] AS row
MATCH (a {id: row.to})
MATCH (b {id: row.from})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

// ---- LicenceApproval ---------------------------------------------

MERGE (n:Event {id: 'event:2025-10-china-licences-indian-firms'})
SET n:LicenceApproval, n += {
  name: 'China grants rare-earth magnet import licences to Indian firms',
  aliases: ['October licences', 'rare earth magnet licences', 'import licences'],
  description: 'China approved licences for certain Indian companies (Hitachi, Continental, Jay-Ushin and DE Diamonds per 004) to import rare earth magnets after verifying end-user certificates, the first easing for India since April.',
  date: date('2025-10-30'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: 'confirmed by the MEA "on Thursday" (001, 003) and reported "this week" (004)',
  dateQualifier: 'on or before 2025-10-30',
  dateNote: 'The grant date is not reported. 30 October 2025, the day the MEA confirmed it, is the latest possible date.',
  licenceType: 'import licence',
  conditions: ['end-user certificates verified', 'no re-export to the United States', 'no military use', 'domestic industrial demand only'],
  recipientsNamed: ['Hitachi', 'Continental', 'Jay-Ushin', 'DE Diamonds'],
  volume: 'not disclosed (001: no details of recipients or volumes given by the MEA)'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'China has issued licences to certain Indian companies', paragraph: 9, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'China has approved import licences for certain Indian companies', paragraph: 1, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'have been granted import licences after receiving clearance from Chinese authorities', note: 'names the four firms: Hitachi, Continental, Jay-Ushin and DE Diamonds', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Condition ---------------------------------------------------

MERGE (n:Condition {id: 'condition:export-licence-required'})
SET n += {
  name: 'Export licence required',
  aliases: ['licensing requirement', 'export licence'],
  description: 'Under China\'s April 2025 controls, exporters of the covered rare earths and magnets need a licence from the Chinese authorities.'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'mandating licences for the export', paragraph: 10, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'require Chinese exporters to obtain licences', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Condition {id: 'condition:end-user-certificate'})
SET n += {
  name: 'End-user certificate verified',
  aliases: ['EUC', 'EUCs', 'end-user certificates'],
  description: 'China verified end-user certificates from Indian buyers before approving magnet imports.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'end-user certificates (EUCs)', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Condition {id: 'condition:no-re-export-to-us'})
SET n += {
  name: 'No re-export to the United States',
  aliases: ['re-export ban'],
  description: 'Magnets licensed to Indian firms may not be re-exported to the United States.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'cannot be re-exported to the United States', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Condition {id: 'condition:no-military-use'})
SET n += {
  name: 'No military use',
  aliases: ['no weapons use', 'civilian use only'],
  description: 'The rare earths and magnets may not be used for weapons, related systems or other military purposes.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'will not use these materials for weapons', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Condition {id: 'condition:domestic-use-only'})
SET n += {
  name: 'Domestic industrial use only',
  aliases: ['no diversion to foreign markets'],
  description: 'Licensed magnets must serve Indian domestic industrial demand and not be diverted to foreign markets.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'serve only domestic industrial demand', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- IMPOSED -----------------------------------------------------

UNWIND [
  {from: 'country:china', to: 'event:2024-china-halts-fertiliser-mineral-exports', props: {sources: ['src:001', 'src:003'], quote: 'China halted fertiliser and mineral exports to several countries', quoteSource: 'src:001', paragraph: 3, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:000', 'src:004'], quote: 'On April 4, China imposed export controls', quoteSource: 'src:004', paragraph: 8, basis: 'stated'}},
  {from: 'org:mofcom', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:002'], quote: 'China’s ministry of commerce and the general administration of customs introduced new export controls', quoteSource: 'src:002', paragraph: 10, basis: 'stated'}},
  {from: 'org:gacc', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:002'], quote: 'China’s ministry of commerce and the general administration of customs introduced new export controls', quoteSource: 'src:002', paragraph: 10, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-china-rare-earth-technology-controls', props: {sources: ['src:001', 'src:003'], quote: 'Recently, China introduced new limitations on the export of technology and equipment', quoteSource: 'src:001', paragraph: 15, basis: 'stated'}},
  {from: 'country:united-states', to: 'event:2025-us-tariff-increases', props: {sources: ['src:002', 'src:004'], quote: 'after the US increased tariffs', quoteSource: 'src:004', paragraph: 8, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:IMPOSED]->(b)
SET r += row.props;

// ---- PARTICIPATED_IN ---------------------------------------------

UNWIND [
  {from: 'country:china', to: 'event:2025-06-china-relaxes-curbs-other-countries', props: {sources: ['src:001', 'src:003'], role: 'relaxing authority', quote: 'Beijing relaxed restrictions for other nations in June', quoteSource: 'src:001', paragraph: 15, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

// ---- COVERS ------------------------------------------------------

UNWIND [
  {from: 'event:2024-china-halts-fertiliser-mineral-exports', to: 'commodity:fertilisers', props: {sources: ['src:001', 'src:003'], quote: 'China halted fertiliser and mineral exports', quoteSource: 'src:001', paragraph: 3, basis: 'stated'}},
  {from: 'event:2024-china-halts-fertiliser-mineral-exports', to: 'commodity:critical-minerals', props: {sources: ['src:001'], quote: 'China halted fertiliser and mineral exports', quoteSource: 'src:001', paragraph: 3, basis: 'inferred', note: '001 says "mineral exports" without naming the minerals; read as critical minerals'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:medium-heavy-rare-earths', props: {sources: ['src:004'], quote: 'export controls on medium and heavy rare earth materials', quoteSource: 'src:004', paragraph: 8, basis: 'stated'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:seven-major-rare-earth-minerals', props: {sources: ['src:002'], quote: 'mandating licences for the export of seven major rare earth minerals and magnets', quoteSource: 'src:002', paragraph: 10, basis: 'stated'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:rare-earth-magnets', props: {sources: ['src:002'], quote: 'mandating licences for the export of seven major rare earth minerals and magnets', quoteSource: 'src:002', paragraph: 10, basis: 'stated'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:heavy-rare-earth-magnets', props: {sources: ['src:004'], quote: 'medium and heavy rare earth materials', quoteSource: 'src:004', paragraph: 8, basis: 'inferred', note: '004 says the controls covered medium and heavy rare earth materials and that heavy-magnet exports to India resumed after the pause; that the controls named heavy magnets as such is the analyst\'s reading'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:dual-use-materials', props: {sources: ['src:002'], quote: 'aimed at regulating the export of dual-use materials', quoteSource: 'src:002', paragraph: 11, basis: 'stated'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:critical-minerals', props: {sources: ['src:000'], quote: 'export controls on critical minerals', quoteSource: 'src:000', paragraph: 1, basis: 'stated'}},
  {from: 'event:2025-china-rare-earth-technology-controls', to: 'commodity:rare-earth-processing-technology', props: {sources: ['src:001', 'src:003'], quote: 'technologies and equipment related to rare earths, lithium batteries, and superhard materials', quoteSource: 'src:003', paragraph: 5, basis: 'stated'}},
  {from: 'event:2025-china-rare-earth-technology-controls', to: 'commodity:lithium-battery-technology', props: {sources: ['src:001', 'src:003'], quote: 'technologies and equipment related to rare earths, lithium batteries, and superhard materials', quoteSource: 'src:003', paragraph: 5, basis: 'stated'}},
  {from: 'event:2025-china-rare-earth-technology-controls', to: 'commodity:superhard-materials', props: {sources: ['src:003'], quote: 'technologies and equipment related to rare earths, lithium batteries, and superhard materials', quoteSource: 'src:003', paragraph: 5, basis: 'stated'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'commodity:rare-earth-magnets', props: {sources: ['src:001', 'src:003', 'src:004'], quote: 'licences for importing rare earth magnets', quoteSource: 'src:001', paragraph: 13, basis: 'stated'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'commodity:heavy-rare-earth-magnets', props: {sources: ['src:004'], quote: 'China has resumed exports of heavy rare earth magnets to India', quoteSource: 'src:004', paragraph: 2, basis: 'inferred', note: '004 names heavy magnets for the resumed exports; the licences are read as covering them'}},
  {from: 'event:2025-06-china-relaxes-curbs-other-countries', to: 'commodity:fertilisers', props: {sources: ['src:003'], quote: 'Beijing lifted those curbs in June', quoteSource: 'src:003', paragraph: 6, basis: 'stated', note: '"those curbs" are the fertiliser export curbs of the sentence before'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:COVERS]->(b)
SET r += row.props;

// ---- AFFECTS -----------------------------------------------------

UNWIND [
  {from: 'event:2024-china-halts-fertiliser-mineral-exports', to: 'country:india', props: {sources: ['src:001', 'src:003'], note: 'India among the several countries affected', quote: 'halted exports to several countries last year', quoteSource: 'src:003', paragraph: 6, basis: 'stated'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'country:india', props: {sources: ['src:000', 'src:002', 'src:004'], quote: 'raising concerns in other countries, including India', quoteSource: 'src:002', paragraph: 12, basis: 'stated'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'org:indian-auto-industry', props: {sources: ['src:002'], quote: 'India’s auto sector is particularly exposed to the disruption', quoteSource: 'src:002', paragraph: 14, basis: 'stated'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'org:us-auto-industry', props: {sources: ['src:002'], quote: 'halting sections of the U.S. auto industry', quoteSource: 'src:002', paragraph: 12, basis: 'stated'}},
  {from: 'event:2025-china-rare-earth-technology-controls', to: 'country:india', props: {sources: ['src:003'], quote: 'Despite these new restrictions, Beijing’s decision to issue import licences to Indian companies', quoteSource: 'src:003', paragraph: 5, basis: 'inferred', note: '003 sets the new restrictions beside the licences; India read as affected by them'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'country:india', props: {sources: ['src:001', 'src:003', 'src:004'], note: 'Indian companies receive licences', quote: 'China has approved import licences for certain Indian companies', quoteSource: 'src:003', paragraph: 1, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:AFFECTS]->(b)
SET r += row.props;

// Added by the audit: concern over supply security worldwide (000).
UNWIND [
  {from: 'event:2025-04-04-china-export-controls', to: 'sector:strategic-industries', props: {sources: ['src:000'], quote: 'Beijing’s restrictions — aimed partly at countering US tariffs — have heightened concerns over supply security in strategic industries worldwide', quoteSource: 'src:000', paragraph: 4, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:AFFECTS]->(b)
SET r += row.props;

// ---- RELAXES -----------------------------------------------------

UNWIND [
  {from: 'event:2025-06-china-relaxes-curbs-other-countries', to: 'event:2024-china-halts-fertiliser-mineral-exports', props: {sources: ['src:001', 'src:003'], note: 'for other nations, India excluded', quote: 'Beijing lifted those curbs in June', quoteSource: 'src:003', paragraph: 6, basis: 'stated'}},
  {from: 'event:2025-06-china-resumes-ree-exports-us', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:002'], quote: 'China recently resumed selective REE exports to the U.S.', quoteSource: 'src:002', paragraph: 15, basis: 'inferred', note: 'a resumption of exports read as an easing of the April controls for the US'}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:000', 'src:004'], quote: 'China has resumed shipments of rare earth magnets', quoteSource: 'src:000', paragraph: 4, basis: 'inferred', note: 'resumed shipments read as an easing of the April controls for those destinations'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:004'], note: 'first easing in supply to India since April', quote: 'marking the first easing in supply since April', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:004'], quote: 'China has resumed exports of heavy rare earth magnets to India', quoteSource: 'src:004', paragraph: 2, basis: 'inferred', note: 'the resumed exports read as an easing of the April controls for India'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:RELAXES]->(b)
SET r += row.props;

// ---- GRANTED_BY --------------------------------------------------

UNWIND [
  {from: 'event:2025-10-china-licences-indian-firms', to: 'country:china', props: {sources: ['src:001', 'src:003', 'src:004'], quote: 'China has approved import licences', quoteSource: 'src:003', paragraph: 1, basis: 'stated'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'org:chinese-authorities', props: {sources: ['src:004'], note: '"after receiving clearance from Chinese authorities", no agency named', quote: 'after receiving clearance from Chinese authorities', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:GRANTED_BY]->(b)
SET r += row.props;

// ---- GRANTED_TO --------------------------------------------------

UNWIND [
  {from: 'event:2025-10-china-licences-indian-firms', to: 'company:hitachi', props: {sources: ['src:004'], quote: 'Four Indian firms — Hitachi, Continental, Jay-Ushin, and DE Diamonds — have been granted import licences', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'company:continental', props: {sources: ['src:004'], quote: 'Four Indian firms — Hitachi, Continental, Jay-Ushin, and DE Diamonds — have been granted import licences', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'company:jay-ushin', props: {sources: ['src:004'], quote: 'Four Indian firms — Hitachi, Continental, Jay-Ushin, and DE Diamonds — have been granted import licences', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'company:de-diamonds', props: {sources: ['src:004'], quote: 'Four Indian firms — Hitachi, Continental, Jay-Ushin, and DE Diamonds — have been granted import licences', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'country:india', props: {sources: ['src:001', 'src:003'], note: '"certain Indian companies", not named in 001 and 003', quote: 'China has issued licences to certain Indian companies', quoteSource: 'src:001', paragraph: 9, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:GRANTED_TO]->(b)
SET r += row.props;

// ---- SUBJECT_TO --------------------------------------------------

UNWIND [
  {from: 'event:2025-10-china-licences-indian-firms', to: 'condition:end-user-certificate', props: {sources: ['src:004'], quote: 'the approvals were granted after China verified end-user certificates (EUCs)', quoteSource: 'src:004', paragraph: 3, basis: 'stated'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'condition:end-user-certificate', props: {sources: ['src:004'], quote: 'The shipments, however, come with a crucial restriction', quoteSource: 'src:004', paragraph: 2, basis: 'inferred', note: 'the end-user check attached to the approvals is read as a condition of the shipments too'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'condition:no-re-export-to-us', props: {sources: ['src:004'], quote: 'the magnets cannot be re-exported to the United States', quoteSource: 'src:004', paragraph: 2, basis: 'inferred', note: '004 attaches the restriction to the shipments; read as a condition of the licences too'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'condition:no-re-export-to-us', props: {sources: ['src:004'], quote: 'the magnets cannot be re-exported to the United States', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'condition:no-military-use', props: {sources: ['src:004'], quote: 'not be diverted to weapons production', quoteSource: 'src:004', paragraph: 3, basis: 'stated'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'condition:no-military-use', props: {sources: ['src:004'], quote: 'used for military purposes', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'condition:domestic-use-only', props: {sources: ['src:004'], quote: 'ensuring that the magnets will serve only domestic industrial demand', quoteSource: 'src:004', paragraph: 3, basis: 'stated'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'condition:domestic-use-only', props: {sources: ['src:004'], quote: 'ensuring that the magnets will serve only domestic industrial demand', quoteSource: 'src:004', paragraph: 3, basis: 'inferred', note: '004 says this of the approvals; read as a condition of the shipments too'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'condition:export-licence-required', props: {sources: ['src:002', 'src:004'], quote: 'mandating licences for the export', quoteSource: 'src:002', paragraph: 10, basis: 'stated'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'condition:no-military-use', props: {sources: ['src:004'], quote: 'buyers will not use these materials for weapons or related systems', quoteSource: 'src:004', paragraph: 8, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:SUBJECT_TO]->(b)
SET r += row.props;
