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
  scope: 'Exports of fertilisers (001, 003) and minerals (001) to several countries, including India',
  statedReason: 'not stated in the reports'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

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
  scope: 'Medium and heavy rare earth materials (004), seven major rare earth minerals and magnets (002): exports need a licence, and buyers must not use them for weapons',
  statedReason: 'National security (004). 002 calls it part of a retaliation against increased US tariffs aimed at regulating dual-use materials, 000 says it aimed partly at countering US tariffs.',
  requirement: 'Chinese exporters must obtain licences, ensuring buyers do not use the materials for weapons or related systems'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'On April 4, China imposed export controls on medium and heavy rare earth materials', paragraph: 8}},
  {src: 'src:002', props: {note: 'names MOFCOM and the customs administration as the authors of the April controls'}},
  {src: 'src:000', props: {quote: 'Beijing\'s recent tightening of export controls on critical minerals', paragraph: 1}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-10-china-rare-earth-technology-controls'})
SET n:ExportControl, n += {
  name: 'China tightens export controls on rare-earth, lithium-battery and superhard-material technology',
  aliases: ['October 2025 technology export controls'],
  description: 'China\'s recent restrictions on exporting technology and equipment for rare-earth processing, lithium-battery production and superhard materials, tightening its grip on critical-mineral supply chains.',
  date: date('2025-10-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"Recently, China introduced new limitations" (001), "China\'s recent decision to tighten export controls" (003)',
  dateNote: 'Background knowledge: MOFCOM announced these controls on 9 October 2025. The reports say only "recently".',
  effectiveFrom: date('2025-10-01'),
  effectiveFromPrecision: 'month',
  scope: 'Technology and equipment related to rare-earth processing, lithium batteries and battery production, and superhard materials',
  statedReason: 'not stated in the reports'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Relaxation --------------------------------------------------

MERGE (n:Event {id: 'event:2025-06-china-relaxes-curbs-other-countries'})
SET n:Relaxation, n += {
  name: 'China relaxes export curbs for other countries, not India',
  aliases: [],
  description: 'In June 2025 Beijing eased its export restrictions for other nations but left India out until the October licences.',
  date: date('2025-06-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"Beijing relaxed restrictions for other nations in June" (001), "Beijing lifted those curbs in June" (003)',
  dateNote: 'The reports do not give the year of this June. Read as June 2025 because it follows the 2024 halt and the April 2025 controls. 003 ties it to the fertiliser curbs, 001 to the fertiliser and mineral restrictions.',
  excludedCountries: ['India']
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- PolicyAction ------------------------------------------------

MERGE (n:Event {id: 'event:2025-10-china-verifies-indian-end-user-certificates'})
SET n:PolicyAction, n += {
  name: 'China verifies end-user certificates of Indian firms',
  aliases: ['EUC verification'],
  description: 'Chinese authorities checked the end-user certificates of the Indian buyers, so that the magnets serve domestic industry only, before approving the licences.',
  date: date('2025-10-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: 'before "the approvals were granted" (004), which the MEA confirmed on 30 October 2025',
  dateQualifier: 'on or before 2025-10-30',
  dateNote: 'The report gives no date for the verification. October 2025 is assumed, month precision.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'the approvals were granted after China verified end-user certificates (EUCs) from the Indian firms', paragraph: 3}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

UNWIND [
  {from: 'event:2025-10-china-verifies-indian-end-user-certificates', to: 'country:china', props: {sources: ['src:004'], role: 'verifier'}}
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
  {src: 'src:001', props: {quote: 'China has issued licences to certain Indian companies', paragraph: 9}},
  {src: 'src:003', props: {quote: 'China has approved import licences for certain Indian companies', paragraph: 1}},
  {src: 'src:004', props: {quote: 'have been granted import licences after receiving clearance from Chinese authorities', note: 'names the four firms: Hitachi, Continental, Jay-Ushin and DE Diamonds', paragraph: 7}}
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
UNWIND ['src:002', 'src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Condition {id: 'condition:end-user-certificate'})
SET n += {
  name: 'End-user certificate verified',
  aliases: ['EUC', 'EUCs', 'end-user certificates'],
  description: 'China verified end-user certificates from Indian buyers before approving magnet imports.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Condition {id: 'condition:no-re-export-to-us'})
SET n += {
  name: 'No re-export to the United States',
  aliases: ['re-export ban'],
  description: 'Magnets licensed to Indian firms may not be re-exported to the United States.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Condition {id: 'condition:no-military-use'})
SET n += {
  name: 'No military use',
  aliases: ['no weapons use', 'civilian use only'],
  description: 'The rare earths and magnets may not be used for weapons, related systems or other military purposes.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Condition {id: 'condition:domestic-use-only'})
SET n += {
  name: 'Domestic industrial use only',
  aliases: ['no diversion to foreign markets'],
  description: 'Licensed magnets must serve Indian domestic industrial demand and not be diverted to foreign markets.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- IMPOSED -----------------------------------------------------

UNWIND [
  {from: 'country:china', to: 'event:2024-china-halts-fertiliser-mineral-exports', props: {sources: ['src:001', 'src:003']}},
  {from: 'country:china', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:000', 'src:004']}},
  {from: 'org:mofcom', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:002']}},
  {from: 'org:gacc', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:002']}},
  {from: 'country:china', to: 'event:2025-10-china-rare-earth-technology-controls', props: {sources: ['src:001', 'src:003']}},
  {from: 'country:united-states', to: 'event:2025-us-tariff-increases', props: {sources: ['src:002', 'src:004']}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:IMPOSED]->(b)
SET r += row.props;

// ---- PARTICIPATED_IN ---------------------------------------------

UNWIND [
  {from: 'country:china', to: 'event:2025-06-china-relaxes-curbs-other-countries', props: {sources: ['src:001', 'src:003'], role: 'relaxing authority'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

// ---- COVERS ------------------------------------------------------

UNWIND [
  {from: 'event:2024-china-halts-fertiliser-mineral-exports', to: 'commodity:fertilisers', props: {sources: ['src:001', 'src:003']}},
  {from: 'event:2024-china-halts-fertiliser-mineral-exports', to: 'commodity:critical-minerals', props: {sources: ['src:001'], note: '001 says "mineral exports" without naming them'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:medium-heavy-rare-earths', props: {sources: ['src:004']}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:seven-major-rare-earth-minerals', props: {sources: ['src:002']}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:rare-earth-magnets', props: {sources: ['src:002']}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:heavy-rare-earth-magnets', props: {sources: ['src:004'], note: 'exports of heavy rare earth magnets to India paused from April (004)'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:dual-use-materials', props: {sources: ['src:002']}},
  {from: 'event:2025-04-04-china-export-controls', to: 'commodity:critical-minerals', props: {sources: ['src:000']}},
  {from: 'event:2025-10-china-rare-earth-technology-controls', to: 'commodity:rare-earth-processing-technology', props: {sources: ['src:001', 'src:003']}},
  {from: 'event:2025-10-china-rare-earth-technology-controls', to: 'commodity:lithium-battery-technology', props: {sources: ['src:001', 'src:003']}},
  {from: 'event:2025-10-china-rare-earth-technology-controls', to: 'commodity:superhard-materials', props: {sources: ['src:003']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'commodity:rare-earth-magnets', props: {sources: ['src:001', 'src:003', 'src:004']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'commodity:heavy-rare-earth-magnets', props: {sources: ['src:004']}},
  {from: 'event:2025-06-china-relaxes-curbs-other-countries', to: 'commodity:fertilisers', props: {sources: ['src:003']}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:COVERS]->(b)
SET r += row.props;

// ---- AFFECTS -----------------------------------------------------

UNWIND [
  {from: 'event:2024-china-halts-fertiliser-mineral-exports', to: 'country:india', props: {sources: ['src:001', 'src:003'], note: 'India among the several countries affected'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'country:india', props: {sources: ['src:000', 'src:002', 'src:004']}},
  {from: 'event:2025-04-04-china-export-controls', to: 'org:indian-auto-industry', props: {sources: ['src:002']}},
  {from: 'event:2025-04-04-china-export-controls', to: 'org:us-auto-industry', props: {sources: ['src:002']}},
  {from: 'event:2025-10-china-rare-earth-technology-controls', to: 'country:india', props: {sources: ['src:003'], note: 'new restrictions in place when India got licences'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'country:india', props: {sources: ['src:001', 'src:003', 'src:004'], note: 'Indian companies receive licences'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:AFFECTS]->(b)
SET r += row.props;

// ---- RELAXES -----------------------------------------------------

UNWIND [
  {from: 'event:2025-06-china-relaxes-curbs-other-countries', to: 'event:2024-china-halts-fertiliser-mineral-exports', props: {sources: ['src:001', 'src:003'], note: 'for other nations, India excluded'}},
  {from: 'event:2025-06-china-relaxes-curbs-other-countries', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:001'], note: '001 places the June relaxation in the rare-earth context, 003 in the fertiliser context'}},
  {from: 'event:2025-06-china-resumes-ree-exports-us', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:002'], note: 'selective exports to the US'}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:000', 'src:004'], note: 'shipments to the US, Europe and Southeast Asia'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:004'], note: 'first easing in supply to India since April'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:004'], note: 'exports to India resumed under conditions'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:RELAXES]->(b)
SET r += row.props;

// ---- GRANTED_BY --------------------------------------------------

UNWIND [
  {from: 'event:2025-10-china-licences-indian-firms', to: 'country:china', props: {sources: ['src:001', 'src:003', 'src:004']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'org:chinese-authorities', props: {sources: ['src:004'], note: '"after receiving clearance from Chinese authorities", no agency named'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:GRANTED_BY]->(b)
SET r += row.props;

// ---- GRANTED_TO --------------------------------------------------

UNWIND [
  {from: 'event:2025-10-china-licences-indian-firms', to: 'company:hitachi', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'company:continental', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'company:jay-ushin', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'company:de-diamonds', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'country:india', props: {sources: ['src:001', 'src:003'], note: '"certain Indian companies", not named in 001 and 003'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:GRANTED_TO]->(b)
SET r += row.props;

// ---- SUBJECT_TO --------------------------------------------------

UNWIND [
  {from: 'event:2025-10-china-licences-indian-firms', to: 'condition:end-user-certificate', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'condition:end-user-certificate', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'condition:no-re-export-to-us', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'condition:no-re-export-to-us', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'condition:no-military-use', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'condition:no-military-use', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'condition:domestic-use-only', props: {sources: ['src:004']}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'condition:domestic-use-only', props: {sources: ['src:004']}},
  {from: 'event:2025-04-04-china-export-controls', to: 'condition:export-licence-required', props: {sources: ['src:002', 'src:004']}},
  {from: 'event:2025-04-04-china-export-controls', to: 'condition:no-military-use', props: {sources: ['src:004']}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:SUBJECT_TO]->(b)
SET r += row.props;
