// 40_events.cypher — Events other than controls, licences and statements: border incidents, meetings, negotiations, briefings, resumptions, trade flows, disruptions; IN, PARTICIPATED_IN, ABOUT, AFFECTS.
// Seed data of the India–China rare-earth-magnet graph (see seed/README.md).
// Runs in one transaction with the other seed files, in filename order, after cypher/schema.cypher.
// Idempotent: nodes are MERGEd on id, relationships MERGEd between matched endpoints, then SET.

// ---- MilitaryIncident --------------------------------------------

MERGE (n:Event {id: 'event:2020-05-eastern-ladakh-standoff'})
SET n:MilitaryIncident, n += {
  name: 'Eastern Ladakh military standoff begins',
  aliases: ['Ladakh standoff', 'LAC standoff', 'border standoff'],
  description: 'Indian and Chinese troops began a prolonged face-off in eastern Ladakh in May 2020, straining relations for more than four years.',
  date: date('2020-05-01'),
  datePrecision: 'month',
  dateInferred: false,
  endDate: date('2024-10-31'),
  endDateNote: 'The face-off effectively ended when disengagement was completed in October 2024 (003), month precision.'
}
WITH n
UNWIND [
  {src: 'src:003', props: {quote: 'began in May 2020', paragraph: 3}},
  {src: 'src:001', props: {note: 'implied: more than four years of strained relations and border tensions'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2020-06-galwan-valley-clash'})
SET n:MilitaryIncident, n += {
  name: 'Galwan Valley clash',
  aliases: ['Galwan clash'],
  description: 'Deadly clash between Indian and Chinese troops in the Galwan Valley, a month after the Ladakh standoff began.',
  date: date('2020-06-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: 'the following month (after the standoff that "began in May 2020")',
  dateNote: 'Background knowledge: the clash took place on 15 June 2020.'
}
WITH n
UNWIND ['src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Disengagement -----------------------------------------------

MERGE (n:Event {id: 'event:2024-10-eastern-ladakh-disengagement'})
SET n:Disengagement, n += {
  name: 'Disengagement in eastern Ladakh completed',
  aliases: ['Demchok and Depsang disengagement', 'disengagement agreement'],
  description: 'India and China implemented a disengagement agreement and pulled back from the last friction points at Demchok and Depsang, ending the face-off.',
  date: date('2024-10-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"in October last year" (001 dated 2025-10-31, 003 dated 2025-10-30)'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Meeting -----------------------------------------------------

MERGE (n:Event {id: 'event:2024-10-kazan-modi-xi-meeting'})
SET n:Meeting, n += {
  name: 'Modi–Xi meeting in Kazan',
  aliases: ['Kazan meeting', 'Modi Xi Kazan'],
  description: 'Narendra Modi and Xi Jinping met in Kazan, Russia, and agreed to revive dialogue mechanisms between India and China.',
  date: date('2024-10-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"in October last year" (001, 003)',
  dateNote: 'Background knowledge: the meeting was on 23 October 2024, on the sidelines of the BRICS summit.'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- PolicyAction ------------------------------------------------

MERGE (n:Event {id: 'event:2024-10-revive-dialogue-mechanisms'})
SET n:PolicyAction, n += {
  name: 'India and China decide to revive dialogue mechanisms',
  aliases: [],
  description: 'Decision, reached at the Kazan meeting, to restart the various bilateral dialogue mechanisms between India and China.',
  date: date('2024-10-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"was reached during a meeting ... in October last year" (003)'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Resumption --------------------------------------------------

MERGE (n:Event {id: 'event:2025-kailash-mansarovar-yatra-resumption'})
SET n:Resumption, n += {
  name: 'Kailash Mansarovar Yatra resumes',
  aliases: ['Kailash Manasarovar Yatra'],
  description: 'The Indian pilgrimage to Mount Kailash and Lake Mansarovar in Tibet was resumed as a step to reset ties.',
  date: date('2025-06-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"over the past few months" (003), before the October 2025 licences',
  dateNote: 'Background knowledge: the yatra resumed in June 2025 after a five-year gap. The reports give no date.'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Event {id: 'event:2025-07-india-resumes-tourist-visas-chinese'})
SET n:Resumption, n += {
  name: 'India resumes tourist visas for Chinese nationals',
  aliases: [],
  description: 'India restarted issuing tourist visas to Chinese citizens, one of the steps to normalise ties.',
  date: date('2025-07-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"over the past few months" (003), "India\'s renewal of tourist visa issuance" (001)',
  dateNote: 'Background knowledge: India resumed tourist visas for Chinese nationals on 24 July 2025. The reports give no date.'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Event {id: 'event:2025-10-kolkata-guangzhou-flights-resumption'})
SET n:Resumption, n += {
  name: 'Direct Kolkata–Guangzhou flights resume',
  aliases: ['India China direct flights'],
  description: 'Direct passenger flights between Kolkata and Guangzhou restarted, which an industry executive expects to ease logistics and cargo.',
  date: date('2025-10-26'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"this week" (004)',
  dateNote: 'Background knowledge: the first resumed Kolkata–Guangzhou flight operated on 26 October 2025.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Tariff ------------------------------------------------------

MERGE (n:Event {id: 'event:2025-us-tariff-increases'})
SET n:Tariff, n += {
  name: 'US tariff increases under Trump',
  aliases: ['US tariffs', 'Trump tariffs'],
  description: 'The United States raised tariffs under President Trump, which China answered with export controls on rare earths.',
  date: date('2025-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: '"after the US increased tariffs" (004), "increased tariffs under U.S. President Donald Trump" (002)',
  dateNote: 'The reports do not date the increases. Background: US tariffs on Chinese goods were raised in several steps from February 2025, the largest on 2 April 2025, two days before China\'s controls.'
}
WITH n
UNWIND ['src:000', 'src:002', 'src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- SupplyDisruption --------------------------------------------

MERGE (n:Event {id: 'event:2025-04-global-rare-earth-supply-disruption'})
SET n:SupplyDisruption, n += {
  name: 'Global rare-earth supply disruption',
  aliases: [],
  description: 'China\'s April curbs disrupted rare-earth supplies for about two months, halting parts of the US auto industry and worrying other countries including India.',
  date: date('2025-04-04'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"The curbs disrupted supplies for two months" (002), from the April controls',
  endDate: date('2025-06-04'),
  endDateNote: 'start of the controls plus two months, approximate'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Event {id: 'event:2025-04-magnet-export-pause-india'})
SET n:SupplyDisruption, n += {
  name: 'Pause of Chinese rare-earth magnet exports to India',
  aliases: [],
  description: 'From April to October 2025 Indian firms could not obtain Chinese magnets, while shipments to other regions resumed earlier.',
  date: date('2025-04-04'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"after a six-month pause" and "the first easing in supply since April" (004)',
  endDate: date('2025-10-30'),
  endDateNote: 'ends with the licences confirmed on 30 October 2025'
}
WITH n
UNWIND [
  {src: 'src:004', props: {note: 'a six-month pause, first easing since April'}},
  {src: 'src:000', props: {note: 'Indian firms yet to secure export licences'}},
  {src: 'src:001', props: {note: 'relaxation not extended to India until now'}},
  {src: 'src:002', props: {note: 'India awaiting a response'}},
  {src: 'src:003', props: {note: 'India not initially included in the relaxation'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Negotiation -------------------------------------------------

MERGE (n:Event {id: 'event:2025-06-09-us-china-london-talks'})
SET n:Negotiation, n += {
  name: 'US–China trade talks in London',
  aliases: ['London talks'],
  description: 'Two days of US–China negotiations in London, after which China resumed selective rare-earth exports to the US.',
  date: date('2025-06-09'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"after two days of negotiations in London" (002)',
  endDate: date('2025-06-10'),
  dateNote: 'Background knowledge: the talks were held on 9–10 June 2025.'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Briefing ----------------------------------------------------

MERGE (n:Event {id: 'event:2025-06-12-mea-weekly-briefing'})
SET n:Briefing, n += {
  name: 'MEA weekly press briefing, 12 June 2025',
  aliases: ['weekly media briefing'],
  description: 'Weekly press briefing of India\'s Ministry of External Affairs at which Randhir Jaiswal spoke on rare-earth supplies from China.',
  date: date('2025-06-12'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"on Thursday" (002, see the source\'s dateNote)'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Event {id: 'event:2025-06-12-china-mfa-briefing'})
SET n:Briefing, n += {
  name: 'Chinese foreign ministry briefing, 12 June 2025',
  aliases: ['Chinese MFA briefing'],
  description: 'Media briefing in Beijing at which spokesperson Lin Jian signalled willingness for dialogue on supply chains.',
  date: date('2025-06-12'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"on Thursday" (002)'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Negotiation -------------------------------------------------

MERGE (n:Event {id: 'event:2025-06-indian-auto-delegation-to-china'})
SET n:Negotiation, n += {
  name: 'Planned Indian auto-industry delegation to China',
  aliases: [],
  description: 'Indian auto and component makers prepared to send a high-level delegation to China to revive rare-earth magnet supplies and ease licensing hurdles.',
  date: date('2025-06-12'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"prepare to send a high-level delegation" in a report of Thursday 12 June 2025',
  dateNote: 'The date is when the plan was reported. The reports do not say when or whether the visit took place.',
  status: 'planned'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Meeting -----------------------------------------------------

MERGE (n:Event {id: 'event:2025-07-14-jaishankar-wang-yi-meeting'})
SET n:Meeting, n += {
  name: 'Jaishankar–Wang Yi meeting in Beijing',
  aliases: [],
  description: 'Indian External Affairs Minister S Jaishankar met Chinese Foreign Minister Wang Yi in Beijing, after which trade and wider ties made some progress.',
  date: date('2025-07-14'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"recent meeting ... in Beijing" (000, dated 2025-08-14)',
  dateNote: 'Background knowledge: Jaishankar met Wang Yi in Beijing on 14 July 2025, during his visit for the SCO foreign ministers\' meeting.'
}
WITH n
UNWIND ['src:000'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- PolicyAction ------------------------------------------------

MERGE (n:Event {id: 'event:2025-08-chinese-embassy-visas-indian-companies'})
SET n:PolicyAction, n += {
  name: 'Chinese Embassy issues visas to Indian companies',
  aliases: [],
  description: 'China\'s embassy issued visas to staff of several Indian companies so they could deal with Chinese authorities on magnet supplies.',
  date: date('2025-08-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"the Embassy of China has issued visas to our companies" (000, dated 2025-08-14)',
  dateQualifier: 'on or before 2025-08-14'
}
WITH n
UNWIND ['src:000'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Negotiation -------------------------------------------------

MERGE (n:Event {id: 'event:2025-08-india-china-magnet-import-negotiations'})
SET n:Negotiation, n += {
  name: 'India–China negotiations to restart magnet imports',
  aliases: [],
  description: 'Talks under way in August 2025, with Indian companies in touch with Chinese authorities, to restart imports of rare earth magnets without disrupting supply.',
  date: date('2025-08-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"negotiations underway" (000, dated 2025-08-14)',
  dateQualifier: 'under way as of 2025-08-14, start not given'
}
WITH n
UNWIND ['src:000'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Resumption --------------------------------------------------

MERGE (n:Event {id: 'event:2025-06-china-resumes-ree-exports-us'})
SET n:Resumption, n += {
  name: 'China resumes selective rare-earth exports to the US',
  aliases: [],
  description: 'After the London talks China resumed selective exports of rare earths to the United States, while India waited.',
  date: date('2025-06-10'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"recently resumed selective REE exports to the U.S. after two days of negotiations in London" (002)',
  dateQualifier: 'approximate: between the end of the London talks (10 June) and the report (12 June 2025)'
}
WITH n
UNWIND ['src:002'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Event {id: 'event:2025-china-resumes-magnet-shipments-us-europe-sea'})
SET n:Resumption, n += {
  name: 'China resumes magnet shipments to the US, Europe and Southeast Asia',
  aliases: [],
  description: 'Chinese rare-earth magnet shipments to companies in the US, Europe and Southeast Asia gradually restarted while Indian firms still lacked licences.',
  date: date('2025-06-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"has resumed shipments" (000, dated 2025-08-14), "had gradually resumed" (004)',
  endDate: date('2025-08-14'),
  dateNote: 'Start not given: taken as June 2025, when curbs were relaxed for other countries (001, 003). Under way by 14 August 2025 (000).'
}
WITH n
UNWIND ['src:000', 'src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Meeting -----------------------------------------------------

MERGE (n:Event {id: 'event:2025-10-30-trump-xi-meeting'})
SET n:Meeting, n += {
  name: 'Trump–Xi meeting',
  aliases: ['Trump Xi Busan meeting'],
  description: 'Donald Trump and Xi Jinping met to discuss trade and supply-chain stability, easing the US–China dispute.',
  date: date('2025-10-30'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"met earlier this week" (004)',
  dateNote: 'Background knowledge: the meeting took place on 30 October 2025 in Busan, South Korea.'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Briefing ----------------------------------------------------

MERGE (n:Event {id: 'event:2025-10-30-mea-weekly-briefing'})
SET n:Briefing, n += {
  name: 'MEA weekly media briefing, 30 October 2025',
  aliases: ['weekly media briefing'],
  description: 'Weekly media briefing of India\'s Ministry of External Affairs at which Randhir Jaiswal confirmed Chinese licences for rare earth magnets.',
  date: date('2025-10-30'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"on Thursday" (001, dated Friday 31 October 2025, and 003)'
}
WITH n
UNWIND ['src:001', 'src:003'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- Resumption --------------------------------------------------

MERGE (n:Event {id: 'event:2025-10-china-resumes-magnet-exports-india'})
SET n:Resumption, n += {
  name: 'China resumes heavy rare-earth magnet exports to India',
  aliases: [],
  description: 'Following the licences, China resumed exports of heavy rare earth magnets to India under end-use conditions, relieving EV, renewable-energy and electronics makers.',
  date: date('2025-10-31'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"China has resumed exports" (004, report of the week of 30 Oct 2025)',
  dateQualifier: 'approximate: as of the report'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- TradeFlow ---------------------------------------------------

MERGE (n:Event {id: 'event:2025-04-india-exports-to-china-apr-jul'})
SET n:TradeFlow, n += {
  name: 'India\'s exports to China, April–July 2025',
  aliases: [],
  description: 'Indian merchandise exports to China in the first four months of fiscal 2025-26, up about a fifth on a year earlier.',
  date: date('2025-04-01'),
  datePrecision: 'month',
  dateInferred: false,
  endDate: date('2025-07-31'),
  periodLabel: 'April–July 2025'
}
WITH n
UNWIND ['src:000'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Event {id: 'event:2025-04-india-imports-from-china-apr-jul'})
SET n:TradeFlow, n += {
  name: 'India\'s imports from China, April–July 2025',
  aliases: [],
  description: 'Indian merchandise imports from China in April–July 2025, up 13 per cent on a year earlier.',
  date: date('2025-04-01'),
  datePrecision: 'month',
  dateInferred: false,
  endDate: date('2025-07-31'),
  periodLabel: 'April–July 2025'
}
WITH n
UNWIND ['src:000'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Event {id: 'event:2024-04-india-exports-to-china-apr-jul'})
SET n:TradeFlow, n += {
  name: 'India\'s exports to China, April–July 2024',
  aliases: [],
  description: 'Indian exports to China in the same four months a year earlier, the base of the 2025 growth figure.',
  date: date('2024-04-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"a year earlier" (000)',
  endDate: date('2024-07-31'),
  periodLabel: 'April–July 2024'
}
WITH n
UNWIND ['src:000'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Event {id: 'event:2024-04-india-imports-from-china-apr-jul'})
SET n:TradeFlow, n += {
  name: 'India\'s imports from China, April–July 2024',
  aliases: [],
  description: 'Indian imports from China in April–July 2024, the base of the 2025 growth figure.',
  date: date('2024-04-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"over the same period" a year earlier (000)',
  endDate: date('2024-07-31'),
  periodLabel: 'April–July 2024'
}
WITH n
UNWIND ['src:000'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

MERGE (n:Event {id: 'event:2025-04-india-rare-earth-magnet-imports-apr-sep'})
SET n:TradeFlow, n += {
  name: 'India\'s rare-earth magnet imports, April–September 2025',
  aliases: [],
  description: 'Indian imports of rare earth magnets between April and September 2025 according to ET data (the report does not say from where, nor reconcile them with the pause).',
  date: date('2025-04-01'),
  datePrecision: 'month',
  dateInferred: false,
  endDate: date('2025-09-30'),
  periodLabel: 'April–September 2025'
}
WITH n
UNWIND ['src:004'] AS sid
MATCH (s:Source {id: sid})
MERGE (n)-[:SOURCED_FROM]->(s);

// ---- IN ----------------------------------------------------------

UNWIND [
  {from: 'event:2020-05-eastern-ladakh-standoff', to: 'place:eastern-ladakh', props: {sources: ['src:003']}},
  {from: 'event:2020-05-eastern-ladakh-standoff', to: 'place:lac', props: {sources: ['src:003']}},
  {from: 'event:2020-06-galwan-valley-clash', to: 'place:galwan-valley', props: {sources: ['src:003']}},
  {from: 'event:2024-10-eastern-ladakh-disengagement', to: 'place:eastern-ladakh', props: {sources: ['src:001', 'src:003']}},
  {from: 'event:2024-10-eastern-ladakh-disengagement', to: 'place:demchok', props: {sources: ['src:001', 'src:003']}},
  {from: 'event:2024-10-eastern-ladakh-disengagement', to: 'place:depsang', props: {sources: ['src:001', 'src:003']}},
  {from: 'event:2024-10-kazan-modi-xi-meeting', to: 'place:kazan', props: {sources: ['src:001', 'src:003']}},
  {from: 'event:2025-10-kolkata-guangzhou-flights-resumption', to: 'place:kolkata', props: {sources: ['src:004']}},
  {from: 'event:2025-10-kolkata-guangzhou-flights-resumption', to: 'place:guangzhou', props: {sources: ['src:004']}},
  {from: 'event:2025-06-09-us-china-london-talks', to: 'place:london', props: {sources: ['src:002']}},
  {from: 'event:2025-06-12-mea-weekly-briefing', to: 'place:new-delhi', props: {sources: ['src:002']}},
  {from: 'event:2025-06-12-china-mfa-briefing', to: 'place:beijing', props: {sources: ['src:002']}},
  {from: 'event:2025-06-indian-auto-delegation-to-china', to: 'country:china', props: {sources: ['src:002']}},
  {from: 'event:2025-07-14-jaishankar-wang-yi-meeting', to: 'place:beijing', props: {sources: ['src:000']}},
  {from: 'event:2025-10-30-mea-weekly-briefing', to: 'place:new-delhi', props: {sources: ['src:001', 'src:003']}},
  {from: 'event:2025-10-30-trump-xi-meeting', to: 'place:busan', props: {sources: ['src:004'], note: 'venue from background knowledge, not named in 004'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:IN]->(b)
SET r += row.props;

// ---- PARTICIPATED_IN ---------------------------------------------

UNWIND [
  {from: 'country:india', to: 'event:2020-05-eastern-ladakh-standoff', props: {sources: ['src:003'], role: 'party'}},
  {from: 'country:china', to: 'event:2020-05-eastern-ladakh-standoff', props: {sources: ['src:003'], role: 'party'}},
  {from: 'country:india', to: 'event:2020-06-galwan-valley-clash', props: {sources: ['src:003'], role: 'party'}},
  {from: 'country:china', to: 'event:2020-06-galwan-valley-clash', props: {sources: ['src:003'], role: 'party'}},
  {from: 'country:india', to: 'event:2024-10-eastern-ladakh-disengagement', props: {sources: ['src:001', 'src:003'], role: 'party'}},
  {from: 'country:china', to: 'event:2024-10-eastern-ladakh-disengagement', props: {sources: ['src:001', 'src:003'], role: 'party'}},
  {from: 'person:narendra-modi', to: 'event:2024-10-kazan-modi-xi-meeting', props: {sources: ['src:001', 'src:003'], role: 'Prime Minister of India'}},
  {from: 'person:xi-jinping', to: 'event:2024-10-kazan-modi-xi-meeting', props: {sources: ['src:001', 'src:003'], role: 'President of China'}},
  {from: 'country:india', to: 'event:2024-10-revive-dialogue-mechanisms', props: {sources: ['src:001', 'src:003'], role: 'party'}},
  {from: 'country:china', to: 'event:2024-10-revive-dialogue-mechanisms', props: {sources: ['src:001', 'src:003'], role: 'party'}},
  {from: 'country:india', to: 'event:2025-kailash-mansarovar-yatra-resumption', props: {sources: ['src:001', 'src:003'], role: 'party'}},
  {from: 'country:china', to: 'event:2025-kailash-mansarovar-yatra-resumption', props: {sources: ['src:001', 'src:003'], role: 'host of the pilgrimage sites'}},
  {from: 'country:india', to: 'event:2025-07-india-resumes-tourist-visas-chinese', props: {sources: ['src:001', 'src:003'], role: 'issuer'}},
  {from: 'country:india', to: 'event:2025-10-kolkata-guangzhou-flights-resumption', props: {sources: ['src:004'], role: 'endpoint'}},
  {from: 'country:china', to: 'event:2025-10-kolkata-guangzhou-flights-resumption', props: {sources: ['src:004'], role: 'endpoint'}},
  {from: 'country:united-states', to: 'event:2025-us-tariff-increases', props: {sources: ['src:002', 'src:004'], role: 'imposer'}},
  {from: 'person:donald-trump', to: 'event:2025-us-tariff-increases', props: {sources: ['src:002'], role: 'US President'}},
  {from: 'country:united-states', to: 'event:2025-06-09-us-china-london-talks', props: {sources: ['src:002'], role: 'negotiating party'}},
  {from: 'country:china', to: 'event:2025-06-09-us-china-london-talks', props: {sources: ['src:002'], role: 'negotiating party'}},
  {from: 'org:mea-india', to: 'event:2025-06-12-mea-weekly-briefing', props: {sources: ['src:002'], role: 'host'}},
  {from: 'person:randhir-jaiswal', to: 'event:2025-06-12-mea-weekly-briefing', props: {sources: ['src:002'], role: 'spokesperson'}},
  {from: 'org:china-mfa', to: 'event:2025-06-12-china-mfa-briefing', props: {sources: ['src:002'], role: 'host'}},
  {from: 'person:lin-jian', to: 'event:2025-06-12-china-mfa-briefing', props: {sources: ['src:002'], role: 'spokesperson'}},
  {from: 'org:indian-auto-industry', to: 'event:2025-06-indian-auto-delegation-to-china', props: {sources: ['src:002'], role: 'delegation'}},
  {from: 'person:s-jaishankar', to: 'event:2025-07-14-jaishankar-wang-yi-meeting', props: {sources: ['src:000'], role: 'External Affairs Minister of India'}},
  {from: 'person:wang-yi', to: 'event:2025-07-14-jaishankar-wang-yi-meeting', props: {sources: ['src:000'], role: 'Foreign Minister of China'}},
  {from: 'org:chinese-embassy-india', to: 'event:2025-08-chinese-embassy-visas-indian-companies', props: {sources: ['src:000'], role: 'issuer'}},
  {from: 'country:india', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], role: 'party'}},
  {from: 'country:china', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], role: 'party'}},
  {from: 'org:chinese-authorities', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], role: 'counterpart of the Indian companies'}},
  {from: 'person:donald-trump', to: 'event:2025-10-30-trump-xi-meeting', props: {sources: ['src:004'], role: 'US President'}},
  {from: 'person:xi-jinping', to: 'event:2025-10-30-trump-xi-meeting', props: {sources: ['src:004'], role: 'President of China'}},
  {from: 'country:united-states', to: 'event:2025-10-30-trump-xi-meeting', props: {sources: ['src:004'], role: 'party'}},
  {from: 'country:china', to: 'event:2025-10-30-trump-xi-meeting', props: {sources: ['src:004'], role: 'party'}},
  {from: 'org:mea-india', to: 'event:2025-10-30-mea-weekly-briefing', props: {sources: ['src:001', 'src:003'], role: 'host'}},
  {from: 'person:randhir-jaiswal', to: 'event:2025-10-30-mea-weekly-briefing', props: {sources: ['src:001', 'src:003'], role: 'spokesperson'}},
  {from: 'country:china', to: 'event:2025-06-china-resumes-ree-exports-us', props: {sources: ['src:002'], role: 'exporter'}},
  {from: 'country:china', to: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', props: {sources: ['src:000', 'src:004'], role: 'exporter'}},
  {from: 'country:china', to: 'event:2025-10-china-resumes-magnet-exports-india', props: {sources: ['src:004'], role: 'exporter'}},
  {from: 'country:india', to: 'event:2025-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], role: 'exporter'}},
  {from: 'country:china', to: 'event:2025-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], role: 'importer'}},
  {from: 'country:china', to: 'event:2025-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], role: 'exporter'}},
  {from: 'country:india', to: 'event:2025-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], role: 'importer'}},
  {from: 'country:india', to: 'event:2024-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], role: 'exporter'}},
  {from: 'country:china', to: 'event:2024-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], role: 'importer'}},
  {from: 'country:china', to: 'event:2024-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], role: 'exporter'}},
  {from: 'country:india', to: 'event:2024-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], role: 'importer'}},
  {from: 'country:india', to: 'event:2025-04-india-rare-earth-magnet-imports-apr-sep', props: {sources: ['src:004'], role: 'importer'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

// ---- ABOUT -------------------------------------------------------

UNWIND [
  {from: 'event:2025-06-indian-auto-delegation-to-china', to: 'commodity:rare-earth-magnets', props: {sources: ['src:002']}},
  {from: 'event:2025-08-india-china-magnet-import-negotiations', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000']}},
  {from: 'event:2025-10-30-trump-xi-meeting', to: 'commodity:critical-minerals', props: {sources: ['src:004']}},
  {from: 'event:2025-06-09-us-china-london-talks', to: 'commodity:rare-earth-elements', props: {sources: ['src:002']}},
  {from: 'event:2025-04-india-rare-earth-magnet-imports-apr-sep', to: 'commodity:rare-earth-magnets', props: {sources: ['src:004']}},
  {from: 'event:2025-06-china-resumes-ree-exports-us', to: 'commodity:rare-earth-elements', props: {sources: ['src:002']}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000', 'src:004']}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'commodity:heavy-rare-earth-magnets', props: {sources: ['src:004']}},
  {from: 'event:2025-04-global-rare-earth-supply-disruption', to: 'commodity:rare-earth-elements', props: {sources: ['src:002']}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000', 'src:001', 'src:002', 'src:003', 'src:004']}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

// ---- AFFECTS -----------------------------------------------------

UNWIND [
  {from: 'event:2025-us-tariff-increases', to: 'country:china', props: {sources: ['src:000', 'src:002', 'src:004'], note: 'target of the tariff increases'}},
  {from: 'event:2025-04-global-rare-earth-supply-disruption', to: 'org:us-auto-industry', props: {sources: ['src:002'], note: 'sections of the US auto industry halted'}},
  {from: 'event:2025-04-global-rare-earth-supply-disruption', to: 'country:india', props: {sources: ['src:002'], note: 'raised concerns in India'}},
  {from: 'event:2025-04-global-rare-earth-supply-disruption', to: 'sector:automobiles', props: {sources: ['src:002']}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'country:india', props: {sources: ['src:000', 'src:001', 'src:002', 'src:003', 'src:004']}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'org:indian-auto-industry', props: {sources: ['src:002'], quote: 'particularly exposed', quoteSource: 'src:002', paragraph: 14}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'sector:electric-vehicles', props: {sources: ['src:004'], note: 'several Indian industries strained'}},
  {from: 'event:2025-08-chinese-embassy-visas-indian-companies', to: 'country:india', props: {sources: ['src:000'], note: 'visas for staff of Indian companies'}},
  {from: 'event:2025-07-india-resumes-tourist-visas-chinese', to: 'country:china', props: {sources: ['src:001', 'src:003'], note: 'Chinese nationals can again get Indian tourist visas'}},
  {from: 'event:2025-06-china-resumes-ree-exports-us', to: 'country:united-states', props: {sources: ['src:002'], note: 'recipient of resumed exports'}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'country:united-states', props: {sources: ['src:000'], note: 'recipient of resumed shipments'}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'place:europe', props: {sources: ['src:000', 'src:004'], note: 'recipient of resumed shipments'}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'place:southeast-asia', props: {sources: ['src:000', 'src:004'], note: 'recipient of resumed shipments'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'country:india', props: {sources: ['src:004'], note: 'recipient of resumed exports'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'sector:electric-vehicles', props: {sources: ['src:004'], note: 'named among the sectors the resumption brings relief to', paragraph: 2}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'sector:renewable-energy', props: {sources: ['src:004'], note: 'named among the sectors the resumption brings relief to', paragraph: 2}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'sector:consumer-electronics', props: {sources: ['src:004'], note: 'named among the sectors the resumption brings relief to', paragraph: 2}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:AFFECTS]->(b)
SET r += row.props;
