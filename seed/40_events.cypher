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
  endDate: date('2024-10-01'),
  endDatePrecision: 'month',
  endDateInferred: true,
  endDateInferredFrom: '"completed in October last year, effectively ending the face-off" (003, a 2025 report)',
  endDateNote: 'The face-off effectively ended when disengagement was completed in October 2024 (003), month precision.'
}
WITH n
UNWIND [
  {src: 'src:003', props: {quote: 'began in May 2020', paragraph: 3, basis: 'stated'}},
  {src: 'src:001', props: {quote: 'after more than four years of strained relations and border tensions', paragraph: 20, basis: 'inferred', note: '001 does not name the standoff; the four years of strained relations and border tensions are read as its span'}}
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
UNWIND [
  {src: 'src:003', props: {quote: 'deadly clash in the Galwan Valley', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

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
UNWIND [
  {src: 'src:001', props: {quote: 'disengagement agreement was implemented in October last year', paragraph: 17, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'disengagement process', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

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
UNWIND [
  {src: 'src:001', props: {quote: 'meeting between Prime Minister Narendra Modi and Chinese President Xi Jinping', paragraph: 20, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'meeting between Prime Minister Narendra Modi and Chinese President Xi Jinping', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

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
UNWIND [
  {src: 'src:001', props: {quote: 'decision to revive various dialogue mechanisms', paragraph: 20, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'decision to revive various dialogue mechanisms', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Resumption --------------------------------------------------

MERGE (n:Event {id: 'event:2025-kailash-mansarovar-yatra-resumption'})
SET n:Resumption, n += {
  name: 'Kailash Mansarovar Yatra resumes',
  aliases: ['Kailash Manasarovar Yatra'],
  description: 'The Kailash Mansarovar Yatra, a pilgrimage, was resumed as one of the steps to reset ties (001, 003).',
  date: date('2025-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: '"over the past few months" (003), before the October 2025 licences',
  dateQualifier: 'in the months before 2025-10-30',
  dateNote: 'The reports give no month: 003 says only "over the past few months". The year is that of the reports.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'resumption of the Kailash Mansarovar Yatra', paragraph: 17, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'resumption of the Kailash Mansarovar Yatra', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-india-resumes-tourist-visas-chinese'})
SET n:Resumption, n += {
  name: 'India resumes tourist visas for Chinese nationals',
  aliases: [],
  description: 'India restarted issuing tourist visas to Chinese citizens, one of the steps to normalise ties.',
  date: date('2025-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: '"over the past few months" (003), "India\'s renewal of tourist visa issuance" (001)',
  dateQualifier: 'in the months before 2025-10-30',
  dateNote: 'The reports give no month: 003 says only "over the past few months". The year is that of the reports.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'India’s renewal of tourist visa issuance to Chinese nationals', paragraph: 17, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'India’s decision to restart the issuance of tourist visas to Chinese nationals', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-10-kolkata-guangzhou-flights-resumption'})
SET n:Resumption, n += {
  name: 'Direct Kolkata–Guangzhou flights resume',
  aliases: ['India China direct flights'],
  description: 'Direct passenger flights between Kolkata and Guangzhou restarted, which an industry executive expects to ease logistics and cargo.',
  date: date('2025-10-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"this week" (004)',
  datePrecisionFrom: 'inferred from 004 itself: "this week" in a report whose "six-month pause" since April ends in October 2025',
  dateQualifier: 'the week of report 004 (about 30 Oct 2025); the day is not reported'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'resumption of direct Kolkata–Guangzhou flights', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

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
UNWIND [
  {src: 'src:000', props: {quote: 'aimed partly at countering US tariffs', paragraph: 4, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'increased tariffs under U.S. President Donald Trump', paragraph: 11, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'after the US increased tariffs', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- SupplyDisruption --------------------------------------------

MERGE (n:Event {id: 'event:2025-04-global-rare-earth-supply-disruption'})
SET n:SupplyDisruption, n += {
  name: 'Global rare-earth supply disruption',
  aliases: [],
  description: 'China\'s April curbs disrupted rare-earth supplies for about two months, halting parts of the US auto industry and worrying other countries including India.',
  date: date('2025-04-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"The curbs disrupted supplies for two months" (002), from the controls "in April"',
  endDate: date('2025-06-01'),
  endDatePrecision: 'month',
  endDateInferred: true,
  endDateInferredFrom: '"The curbs disrupted supplies for two months" (002), counted from the controls "in April"',
  endDateNote: 'two months after April (002): June 2025, month precision'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'The curbs disrupted supplies for two months', paragraph: 12, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-04-magnet-export-pause-india'})
SET n:SupplyDisruption, n += {
  name: 'Pause of Chinese rare-earth magnet exports to India',
  aliases: [],
  description: 'From April to October 2025 Indian firms faced persistent delays in getting Chinese rare-earth magnets (a "six-month pause" in 004), while shipments to other regions resumed earlier; 004 also reports 870 tonnes of magnet imports in April–September 2025.',
  date: date('2025-04-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"after a six-month pause" and "the first easing in supply since April" (004)',
  endDate: date('2025-10-30'),
  endDatePrecision: 'day',
  endDateInferred: true,
  endDateInferredFrom: 'ends with the licences the MEA confirmed "on Thursday" (001, 003; see event:2025-10-china-licences-indian-firms)',
  endDateNote: 'ends with the licences confirmed on 30 October 2025, the latest date they can have been granted'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'After a six-month pause that strained several Indian industries', note: 'a six-month pause, first easing since April', paragraph: 2, basis: 'stated'}},
  {src: 'src:000', props: {quote: 'Indian firms are yet to secure export licences', note: 'Indian firms yet to secure export licences', paragraph: 4, basis: 'stated'}},
  {src: 'src:001', props: {quote: 'it had not extended the same to India until now', note: 'relaxation not extended to India until now', paragraph: 15, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'India had been awaiting a response', note: 'India awaiting a response', paragraph: 15, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'India was not initially included in the relaxation', note: 'India not initially included in the relaxation', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Negotiation -------------------------------------------------

MERGE (n:Event {id: 'event:2025-06-us-china-london-talks'})
SET n:Negotiation, n += {
  name: 'US–China trade talks in London',
  aliases: ['London talks'],
  description: 'Two days of US–China negotiations in London, after which China resumed selective rare-earth exports to the US.',
  date: date('2025-06-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"recently ... after two days of negotiations in London" (002)',
  datePrecisionFrom: 'report 002\'s date (June 2025, itself resolved with background knowledge: see src:002) and its "recently"; 002 also puts the controls "in April" and the disruption at "two months"',
  dateQualifier: 'shortly before report 002; the days are not reported'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'two days of negotiations in London', paragraph: 15, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Dispute (added by the audit: 004 ¶6) -------------------------

MERGE (n:Event {id: 'event:2025-us-china-trade-dispute'})
SET n:Dispute, n += {
  name: 'Prolonged US–China dispute',
  aliases: ['US-China trade tensions', 'US–China dispute'],
  description: 'The United States and China locked in a prolonged dispute that disrupted global access to critical minerals (004).',
  date: date('2025-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: '"have been locked in a prolonged dispute" (004, of 2025)',
  dateQualifier: 'under way as of report 004; the start is not reported'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Both countries have been locked in a prolonged dispute that has disrupted global access to critical minerals', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

UNWIND [
  {from: 'country:united-states', to: 'event:2025-us-china-trade-dispute', props: {sources: ['src:004'], role: 'party', quote: 'Both countries have been locked in a prolonged dispute', quoteSource: 'src:004', paragraph: 6, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-us-china-trade-dispute', props: {sources: ['src:004'], role: 'party', quote: 'Both countries have been locked in a prolonged dispute', quoteSource: 'src:004', paragraph: 6, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'event:2025-us-china-trade-dispute', to: 'commodity:critical-minerals', props: {sources: ['src:004'], quote: 'a prolonged dispute that has disrupted global access to critical minerals', quoteSource: 'src:004', paragraph: 6, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

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
UNWIND [
  {src: 'src:002', props: {quote: 'at the weekly press briefing', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

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
UNWIND [
  {src: 'src:002', props: {quote: 'At a media briefing in Beijing', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

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
UNWIND [
  {src: 'src:002', props: {quote: 'send a high-level delegation to China', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Meeting -----------------------------------------------------

MERGE (n:Event {id: 'event:2025-jaishankar-wang-yi-meeting'})
SET n:Meeting, n += {
  name: 'Jaishankar–Wang Yi meeting in Beijing',
  aliases: [],
  description: 'Indian External Affairs Minister S Jaishankar met Chinese Foreign Minister Wang Yi in Beijing, after which trade and wider ties made some progress.',
  date: date('2025-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: '"recent meeting ... in Beijing" (000, of 2025)',
  dateQualifier: 'before 2025-08-14 ("recent"); the month is not reported'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'External Affairs Minister S Jaishankar’s recent meeting with Chinese Foreign Minister Wang Yi in Beijing', paragraph: 5, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- PolicyAction ------------------------------------------------

MERGE (n:Event {id: 'event:2025-chinese-embassy-visas-indian-companies'})
SET n:PolicyAction, n += {
  name: 'Chinese Embassy issues visas to Indian companies',
  aliases: [],
  description: 'China\'s embassy issued visas to staff of several Indian companies so they could deal with Chinese authorities on magnet supplies.',
  date: date('2025-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: '"the Embassy of China has issued visas to our companies" (000, of 2025)',
  dateQualifier: 'on or before 2025-08-14'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'the Embassy of China has issued visas to our companies', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

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
UNWIND [
  {src: 'src:000', props: {quote: 'negotiations underway to commence imports of rare earth magnets', paragraph: 1, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Resumption --------------------------------------------------

MERGE (n:Event {id: 'event:2025-06-china-resumes-ree-exports-us'})
SET n:Resumption, n += {
  name: 'China resumes selective rare-earth exports to the US',
  aliases: [],
  description: 'After the London talks China resumed selective exports of rare earths to the United States, while India waited.',
  date: date('2025-06-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"recently resumed selective REE exports to the U.S. after two days of negotiations in London" (002)',
  datePrecisionFrom: 'report 002\'s date (June 2025, itself resolved with background knowledge: see src:002) and its "recently"',
  dateQualifier: 'after the London talks and before report 002'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'resumed selective REE exports to the U.S.', paragraph: 15, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-china-resumes-magnet-shipments-us-europe-sea'})
SET n:Resumption, n += {
  name: 'China resumes magnet shipments to the US, Europe and Southeast Asia',
  aliases: [],
  description: 'Chinese rare-earth magnet shipments to companies in the US, Europe and Southeast Asia gradually restarted while Indian firms still lacked licences.',
  date: date('2025-01-01'),
  datePrecision: 'year',
  dateInferred: true,
  dateInferredFrom: '"has resumed shipments" (000, of 2025), "had gradually resumed" (004)',
  dateQualifier: 'under way by 2025-08-14 (000); the start is not reported',
  dateNote: 'No report dates the start. It is not the June relaxation of the fertiliser and mineral curbs (001, 003), which is another measure.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'China has resumed shipments of rare earth magnets to companies in the US, Europe and Southeast Asia', paragraph: 4, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'shipments to Europe and Southeast Asia had gradually resumed', paragraph: 9, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Meeting -----------------------------------------------------

MERGE (n:Event {id: 'event:2025-10-trump-xi-meeting'})
SET n:Meeting, n += {
  name: 'Trump–Xi meeting',
  aliases: ['Trump Xi meeting'],
  description: 'Donald Trump and Xi Jinping met "to discuss trade and supply chain stability" (004), amid the prolonged US–China dispute.',
  date: date('2025-10-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"met earlier this week" (004)',
  datePrecisionFrom: 'inferred from 004 itself: "this week" in a report whose "six-month pause" since April ends in October 2025',
  dateNote: 'The day and the venue are not in the reports (background knowledge: 30 October 2025, Busan).'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'US President Donald Trump and Chinese President Xi Jinping, who met earlier this week', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

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
UNWIND [
  {src: 'src:001', props: {quote: 'At his weekly media briefing', paragraph: 13, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'weekly briefing', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Resumption --------------------------------------------------

MERGE (n:Event {id: 'event:2025-10-china-resumes-magnet-exports-india'})
SET n:Resumption, n += {
  name: 'China resumes heavy rare-earth magnet exports to India',
  aliases: [],
  description: 'Following the licences, China resumed exports of heavy rare earth magnets to India under end-use conditions, relieving EV, renewable-energy and electronics makers.',
  date: date('2025-10-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"China has resumed exports" after "a six-month pause" since April (004)',
  dateQualifier: 'approximate: as of the report'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'China has resumed exports of heavy rare earth magnets to India', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- TradeFlow ---------------------------------------------------

MERGE (n:Event {id: 'event:2025-04-india-exports-to-china-apr-jul'})
SET n:TradeFlow, n += {
  name: 'India\'s exports to China, April–July 2025',
  aliases: [],
  description: 'Indian merchandise exports to China in the first four months of fiscal 2025-26, up about a fifth on a year earlier.',
  date: date('2025-04-01'),
  datePrecision: 'month',
  dateInferred: false,
  endDate: date('2025-07-01'),
  endDatePrecision: 'month',
  endDateInferred: false,
  periodLabel: 'April–July 2025'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Exports to China rose 20% to $5.76 billion in April-July 2025', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-04-india-imports-from-china-apr-jul'})
SET n:TradeFlow, n += {
  name: 'India\'s imports from China, April–July 2025',
  aliases: [],
  description: 'Indian merchandise imports from China in April–July 2025, up 13 per cent on a year earlier.',
  date: date('2025-04-01'),
  datePrecision: 'month',
  dateInferred: false,
  endDate: date('2025-07-01'),
  endDatePrecision: 'month',
  endDateInferred: false,
  periodLabel: 'April–July 2025'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'imports climbed 13%', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2024-04-india-exports-to-china-apr-jul'})
SET n:TradeFlow, n += {
  name: 'India\'s exports to China, April–July 2024',
  aliases: [],
  description: 'Indian exports to China in the same four months a year earlier, the base of the 2025 growth figure.',
  date: date('2024-04-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"in April-July 2025, up from $4.80 billion a year earlier" (000)',
  endDate: date('2024-07-01'),
  endDatePrecision: 'month',
  endDateInferred: true,
  endDateInferredFrom: 'April-July "a year earlier" than April-July 2025 (000)',
  periodLabel: 'April–July 2024'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: '$4.80 billion a year earlier', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2024-04-india-imports-from-china-apr-jul'})
SET n:TradeFlow, n += {
  name: 'India\'s imports from China, April–July 2024',
  aliases: [],
  description: 'Indian imports from China in April–July 2024, the base of the 2025 growth figure.',
  date: date('2024-04-01'),
  datePrecision: 'month',
  dateInferred: true,
  dateInferredFrom: '"over the same period" (April-July) a year earlier (000)',
  endDate: date('2024-07-01'),
  endDatePrecision: 'month',
  endDateInferred: true,
  endDateInferredFrom: 'April-July "a year earlier" than April-July 2025 (000)',
  periodLabel: 'April–July 2024'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'from $35.96 billion', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-04-india-rare-earth-magnet-imports-apr-sep'})
SET n:TradeFlow, n += {
  name: 'India\'s rare-earth magnet imports, April–September 2025',
  aliases: [],
  description: 'Indian imports of rare earth magnets between April and September 2025 according to ET data (the report does not say from where, nor reconcile them with the pause).',
  date: date('2025-04-01'),
  datePrecision: 'month',
  dateInferred: false,
  endDate: date('2025-09-01'),
  endDatePrecision: 'month',
  endDateInferred: false,
  periodLabel: 'April–September 2025'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'India imported 870 tonnes of rare earth magnets worth ₹306 crore', paragraph: 9, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- IN ----------------------------------------------------------

UNWIND [
  {from: 'event:2020-05-eastern-ladakh-standoff', to: 'place:eastern-ladakh', props: {sources: ['src:003'], quote: 'military standoff in eastern Ladakh', quoteSource: 'src:003', paragraph: 3, basis: 'stated'}},
  {from: 'event:2020-05-eastern-ladakh-standoff', to: 'place:lac', props: {sources: ['src:003'], quote: 'after years of tension along the Line of Actual Control (LAC)', quoteSource: 'src:003', paragraph: 1, basis: 'inferred', note: '003 gives years of tension along the LAC beside the standoff in eastern Ladakh; the standoff read as on the LAC'}},
  {from: 'event:2020-06-galwan-valley-clash', to: 'place:galwan-valley', props: {sources: ['src:003'], quote: 'deadly clash in the Galwan Valley', quoteSource: 'src:003', paragraph: 3, basis: 'stated'}},
  {from: 'event:2024-10-eastern-ladakh-disengagement', to: 'place:eastern-ladakh', props: {sources: ['src:001', 'src:003'], quote: 'a reduction in military tensions in eastern Ladakh, where a disengagement agreement was implemented', quoteSource: 'src:001', paragraph: 17, basis: 'stated'}},
  {from: 'event:2024-10-eastern-ladakh-disengagement', to: 'place:demchok', props: {sources: ['src:001', 'src:003'], quote: 'military disengagement in eastern Ladakh, including at Demchok and Depsang', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'event:2024-10-eastern-ladakh-disengagement', to: 'place:depsang', props: {sources: ['src:001', 'src:003'], quote: 'military disengagement in eastern Ladakh, including at Demchok and Depsang', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'event:2024-10-kazan-modi-xi-meeting', to: 'place:kazan', props: {sources: ['src:001', 'src:003'], quote: 'Xi Jinping in Kazan, Russia', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'event:2025-10-kolkata-guangzhou-flights-resumption', to: 'place:kolkata', props: {sources: ['src:004'], quote: 'direct Kolkata–Guangzhou flights', quoteSource: 'src:004', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-10-kolkata-guangzhou-flights-resumption', to: 'place:guangzhou', props: {sources: ['src:004'], quote: 'direct Kolkata–Guangzhou flights', quoteSource: 'src:004', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-06-us-china-london-talks', to: 'place:london', props: {sources: ['src:002'], quote: 'two days of negotiations in London', quoteSource: 'src:002', paragraph: 15, basis: 'stated'}},
  {from: 'event:2025-06-12-mea-weekly-briefing', to: 'place:new-delhi', props: {sources: ['src:002'], basis: 'inferred', note: '002 does not say where the MEA briefing was held; read as New Delhi, the ministry\'s seat (001)'}},
  {from: 'event:2025-06-12-china-mfa-briefing', to: 'place:beijing', props: {sources: ['src:002'], quote: 'At a media briefing in Beijing', quoteSource: 'src:002', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-06-indian-auto-delegation-to-china', to: 'country:china', props: {sources: ['src:002'], quote: 'send a high-level delegation to China', quoteSource: 'src:002', paragraph: 8, basis: 'stated'}},
  {from: 'event:2025-jaishankar-wang-yi-meeting', to: 'place:beijing', props: {sources: ['src:000'], quote: 'meeting with Chinese Foreign Minister Wang Yi in Beijing', quoteSource: 'src:000', paragraph: 5, basis: 'stated'}},
  {from: 'event:2025-10-30-mea-weekly-briefing', to: 'place:new-delhi', props: {sources: ['src:001', 'src:003'], quote: 'The Ministry of External Affairs (MEA) in New Delhi confirmed the move on Thursday', quoteSource: 'src:001', paragraph: 13, basis: 'stated'}},
  {from: 'event:2025-10-trump-xi-meeting', to: 'place:busan', props: {sources: ['src:004'], basis: 'background', note: 'venue from background knowledge (Busan); 004 does not name it'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:IN]->(b)
SET r += row.props;

// ---- PARTICIPATED_IN ---------------------------------------------

UNWIND [
  {from: 'country:india', to: 'event:2020-05-eastern-ladakh-standoff', props: {sources: ['src:003'], role: 'party', quote: 'both nations work to normalise diplomatic and economic ties that were severely affected by the military standoff', quoteSource: 'src:003', paragraph: 3, basis: 'stated'}},
  {from: 'country:china', to: 'event:2020-05-eastern-ladakh-standoff', props: {sources: ['src:003'], role: 'party', quote: 'both nations work to normalise diplomatic and economic ties that were severely affected by the military standoff', quoteSource: 'src:003', paragraph: 3, basis: 'stated'}},
  {from: 'country:india', to: 'event:2020-06-galwan-valley-clash', props: {sources: ['src:003'], role: 'party', quote: 'The confrontation led to a deadly clash in the Galwan Valley', quoteSource: 'src:003', paragraph: 3, basis: 'inferred', note: 'the two sides of the confrontation read as the parties of the clash'}},
  {from: 'country:china', to: 'event:2020-06-galwan-valley-clash', props: {sources: ['src:003'], role: 'party', quote: 'The confrontation led to a deadly clash in the Galwan Valley', quoteSource: 'src:003', paragraph: 3, basis: 'inferred', note: 'the two sides of the confrontation read as the parties of the clash'}},
  {from: 'country:india', to: 'event:2024-10-eastern-ladakh-disengagement', props: {sources: ['src:001', 'src:003'], role: 'party', quote: 'effectively ending the face-off', quoteSource: 'src:003', paragraph: 3, basis: 'inferred', note: 'the two sides of the face-off read as the parties of the disengagement'}},
  {from: 'country:china', to: 'event:2024-10-eastern-ladakh-disengagement', props: {sources: ['src:001', 'src:003'], role: 'party', quote: 'effectively ending the face-off', quoteSource: 'src:003', paragraph: 3, basis: 'inferred', note: 'the two sides of the face-off read as the parties of the disengagement'}},
  {from: 'person:narendra-modi', to: 'event:2024-10-kazan-modi-xi-meeting', props: {sources: ['src:001', 'src:003'], role: 'Prime Minister of India', quote: 'Prime Minister Narendra Modi and Chinese President Xi Jinping in Kazan', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'person:xi-jinping', to: 'event:2024-10-kazan-modi-xi-meeting', props: {sources: ['src:001', 'src:003'], role: 'President of China', quote: 'Prime Minister Narendra Modi and Chinese President Xi Jinping in Kazan', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'country:india', to: 'event:2024-10-revive-dialogue-mechanisms', props: {sources: ['src:001', 'src:003'], role: 'party', quote: 'revive various dialogue mechanisms between India and China', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'country:china', to: 'event:2024-10-revive-dialogue-mechanisms', props: {sources: ['src:001', 'src:003'], role: 'party', quote: 'revive various dialogue mechanisms between India and China', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'country:india', to: 'event:2025-kailash-mansarovar-yatra-resumption', props: {sources: ['src:001', 'src:003'], role: 'party', quote: 'a series of steps by both governments to reset diplomatic ties, including the resumption of the Kailash Mansarovar Yatra', quoteSource: 'src:001', paragraph: 17, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-kailash-mansarovar-yatra-resumption', props: {sources: ['src:001', 'src:003'], role: 'host of the pilgrimage sites', quote: 'a series of steps by both governments to reset diplomatic ties, including the resumption of the Kailash Mansarovar Yatra', quoteSource: 'src:001', paragraph: 17, basis: 'stated'}},
  {from: 'country:india', to: 'event:2025-india-resumes-tourist-visas-chinese', props: {sources: ['src:001', 'src:003'], role: 'issuer', quote: 'India’s renewal of tourist visa issuance to Chinese nationals', quoteSource: 'src:001', paragraph: 17, basis: 'stated'}},
  {from: 'country:india', to: 'event:2025-10-kolkata-guangzhou-flights-resumption', props: {sources: ['src:004'], role: 'endpoint', quote: 'the resumption of direct Kolkata–Guangzhou flights', quoteSource: 'src:004', paragraph: 4, basis: 'inferred', note: 'India and China read as the countries of Kolkata and Guangzhou (where the cities are is background knowledge)'}},
  {from: 'country:china', to: 'event:2025-10-kolkata-guangzhou-flights-resumption', props: {sources: ['src:004'], role: 'endpoint', quote: 'the resumption of direct Kolkata–Guangzhou flights', quoteSource: 'src:004', paragraph: 4, basis: 'inferred', note: 'India and China read as the countries of Kolkata and Guangzhou (where the cities are is background knowledge)'}},
  {from: 'country:united-states', to: 'event:2025-us-tariff-increases', props: {sources: ['src:002', 'src:004'], role: 'imposer', quote: 'after the US increased tariffs', quoteSource: 'src:004', paragraph: 8, basis: 'stated'}},
  {from: 'person:donald-trump', to: 'event:2025-us-tariff-increases', props: {sources: ['src:002'], role: 'US President', quote: 'increased tariffs under U.S. President Donald Trump', quoteSource: 'src:002', paragraph: 11, basis: 'stated'}},
  {from: 'country:united-states', to: 'event:2025-06-us-china-london-talks', props: {sources: ['src:002'], role: 'negotiating party', quote: 'China recently resumed selective REE exports to the U.S. after two days of negotiations in London', quoteSource: 'src:002', paragraph: 15, basis: 'inferred', note: '002 does not say who negotiated; the US and China read as the parties from the exports resumed after the talks'}},
  {from: 'country:china', to: 'event:2025-06-us-china-london-talks', props: {sources: ['src:002'], role: 'negotiating party', quote: 'China recently resumed selective REE exports to the U.S. after two days of negotiations in London', quoteSource: 'src:002', paragraph: 15, basis: 'inferred', note: '002 does not say who negotiated; the US and China read as the parties from the exports resumed after the talks'}},
  {from: 'org:mea-india', to: 'event:2025-06-12-mea-weekly-briefing', props: {sources: ['src:002'], role: 'host', quote: 'MEA spokesperson Randhir Jaiswal said at the weekly press briefing', quoteSource: 'src:002', paragraph: 7, basis: 'stated'}},
  {from: 'person:randhir-jaiswal', to: 'event:2025-06-12-mea-weekly-briefing', props: {sources: ['src:002'], role: 'spokesperson', quote: 'MEA spokesperson Randhir Jaiswal said at the weekly press briefing', quoteSource: 'src:002', paragraph: 7, basis: 'stated'}},
  {from: 'org:china-mfa', to: 'event:2025-06-12-china-mfa-briefing', props: {sources: ['src:002'], role: 'host', quote: 'At a media briefing in Beijing, Chinese foreign ministry spokesperson Lin Jian stated', quoteSource: 'src:002', paragraph: 4, basis: 'stated'}},
  {from: 'person:lin-jian', to: 'event:2025-06-12-china-mfa-briefing', props: {sources: ['src:002'], role: 'spokesperson', quote: 'At a media briefing in Beijing, Chinese foreign ministry spokesperson Lin Jian stated', quoteSource: 'src:002', paragraph: 4, basis: 'stated'}},
  {from: 'org:indian-auto-industry', to: 'event:2025-06-indian-auto-delegation-to-china', props: {sources: ['src:002'], role: 'delegation', quote: 'Indian auto and auto component makers prepare to send a high-level delegation to China', quoteSource: 'src:002', paragraph: 8, basis: 'stated'}},
  {from: 'person:s-jaishankar', to: 'event:2025-jaishankar-wang-yi-meeting', props: {sources: ['src:000'], role: 'External Affairs Minister of India', quote: 'External Affairs Minister S Jaishankar’s recent meeting with Chinese Foreign Minister Wang Yi', quoteSource: 'src:000', paragraph: 5, basis: 'stated'}},
  {from: 'person:wang-yi', to: 'event:2025-jaishankar-wang-yi-meeting', props: {sources: ['src:000'], role: 'Foreign Minister of China', quote: 'External Affairs Minister S Jaishankar’s recent meeting with Chinese Foreign Minister Wang Yi', quoteSource: 'src:000', paragraph: 5, basis: 'stated'}},
  {from: 'org:chinese-embassy-india', to: 'event:2025-chinese-embassy-visas-indian-companies', props: {sources: ['src:000'], role: 'issuer', quote: 'the Embassy of China has issued visas to our companies', quoteSource: 'src:000', paragraph: 3, basis: 'stated'}},
  {from: 'country:india', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], role: 'party', quote: 'India’s trade relations with China are gradually showing renewed momentum, with negotiations underway', quoteSource: 'src:000', paragraph: 1, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], role: 'party', quote: 'India’s trade relations with China are gradually showing renewed momentum, with negotiations underway', quoteSource: 'src:000', paragraph: 1, basis: 'stated'}},
  {from: 'org:chinese-authorities', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], role: 'counterpart of the Indian companies', quote: 'these companies are in touch with the Chinese authorities', quoteSource: 'src:000', paragraph: 3, basis: 'stated'}},
  {from: 'person:donald-trump', to: 'event:2025-10-trump-xi-meeting', props: {sources: ['src:004'], role: 'US President', quote: 'US President Donald Trump and Chinese President Xi Jinping, who met earlier this week', quoteSource: 'src:004', paragraph: 6, basis: 'stated'}},
  {from: 'person:xi-jinping', to: 'event:2025-10-trump-xi-meeting', props: {sources: ['src:004'], role: 'President of China', quote: 'US President Donald Trump and Chinese President Xi Jinping, who met earlier this week', quoteSource: 'src:004', paragraph: 6, basis: 'stated'}},
  {from: 'country:united-states', to: 'event:2025-10-trump-xi-meeting', props: {sources: ['src:004'], role: 'party', quote: 'US President Donald Trump and Chinese President Xi Jinping, who met earlier this week', quoteSource: 'src:004', paragraph: 6, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-10-trump-xi-meeting', props: {sources: ['src:004'], role: 'party', quote: 'US President Donald Trump and Chinese President Xi Jinping, who met earlier this week', quoteSource: 'src:004', paragraph: 6, basis: 'stated'}},
  {from: 'org:mea-india', to: 'event:2025-10-30-mea-weekly-briefing', props: {sources: ['src:001', 'src:003'], role: 'host', quote: 'At his weekly media briefing, External Affairs Ministry spokesperson Randhir Jaiswal', quoteSource: 'src:001', paragraph: 13, basis: 'stated'}},
  {from: 'person:randhir-jaiswal', to: 'event:2025-10-30-mea-weekly-briefing', props: {sources: ['src:001', 'src:003'], role: 'spokesperson', quote: 'At his weekly media briefing, External Affairs Ministry spokesperson Randhir Jaiswal', quoteSource: 'src:001', paragraph: 13, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-06-china-resumes-ree-exports-us', props: {sources: ['src:002'], role: 'exporter', quote: 'China recently resumed selective REE exports to the U.S.', quoteSource: 'src:002', paragraph: 15, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', props: {sources: ['src:000', 'src:004'], role: 'exporter', quote: 'China has resumed shipments of rare earth magnets to companies in the US, Europe and Southeast Asia', quoteSource: 'src:000', paragraph: 4, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-10-china-resumes-magnet-exports-india', props: {sources: ['src:004'], role: 'exporter', quote: 'China has resumed exports of heavy rare earth magnets to India', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'country:india', to: 'event:2025-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], role: 'exporter', quote: 'Exports to China rose 20% to $5.76 billion in April-July 2025', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], role: 'importer', quote: 'Exports to China rose 20% to $5.76 billion in April-July 2025', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'country:china', to: 'event:2025-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], role: 'exporter', quote: 'imports climbed 13% over the same period from $35.96 billion to $40.66 billion', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'country:india', to: 'event:2025-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], role: 'importer', quote: 'imports climbed 13% over the same period from $35.96 billion to $40.66 billion', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'country:india', to: 'event:2024-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], role: 'exporter', quote: 'up from $4.80 billion a year earlier', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'country:china', to: 'event:2024-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], role: 'importer', quote: 'up from $4.80 billion a year earlier', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'country:china', to: 'event:2024-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], role: 'exporter', quote: 'over the same period from $35.96 billion', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'country:india', to: 'event:2024-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], role: 'importer', quote: 'over the same period from $35.96 billion', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'country:india', to: 'event:2025-04-india-rare-earth-magnet-imports-apr-sep', props: {sources: ['src:004'], role: 'importer', quote: 'India imported 870 tonnes of rare earth magnets', quoteSource: 'src:004', paragraph: 9, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

// ---- ABOUT -------------------------------------------------------

UNWIND [
  {from: 'event:2025-06-indian-auto-delegation-to-china', to: 'commodity:rare-earth-magnets', props: {sources: ['src:002'], quote: 'hoping to revive REE magnet supplies', quoteSource: 'src:002', paragraph: 8, basis: 'stated'}},
  {from: 'event:2025-08-india-china-magnet-import-negotiations', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000'], quote: 'negotiations underway to commence imports of rare earth magnets', quoteSource: 'src:000', paragraph: 1, basis: 'stated'}},
  {from: 'event:2025-06-us-china-london-talks', to: 'commodity:rare-earth-elements', props: {sources: ['src:002'], quote: 'resumed selective REE exports to the U.S. after two days of negotiations in London', quoteSource: 'src:002', paragraph: 15, basis: 'inferred', note: '002 does not say what the talks were about; rare earths are read from the exports resumed after them'}},
  {from: 'event:2025-04-india-rare-earth-magnet-imports-apr-sep', to: 'commodity:rare-earth-magnets', props: {sources: ['src:004'], quote: 'India imported 870 tonnes of rare earth magnets', quoteSource: 'src:004', paragraph: 9, basis: 'stated'}},
  {from: 'event:2025-06-china-resumes-ree-exports-us', to: 'commodity:rare-earth-elements', props: {sources: ['src:002'], quote: 'selective REE exports', quoteSource: 'src:002', paragraph: 15, basis: 'stated'}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000', 'src:004'], quote: 'resumed shipments of rare earth magnets', quoteSource: 'src:000', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'commodity:heavy-rare-earth-magnets', props: {sources: ['src:004'], quote: 'resumed exports of heavy rare earth magnets', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'event:2025-04-global-rare-earth-supply-disruption', to: 'commodity:rare-earth-elements', props: {sources: ['src:002'], quote: 'export controls on key rare earth elements (REEs) in April', quoteSource: 'src:002', paragraph: 3, basis: 'stated'}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000', 'src:001', 'src:002', 'src:003', 'src:004'], quote: 'China resumes export of rare earth magnets to India', quoteSource: 'src:004', paragraph: 1, basis: 'stated'}},
  {from: 'event:2025-10-trump-xi-meeting', to: 'event:2025-us-china-trade-dispute', props: {sources: ['src:004'], quote: 'met earlier this week to discuss trade and supply chain stability', quoteSource: 'src:004', paragraph: 6, basis: 'inferred', note: '004 says the meeting was to discuss trade and supply chain stability and names the dispute in the next sentence; the meeting read as about the dispute'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

// ---- AFFECTS -----------------------------------------------------

UNWIND [
  {from: 'event:2025-us-tariff-increases', to: 'country:china', props: {sources: ['src:000', 'src:002', 'src:004'], quote: 'aimed partly at countering US tariffs', quoteSource: 'src:000', paragraph: 4, basis: 'inferred', note: 'China read as affected by the US tariffs its restrictions counter; no report says whom the tariffs target'}},
  {from: 'event:2025-04-global-rare-earth-supply-disruption', to: 'org:us-auto-industry', props: {sources: ['src:002'], note: 'sections of the US auto industry halted', quote: 'halting sections of the U.S. auto industry', quoteSource: 'src:002', paragraph: 12, basis: 'stated'}},
  {from: 'event:2025-04-global-rare-earth-supply-disruption', to: 'country:india', props: {sources: ['src:002'], note: 'raised concerns in India', quote: 'raising concerns in other countries, including India', quoteSource: 'src:002', paragraph: 12, basis: 'stated'}},
  {from: 'event:2025-04-global-rare-earth-supply-disruption', to: 'sector:automobiles', props: {sources: ['src:002'], quote: 'India’s auto sector is particularly exposed to the disruption', quoteSource: 'src:002', paragraph: 14, basis: 'stated'}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'country:india', props: {sources: ['src:000', 'src:001', 'src:002', 'src:003', 'src:004'], quote: 'After a six-month pause that strained several Indian industries', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'org:indian-auto-industry', props: {sources: ['src:002'], quote: 'India’s auto sector is particularly exposed to the disruption', quoteSource: 'src:002', paragraph: 14, basis: 'inferred', note: '002 says this of the global disruption; the Indian auto industry read as hit by India\'s pause too'}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'sector:electric-vehicles', props: {sources: ['src:004'], quote: 'bringing relief to sectors such as electric vehicles (EVs)', quoteSource: 'src:004', paragraph: 2, basis: 'inferred', note: 'sectors relieved by the resumption read as hit by the pause'}},
  {from: 'event:2025-chinese-embassy-visas-indian-companies', to: 'country:india', props: {sources: ['src:000'], note: 'visas for staff of Indian companies', quote: 'China has also issued visas to several Indian companies', quoteSource: 'src:000', paragraph: 2, basis: 'stated'}},
  {from: 'event:2025-india-resumes-tourist-visas-chinese', to: 'country:china', props: {sources: ['src:001', 'src:003'], note: 'Chinese nationals can again get Indian tourist visas', quote: 'restart the issuance of tourist visas to Chinese nationals', quoteSource: 'src:003', paragraph: 7, basis: 'stated'}},
  {from: 'event:2025-06-china-resumes-ree-exports-us', to: 'country:united-states', props: {sources: ['src:002'], note: 'recipient of resumed exports', quote: 'selective REE exports to the U.S.', quoteSource: 'src:002', paragraph: 15, basis: 'stated'}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'country:united-states', props: {sources: ['src:000'], note: 'recipient of resumed shipments', quote: 'resumed shipments of rare earth magnets to companies in the US, Europe and Southeast Asia', quoteSource: 'src:000', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'place:europe', props: {sources: ['src:000', 'src:004'], note: 'recipient of resumed shipments', quote: 'resumed shipments of rare earth magnets to companies in the US, Europe and Southeast Asia', quoteSource: 'src:000', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'place:southeast-asia', props: {sources: ['src:000', 'src:004'], note: 'recipient of resumed shipments', quote: 'resumed shipments of rare earth magnets to companies in the US, Europe and Southeast Asia', quoteSource: 'src:000', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'country:india', props: {sources: ['src:004'], note: 'recipient of resumed exports', quote: 'China has resumed exports of heavy rare earth magnets to India', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'sector:electric-vehicles', props: {sources: ['src:004'], note: 'named among the sectors the resumption brings relief to', quote: 'bringing relief to sectors such as electric vehicles (EVs), renewable energy, and consumer electronics', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'sector:renewable-energy', props: {sources: ['src:004'], note: 'named among the sectors the resumption brings relief to', quote: 'bringing relief to sectors such as electric vehicles (EVs), renewable energy, and consumer electronics', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'sector:consumer-electronics', props: {sources: ['src:004'], note: 'named among the sectors the resumption brings relief to', quote: 'bringing relief to sectors such as electric vehicles (EVs), renewable energy, and consumer electronics', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:AFFECTS]->(b)
SET r += row.props;
