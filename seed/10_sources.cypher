// 10_sources.cypher — Sources (one per report) and the media outlets they are published by or cite.
// Seed data of the India–China rare-earth-magnet graph (see seed/README.md).
// Runs in one transaction with the other seed files, in filename order, after cypher/schema.cypher.
// Idempotent: nodes are MERGEd on id, relationships MERGEd between matched endpoints, then SET.

// ---- Source ------------------------------------------------------

MERGE (n:Source {id: 'src:000'})
SET n += {
  name: 'India–China negotiations to restart rare earth magnet imports (senior official, New Delhi)',
  aliases: ['000', '000_8ec6ec8c979c75e1.txt'],
  description: 'Report datelined New Delhi, 14 August 2025: an unnamed senior Indian government official says talks are under way to restart rare-earth-magnet imports from China and that India–China trade is growing.',
  outlet: 'not named',
  headlinePrinted: false,
  file: '000_8ec6ec8c979c75e1.txt',
  date: date('2025-08-14'),
  datePrecision: 'day',
  dateInferred: false,
  citedOutlets: [],
  secondHand: false,
  anonymousSource: true,
  language: 'en'
};

MERGE (n:Source {id: 'src:001'})
SET n += {
  name: 'China issues licences to Indian firms to import rare earth magnets',
  aliases: ['001', '001_569cd87f2fa93d53.txt', 'China grants licences to certain Indian firms for rare earths imports'],
  description: 'Business Today Desk report of 31 October 2025: the MEA confirmed that some Indian companies received Chinese licences to import rare earth magnets, set against the wider thaw in India–China ties. The scraped page repeats its body twice.',
  outlet: 'Business Today',
  headlinePrinted: true,
  file: '001_569cd87f2fa93d53.txt',
  date: date('2025-10-31'),
  datePrecision: 'day',
  dateInferred: false,
  dateNote: 'Printed as Oct 31, 2025, updated 11:14 AM IST.',
  citedOutlets: [],
  secondHand: false,
  language: 'en'
};

MERGE (n:Source {id: 'src:002'})
SET n += {
  name: 'India, China signal readiness for talks to resume rare earth magnet trade amid global supply chain strain',
  aliases: ['002', '002_83c717361c02f5fe.txt'],
  description: 'IBNS wire report carried by Northeast Herald: Chinese and Indian foreign-ministry spokespersons signal readiness for dialogue on restoring rare-earth-magnet trade after China\'s April export controls. The unrelated headlines at the end of the page are not part of the story.',
  outlet: 'Northeast Herald',
  headlinePrinted: true,
  file: '002_83c717361c02f5fe.txt',
  date: date('2025-06-12'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"on Thursday", after China "recently resumed selective REE exports to the U.S. after two days of negotiations in London"',
  datePrecisionFrom: 'background knowledge: the dates of the London talks (see dateNote)',
  dateNote: 'Background knowledge: the US–China talks in London were held on 9–10 June 2025, so the next Thursday is 12 June 2025. No date is printed.',
  citedOutlets: ['IBNS', 'PTI'],
  secondHand: true,
  language: 'en'
};

MERGE (n:Source {id: 'src:003'})
SET n += {
  name: 'China approves licences for Indian firms to import rare earth magnets, MEA confirms',
  aliases: ['003', '003_1227c4f16900d284.txt'],
  description: 'Unattributed New Delhi report on the MEA\'s confirmation that Chinese import licences for rare earth magnets were granted to some Indian companies, with the background of the Ladakh standoff and the normalisation of ties.',
  outlet: 'not named',
  headlinePrinted: false,
  file: '003_1227c4f16900d284.txt',
  date: date('2025-10-30'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"confirmed on Thursday" – the same MEA weekly briefing that 001 (dated Friday 31 Oct 2025) reports as held "on Thursday"',
  dateNote: 'No date is printed. The briefing was on Thursday 30 Oct 2025. The report may have appeared on 30 or 31 Oct, 30 Oct is used.',
  citedOutlets: [],
  secondHand: false,
  language: 'en'
};

MERGE (n:Source {id: 'src:004'})
SET n += {
  name: 'China resumes export of rare earth magnets to India with strict caveats; four companies receive approval',
  aliases: ['004', '004_2ad0dc3a1f98a956.txt'],
  description: 'Unattributed report, relying on timesofindia.indiatimes.com and The Economic Times, that China resumed heavy-rare-earth-magnet exports to India, licensing four named firms under end-use conditions.',
  outlet: 'not named',
  headlinePrinted: true,
  file: '004_2ad0dc3a1f98a956.txt',
  date: date('2025-10-31'),
  datePrecision: 'day',
  dateInferred: true,
  dateInferredFrom: '"this week": Trump and Xi "met earlier this week", Kolkata–Guangzhou flights resumed "this week"',
  datePrecisionFrom: 'background knowledge: the date of the Trump–Xi meeting (see dateNote); an estimate',
  dateNote: 'Estimate. Trump and Xi met on 30 Oct 2025 in Busan (background knowledge), so the report is from the same week, roughly 30 Oct – 2 Nov 2025. 31 Oct 2025 is chosen and may be off by a day or two.',
  citedOutlets: ['Times of India', 'The Economic Times'],
  secondHand: true,
  language: 'en'
};

// ---- MediaOutlet -------------------------------------------------

MERGE (n:MediaOutlet {id: 'outlet:business-today'})
SET n += {
  name: 'Business Today',
  aliases: ['Business Today Desk', 'BT'],
  description: 'Indian business news outlet whose desk published report 001.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Business Today Desk', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:MediaOutlet {id: 'outlet:northeast-herald'})
SET n += {
  name: 'Northeast Herald',
  aliases: [],
  description: 'Regional news site covering Tripura and Northeast India that carried the IBNS report 002.'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'Senior Staff Reporter at Northeast Herald', paragraph: 17, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:MediaOutlet {id: 'outlet:ibns'})
SET n += {
  name: 'IBNS',
  aliases: [],
  description: 'News service credited at the end of report 002, which Northeast Herald carried (the report does not spell out the name).'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'IBNS', paragraph: 16, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:MediaOutlet {id: 'outlet:pti'})
SET n += {
  name: 'PTI',
  aliases: [],
  description: 'News agency that report 002 names as the source of the Lin Jian quote (the report does not spell out the name).'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'PTI', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:MediaOutlet {id: 'outlet:times-of-india'})
SET n += {
  name: 'The Times of India',
  aliases: ['Times of India', 'TOI', 'timesofindia.indiatimes.com'],
  description: 'Indian daily whose website report 004 names as the origin of its story on the resumed magnet exports.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'timesofindia.indiatimes.com', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:MediaOutlet {id: 'outlet:economic-times'})
SET n += {
  name: 'The Economic Times',
  aliases: ['Economic Times', 'ET', 'ET data'],
  description: 'Indian business daily whose reports and import data report 004 cites.'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'The Economic Times', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- PUBLISHED_BY ------------------------------------------------

UNWIND [
  {from: 'src:001', to: 'outlet:business-today', props: {sources: ['src:001'], role: 'publisher', note: 'byline Business Today Desk', quote: 'Business Today Desk', quoteSource: 'src:001', paragraph: 6, basis: 'stated'}},
  {from: 'src:002', to: 'outlet:northeast-herald', props: {sources: ['src:002'], role: 'publisher', quote: 'Senior Staff Reporter at Northeast Herald', quoteSource: 'src:002', paragraph: 17, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += row.props;

// ---- CITES -------------------------------------------------------

UNWIND [
  {from: 'src:002', to: 'outlet:ibns', props: {sources: ['src:002'], role: 'wire agency credited for the story', quote: 'IBNS', quoteSource: 'src:002', paragraph: 16, basis: 'stated'}},
  {from: 'src:002', to: 'outlet:pti', props: {sources: ['src:002'], role: 'reported the Lin Jian quote', quote: 'reported PTI', quoteSource: 'src:002', paragraph: 4, basis: 'stated'}},
  {from: 'src:004', to: 'outlet:times-of-india', props: {sources: ['src:004'], role: 'reported the story (timesofindia.indiatimes.com)', quote: 'reported timesofindia.indiatimes.com', quoteSource: 'src:004', paragraph: 2, basis: 'stated'}},
  {from: 'src:004', to: 'outlet:economic-times', props: {sources: ['src:004'], role: 'reports on the approvals and import data', quote: 'According to reports cited by The Economic Times', quoteSource: 'src:004', paragraph: 3, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:CITES]->(b)
SET r += row.props;
