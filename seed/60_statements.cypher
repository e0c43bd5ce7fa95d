// 60_statements.cypher — Statements (quotes and paraphrases) with speaker (MADE), briefing (AT) or place (IN), and subjects (ABOUT).
// Seed data of the India–China rare-earth-magnet graph (see seed/README.md).
// Runs in one transaction with the other seed files, in filename order, after cypher/schema.cypher.
// Idempotent: nodes are MERGEd on id, relationships MERGEd between matched endpoints, then SET.

// ---- Statement ---------------------------------------------------

MERGE (n:Event {id: 'event:2025-06-12-lin-jian-dialogue-cooperation'})
SET n:Statement, n += {
  name: 'Lin Jian: willing to enhance dialogue on supply chains',
  aliases: [],
  description: 'Chinese foreign ministry spokesperson Lin Jian said China is willing to work with relevant countries to keep supply chains stable, the first public sign of engagement with India since the curbs.',
  date: date('2025-06-12'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"on Thursday" (002)',
  quote: 'We are willing to enhance dialogue and cooperation with relevant countries and regions to jointly keep the stability of global industrial and supply chains',
  summary: 'Operational details would be handled by the relevant authorities.',
  reportedVia: 'PTI'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'We are willing to enhance dialogue and cooperation with relevant countries and regions to jointly keep the stability of global industrial and supply chains', note: 'the report credits PTI for the quote', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-06-12-jaiswal-in-touch-with-chinese-side'})
SET n:Statement, n += {
  name: 'Jaiswal: in touch with the Chinese side on supply predictability',
  aliases: [],
  description: 'MEA spokesperson Randhir Jaiswal said India was in contact with China in New Delhi and Beijing to make the supply chain predictable.',
  date: date('2025-06-12'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"on Thursday", at "the weekly press briefing" (002)',
  quote: 'We are in touch with the Chinese side in New Delhi as well as in Beijing to bring predictability in the supply chain for trade consistent with international practices'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'We are in touch with the Chinese side in New Delhi as well as in Beijing to bring predictability in the supply chain for trade consistent with international practices', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-06-12-industry-sources-licensing-hurdles'})
SET n:Statement, n += {
  name: 'Industry sources: talks to focus on licensing hurdles',
  aliases: [],
  description: 'Unnamed industry sources expected the auto delegation\'s talks to focus on easing licensing hurdles and timely deliveries.',
  date: date('2025-06-12'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: 'report of Thursday 12 June 2025 (002)',
  summary: 'Discussions are expected to centre on easing licensing hurdles and ensuring timely deliveries to prevent production bottlenecks.'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'Industry sources say the discussions are expected to centre around easing licensing hurdles', paragraph: 9, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-08-14-official-efforts-restore-magnet-imports'})
SET n:Statement, n += {
  name: 'Senior official: efforts on to restore magnet imports',
  aliases: [],
  description: 'An unnamed senior Indian official said efforts to restore magnet imports were under way, with China issuing visas to Indian companies.',
  date: date('2025-08-14'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: 'report datelined 2025-08-14 (000). The statement itself is not dated',
  quote: 'Efforts are on (to restore rare earth magnet imports). In fact, the Embassy of China has issued visas to our companies. And these companies are in touch with the Chinese authorities. They are also trying to find ways and means by which the supply chain does not get impacted'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Efforts are on (to restore rare earth magnet imports). In fact, the Embassy of China has issued visas to our companies. And these companies are in touch with the Chinese authorities. They are also trying to find ways and means by which the supply chain does not get impacted', note: 'the words in brackets are the report\'s own', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-08-14-official-trade-moving-positively'})
SET n:Statement, n += {
  name: 'Senior official: trade with China moving positively',
  aliases: [],
  description: 'The same unnamed official said both exports to and imports from China were rising.',
  date: date('2025-08-14'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: 'report datelined 2025-08-14 (000). The statement itself is not dated',
  quote: 'Trade is moving positively with China -- both exports as well as imports'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Trade is moving positively with China -- both exports as well as imports', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-10-30-jaiswal-licences-received'})
SET n:Statement, n += {
  name: 'Jaiswal: some Indian companies have received licences',
  aliases: [],
  description: 'MEA spokesperson Randhir Jaiswal confirmed that some Indian companies had received Chinese licences to import rare earth magnets, without further details.',
  date: date('2025-10-30'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"on Thursday" at the weekly briefing (001, 003)',
  quote: 'Some Indian companies have received licences for importing rare earth magnets from China',
  summary: 'No details were given on which firms received licences or on the volumes allowed.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Some Indian companies have received licences for importing rare earth magnets from China', paragraph: 13, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Some Indian companies have received licences for importing rare earth magnets from China', paragraph: 2, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'MEA spokesperson Randhir Jaiswal confirmed that Indian firms have begun receiving import licences', note: 'paraphrases the confirmation without quoting Jaiswal', paragraph: 12, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-10-30-jaiswal-us-china-talks-caution'})
SET n:Statement, n += {
  name: 'Jaiswal: watch how US–China talks affect India',
  aliases: [],
  description: 'Jaiswal cautioned that the US–China talks could still affect the flow of magnets to India.',
  date: date('2025-10-30'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: 'not dated in 004, which reports it together with the licence confirmation in a report of "this week"',
  dateQualifier: 'approximate: assumed to be around the 30 October 2025 briefing',
  datePrecisionFrom: 'the 30 October 2025 MEA briefing (001, 003), where 004 places the licence confirmation it reports with this caution',
  quote: 'We have to look at how the US and China talks will play into our domain'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'We have to look at how the US and China talks will play into our domain', paragraph: 13, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-10-31-industry-executive-approvals-positive'})
SET n:Statement, n += {
  name: 'Industry executive: approvals a positive step',
  aliases: [],
  description: 'An unnamed senior industry executive called the approvals a positive step and said the resumed Kolkata–Guangzhou flights could ease logistics and cargo.',
  date: date('2025-10-31'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: 'report of "this week" (004, estimated 2025-10-31)',
  datePrecisionFrom: 'report 004\'s own date, estimated with background knowledge (see src:004)',
  summary: 'The approvals are a positive step. The resumption of direct Kolkata–Guangzhou flights could further streamline logistics and cargo movements.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'A senior industry executive confirmed that the approvals are a positive step', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Event {id: 'event:2025-10-31-industry-experts-diversify'})
SET n:Statement, n += {
  name: 'Industry experts: diversify sourcing and build processing',
  aliases: [],
  description: 'Unnamed industry experts said the resumption is only short-term relief and Indian firms must diversify sourcing and build domestic processing capacity.',
  date: date('2025-10-31'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: 'report of "this week" (004, estimated 2025-10-31)',
  datePrecisionFrom: 'report 004\'s own date, estimated with background knowledge (see src:004)',
  summary: 'Resumed shipments offer short-term relief, but Indian companies must keep diversifying sources and develop domestic processing capacity to reduce reliance on China.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Indian companies must continue diversifying their sourcing strategy', paragraph: 15, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- MADE --------------------------------------------------------

UNWIND [
  {from: 'person:lin-jian', to: 'event:2025-06-12-lin-jian-dialogue-cooperation', props: {sources: ['src:002'], capacity: 'Chinese foreign ministry spokesperson', quote: 'Chinese foreign ministry spokesperson Lin Jian stated', quoteSource: 'src:002', paragraph: 4, basis: 'stated'}},
  {from: 'person:randhir-jaiswal', to: 'event:2025-06-12-jaiswal-in-touch-with-chinese-side', props: {sources: ['src:002'], capacity: 'MEA spokesperson', quote: 'MEA spokesperson Randhir Jaiswal said', quoteSource: 'src:002', paragraph: 7, basis: 'stated'}},
  {from: 'person:unnamed-industry-sources', to: 'event:2025-06-12-industry-sources-licensing-hurdles', props: {sources: ['src:002'], capacity: 'industry sources', quote: 'Industry sources say', quoteSource: 'src:002', paragraph: 9, basis: 'stated'}},
  {from: 'person:unnamed-senior-official-india', to: 'event:2025-08-14-official-efforts-restore-magnet-imports', props: {sources: ['src:000'], capacity: 'senior government official', quote: 'said the official', quoteSource: 'src:000', paragraph: 3, basis: 'stated'}},
  {from: 'person:unnamed-senior-official-india', to: 'event:2025-08-14-official-trade-moving-positively', props: {sources: ['src:000'], capacity: 'senior government official', quote: 'the official added', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'person:randhir-jaiswal', to: 'event:2025-10-30-jaiswal-licences-received', props: {sources: ['src:001', 'src:003', 'src:004'], capacity: 'MEA spokesperson', quote: 'MEA spokesperson Randhir Jaiswal said during his weekly briefing', quoteSource: 'src:003', paragraph: 2, basis: 'stated'}},
  {from: 'person:randhir-jaiswal', to: 'event:2025-10-30-jaiswal-us-china-talks-caution', props: {sources: ['src:004'], capacity: 'MEA spokesperson', quote: 'Jaiswal cautioned', quoteSource: 'src:004', paragraph: 13, basis: 'stated'}},
  {from: 'person:unnamed-senior-industry-executive', to: 'event:2025-10-31-industry-executive-approvals-positive', props: {sources: ['src:004'], capacity: 'senior industry executive', quote: 'A senior industry executive confirmed that the approvals are a positive step', quoteSource: 'src:004', paragraph: 4, basis: 'stated'}},
  {from: 'person:unnamed-industry-experts', to: 'event:2025-10-31-industry-experts-diversify', props: {sources: ['src:004'], capacity: 'industry experts', quote: 'Industry experts believe', quoteSource: 'src:004', paragraph: 15, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

// ---- AT ----------------------------------------------------------

UNWIND [
  {from: 'event:2025-06-12-lin-jian-dialogue-cooperation', to: 'event:2025-06-12-china-mfa-briefing', props: {sources: ['src:002'], quote: 'At a media briefing in Beijing, Chinese foreign ministry spokesperson Lin Jian stated', quoteSource: 'src:002', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-06-12-jaiswal-in-touch-with-chinese-side', to: 'event:2025-06-12-mea-weekly-briefing', props: {sources: ['src:002'], quote: 'Randhir Jaiswal said at the weekly press briefing', quoteSource: 'src:002', paragraph: 7, basis: 'stated'}},
  {from: 'event:2025-10-30-jaiswal-licences-received', to: 'event:2025-10-30-mea-weekly-briefing', props: {sources: ['src:001', 'src:003'], quote: 'At his weekly media briefing, External Affairs Ministry spokesperson Randhir Jaiswal stated', quoteSource: 'src:001', paragraph: 13, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:AT]->(b)
SET r += row.props;

// ---- IN ----------------------------------------------------------

UNWIND [
  {from: 'event:2025-08-14-official-efforts-restore-magnet-imports', to: 'place:new-delhi', props: {sources: ['src:000'], quote: 'NEW DELHI', quoteSource: 'src:000', paragraph: 1, basis: 'inferred', note: 'the report\'s dateline; where the official spoke is not said'}},
  {from: 'event:2025-08-14-official-trade-moving-positively', to: 'place:new-delhi', props: {sources: ['src:000'], quote: 'NEW DELHI', quoteSource: 'src:000', paragraph: 1, basis: 'inferred', note: 'the report\'s dateline; where the official spoke is not said'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:IN]->(b)
SET r += row.props;

// ---- ABOUT -------------------------------------------------------

UNWIND [
  {from: 'event:2025-06-12-lin-jian-dialogue-cooperation', to: 'commodity:rare-earth-magnets', props: {sources: ['src:002'], quote: 'signal readiness for talks to resume rare earth magnet trade', quoteSource: 'src:002', paragraph: 1, basis: 'inferred', note: 'the headline frames Lin\'s words as about magnet trade; the quote itself names global supply chains'}},
  {from: 'event:2025-06-12-lin-jian-dialogue-cooperation', to: 'country:india', props: {sources: ['src:002'], quote: 'this marks the first time China has publicly acknowledged a possible engagement with India', quoteSource: 'src:002', paragraph: 5, basis: 'stated'}},
  {from: 'event:2025-06-12-lin-jian-dialogue-cooperation', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:002'], quote: 'since the restrictions began', quoteSource: 'src:002', paragraph: 5, basis: 'inferred', note: '002 sets Lin\'s words against the restrictions; the quote does not name them'}},
  {from: 'event:2025-06-12-jaiswal-in-touch-with-chinese-side', to: 'country:china', props: {sources: ['src:002'], quote: 'We are in touch with the Chinese side', quoteSource: 'src:002', paragraph: 7, basis: 'stated'}},
  {from: 'event:2025-06-12-jaiswal-in-touch-with-chinese-side', to: 'event:2025-04-magnet-export-pause-india', props: {sources: ['src:002'], quote: 'India’s ministry of external affairs also confirmed ongoing efforts to address the disruption', quoteSource: 'src:002', paragraph: 6, basis: 'stated'}},
  {from: 'event:2025-06-12-jaiswal-in-touch-with-chinese-side', to: 'commodity:rare-earth-magnets', props: {sources: ['src:002'], quote: 'India and China on Thursday indicated willingness to initiate dialogue aimed at restoring trade in rare earth magnets', quoteSource: 'src:002', paragraph: 2, basis: 'inferred', note: 'Jaiswal\'s words name the supply chain; the report frames them as about magnet trade'}},
  {from: 'event:2025-06-12-industry-sources-licensing-hurdles', to: 'event:2025-06-indian-auto-delegation-to-china', props: {sources: ['src:002'], quote: 'the discussions are expected to centre around easing licensing hurdles', quoteSource: 'src:002', paragraph: 9, basis: 'stated'}},
  {from: 'event:2025-06-12-industry-sources-licensing-hurdles', to: 'condition:export-licence-required', props: {sources: ['src:002'], quote: 'easing licensing hurdles', quoteSource: 'src:002', paragraph: 9, basis: 'inferred', note: 'the licensing hurdles read as those of China\'s licence requirement'}},
  {from: 'event:2025-08-14-official-efforts-restore-magnet-imports', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], quote: 'Efforts are on (to restore rare earth magnet imports)', quoteSource: 'src:000', paragraph: 3, basis: 'inferred', note: 'the efforts read as the negotiations the report says are under way'}},
  {from: 'event:2025-08-14-official-efforts-restore-magnet-imports', to: 'event:2025-chinese-embassy-visas-indian-companies', props: {sources: ['src:000'], quote: 'the Embassy of China has issued visas to our companies', quoteSource: 'src:000', paragraph: 3, basis: 'stated'}},
  {from: 'event:2025-08-14-official-efforts-restore-magnet-imports', to: 'commodity:rare-earth-magnets', props: {sources: ['src:000'], quote: 'Efforts are on (to restore rare earth magnet imports)', quoteSource: 'src:000', paragraph: 3, basis: 'stated'}},
  {from: 'event:2025-08-14-official-efforts-restore-magnet-imports', to: 'org:chinese-embassy-india', props: {sources: ['src:000'], quote: 'the Embassy of China has issued visas', quoteSource: 'src:000', paragraph: 3, basis: 'stated'}},
  {from: 'event:2025-08-14-official-efforts-restore-magnet-imports', to: 'org:chinese-authorities', props: {sources: ['src:000'], quote: 'these companies are in touch with the Chinese authorities', quoteSource: 'src:000', paragraph: 3, basis: 'stated'}},
  {from: 'event:2025-08-14-official-trade-moving-positively', to: 'event:2025-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], quote: 'both exports as well as imports', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'event:2025-08-14-official-trade-moving-positively', to: 'event:2025-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], quote: 'both exports as well as imports', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'event:2025-08-14-official-trade-moving-positively', to: 'country:china', props: {sources: ['src:000'], quote: 'Trade is moving positively with China', quoteSource: 'src:000', paragraph: 6, basis: 'stated'}},
  {from: 'event:2025-10-30-jaiswal-licences-received', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:001', 'src:003', 'src:004'], quote: 'Some Indian companies have received licences for importing rare earth magnets from China', quoteSource: 'src:001', paragraph: 13, basis: 'stated'}},
  {from: 'event:2025-10-30-jaiswal-licences-received', to: 'commodity:rare-earth-magnets', props: {sources: ['src:001', 'src:003', 'src:004'], quote: 'Some Indian companies have received licences for importing rare earth magnets from China', quoteSource: 'src:001', paragraph: 13, basis: 'stated'}},
  {from: 'event:2025-10-30-jaiswal-us-china-talks-caution', to: 'event:2025-10-trump-xi-meeting', props: {sources: ['src:004'], quote: 'how the US and China talks will play into our domain', quoteSource: 'src:004', paragraph: 13, basis: 'inferred', note: '"the US and China talks" read as the talks around the Trump–Xi meeting'}},
  {from: 'event:2025-10-30-jaiswal-us-china-talks-caution', to: 'country:united-states', props: {sources: ['src:004'], quote: 'how the US and China talks will play into our domain', quoteSource: 'src:004', paragraph: 13, basis: 'stated'}},
  {from: 'event:2025-10-30-jaiswal-us-china-talks-caution', to: 'country:china', props: {sources: ['src:004'], quote: 'how the US and China talks will play into our domain', quoteSource: 'src:004', paragraph: 13, basis: 'stated'}},
  {from: 'event:2025-10-31-industry-executive-approvals-positive', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:004'], quote: 'the approvals are a positive step', quoteSource: 'src:004', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-10-31-industry-executive-approvals-positive', to: 'event:2025-10-kolkata-guangzhou-flights-resumption', props: {sources: ['src:004'], quote: 'the resumption of direct Kolkata–Guangzhou flights this week could further streamline logistics', quoteSource: 'src:004', paragraph: 4, basis: 'stated'}},
  {from: 'event:2025-10-31-industry-experts-diversify', to: 'event:2025-10-china-resumes-magnet-exports-india', props: {sources: ['src:004'], quote: 'while the resumption of shipments offers short-term relief', quoteSource: 'src:004', paragraph: 15, basis: 'stated'}},
  {from: 'event:2025-10-31-industry-experts-diversify', to: 'commodity:rare-earth-magnets', props: {sources: ['src:004'], quote: 'while the resumption of shipments offers short-term relief', quoteSource: 'src:004', paragraph: 15, basis: 'inferred', note: 'the shipments are of rare earth magnets (004\'s subject)'}},
  {from: 'event:2025-10-31-industry-experts-diversify', to: 'country:india', props: {sources: ['src:004'], quote: 'Indian companies must continue diversifying their sourcing strategy', quoteSource: 'src:004', paragraph: 15, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
