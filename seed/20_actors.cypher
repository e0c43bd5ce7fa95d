// 20_actors.cypher — Actors and places: countries, government bodies, companies, people, places; PART_OF, LOCATED_IN, HOLDS_ROLE.
// Seed data of the India–China rare-earth-magnet graph (see seed/README.md).
// Runs in one transaction with the other seed files, in filename order, after cypher/schema.cypher.
// Idempotent: nodes are MERGEd on id, relationships MERGEd between matched endpoints, then SET.

// ---- Country -----------------------------------------------------

MERGE (n:Country {id: 'country:india'})
SET n += {
  name: 'India',
  aliases: ['Republic of India', 'Bharat'],
  description: 'South Asian country whose firms sought Chinese rare-earth magnets in 2025. Its government spoke through the MEA.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'India', paragraph: 1, basis: 'stated'}},
  {src: 'src:001', props: {quote: 'India', paragraph: 1, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'India', paragraph: 1, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'India', paragraph: 1, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'India', paragraph: 1, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Country {id: 'country:china'})
SET n += {
  name: 'China',
  aliases: ['People\'s Republic of China', 'PRC'],
  description: 'East Asian country that dominates rare-earth mining and processing and imposed export controls on rare earths in 2025.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'China', paragraph: 1, basis: 'stated'}},
  {src: 'src:001', props: {quote: 'China', paragraph: 1, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'China', paragraph: 1, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'China', paragraph: 1, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'China', paragraph: 1, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Country {id: 'country:united-states'})
SET n += {
  name: 'United States',
  aliases: ['US', 'U.S.', 'USA', 'United States of America'],
  description: 'Country whose tariff increases under President Trump preceded China\'s April 2025 rare-earth controls.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'US', paragraph: 4, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'U.S.', paragraph: 11, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'United States', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Country {id: 'country:russia'})
SET n += {
  name: 'Russia',
  aliases: ['Russian Federation'],
  description: 'Country of the city of Kazan where Modi and Xi met in October 2024.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Russia', paragraph: 20, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Russia', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Organization ------------------------------------------------

MERGE (n:Organization {id: 'org:mea-india'})
SET n += {
  name: 'Ministry of External Affairs (India)',
  aliases: ['MEA', 'External Affairs Ministry', 'Ministry of External Affairs', 'Indian foreign ministry'],
  description: 'India\'s foreign ministry (MEA) in New Delhi, whose spokesperson confirmed the rare-earth magnet licences.',
  orgType: 'government ministry'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Ministry of External Affairs', paragraph: 13, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'ministry of external affairs', paragraph: 6, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Ministry of External Affairs', paragraph: 1, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'MEA spokesperson Randhir Jaiswal', paragraph: 12, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Organization {id: 'org:commerce-ministry-india'})
SET n += {
  name: 'Ministry of Commerce and Industry (India)',
  aliases: ['commerce ministry', 'Department of Commerce'],
  description: 'India\'s commerce ministry, whose data give the April–July 2025 India–China trade figures.',
  orgType: 'government ministry'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'commerce ministry data', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Organization {id: 'org:mofcom'})
SET n += {
  name: 'Ministry of Commerce of the PRC',
  aliases: ['MOFCOM', 'China\'s ministry of commerce', 'Chinese commerce ministry'],
  description: 'China\'s commerce ministry, which with the customs administration introduced the April 2025 rare-earth export licensing.',
  orgType: 'government ministry'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'China’s ministry of commerce', paragraph: 10, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Organization {id: 'org:gacc'})
SET n += {
  name: 'General Administration of Customs of China',
  aliases: ['GACC', 'GAC', 'China Customs', 'general administration of customs'],
  description: 'China\'s customs authority, named as co-author of the April 2025 export controls.',
  orgType: 'government agency'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'general administration of customs', paragraph: 10, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Organization {id: 'org:china-mfa'})
SET n += {
  name: 'Ministry of Foreign Affairs of China',
  aliases: ['Chinese foreign ministry', 'China MFA', 'MFA'],
  description: 'China\'s foreign ministry, whose spokesperson Lin Jian and minister Wang Yi appear in the reports.',
  orgType: 'government ministry'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Chinese Foreign Minister', paragraph: 5, basis: 'inferred', note: '000 names the Chinese Foreign Minister, not the ministry; the ministry is read from the title'}},
  {src: 'src:002', props: {quote: 'Chinese foreign ministry', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Organization {id: 'org:chinese-embassy-india'})
SET n += {
  name: 'Embassy of China in India',
  aliases: ['Embassy of China', 'Chinese Embassy'],
  description: 'China\'s diplomatic mission to India, which issued visas to Indian companies seeking magnet supplies.',
  orgType: 'embassy'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Embassy of China', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Organization {id: 'org:chinese-authorities'})
SET n += {
  name: 'Chinese authorities (unspecified)',
  aliases: ['relevant authorities', 'Chinese authorities'],
  description: 'The Chinese authorities the reports mention without naming: they clear licences and handle the operational side of rare-earth trade.',
  orgType: 'government (unspecified)'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Chinese authorities', paragraph: 3, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'relevant authorities', paragraph: 5, basis: 'inferred', note: '002 says only "relevant authorities" would handle operational specifics; read as Chinese authorities from Lin Jian\'s words'}},
  {src: 'src:004', props: {quote: 'Chinese authorities', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Organization {id: 'org:iea'})
SET n += {
  name: 'International Energy Agency',
  aliases: ['IEA'],
  description: 'Intergovernmental energy agency cited for China\'s shares of global rare-earth mining and processing.',
  orgType: 'international organisation'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'International Energy Agency', paragraph: 13, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Organization {id: 'org:indian-auto-industry'})
SET n += {
  name: 'Indian auto and auto component makers',
  aliases: ['Indian automakers', 'auto component makers', 'Indian auto sector'],
  description: 'Indian carmakers and component suppliers, exposed to the magnet shortage, who prepared a delegation to China.',
  orgType: 'industry group'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'Indian auto and auto component makers', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Organization {id: 'org:us-auto-industry'})
SET n += {
  name: 'US auto industry',
  aliases: ['U.S. auto industry'],
  description: 'American vehicle manufacturers, parts of which were halted by the rare-earth supply disruption.',
  orgType: 'industry group'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'sections of the U.S. auto industry', paragraph: 12, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Company -----------------------------------------------------

MERGE (n:Company {id: 'company:hitachi'})
SET n += {
  name: 'Hitachi',
  aliases: [],
  description: 'One of the four firms that report 004 calls Indian and says received Chinese clearance to import rare earth magnets in October 2025 (the report does not name the exact legal entity).'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Hitachi', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Company {id: 'company:continental'})
SET n += {
  name: 'Continental',
  aliases: [],
  description: 'One of the four firms that report 004 calls Indian and says received Chinese clearance to import rare earth magnets in October 2025 (the report does not name the exact legal entity).'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Continental', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Company {id: 'company:jay-ushin'})
SET n += {
  name: 'Jay-Ushin',
  aliases: ['Jay Ushin'],
  description: 'One of the four firms that report 004 calls Indian and says received Chinese clearance to import rare earth magnets in October 2025 (the report does not name the exact legal entity).'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Jay-Ushin', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Company {id: 'company:de-diamonds'})
SET n += {
  name: 'DE Diamonds',
  aliases: ['D.E. Diamonds'],
  description: 'One of the four firms that report 004 calls Indian and says received Chinese clearance to import rare earth magnets in October 2025 (the report does not name the exact legal entity).'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'DE Diamonds', paragraph: 7, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Person ------------------------------------------------------

MERGE (n:Person {id: 'person:randhir-jaiswal'})
SET n += {
  name: 'Randhir Jaiswal',
  aliases: ['Jaiswal', 'MEA spokesperson'],
  description: 'Spokesperson of India\'s Ministry of External Affairs, who spoke on rare-earth supplies at weekly briefings in June and October 2025.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Randhir Jaiswal', paragraph: 13, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'MEA spokesperson', paragraph: 7, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'MEA spokesperson', paragraph: 2, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'MEA spokesperson', paragraph: 12, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:lin-jian'})
SET n += {
  name: 'Lin Jian',
  aliases: ['Lin'],
  description: 'Spokesperson of the Chinese foreign ministry who signalled willingness for dialogue on supply chains in June 2025.'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'Lin Jian', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:s-jaishankar'})
SET n += {
  name: 'S Jaishankar',
  aliases: ['Jaishankar', 'S. Jaishankar', 'Subrahmanyam Jaishankar', 'External Affairs Minister', 'EAM'],
  description: 'India\'s External Affairs Minister, who met Wang Yi in Beijing in 2025.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'External Affairs Minister', paragraph: 5, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:wang-yi'})
SET n += {
  name: 'Wang Yi',
  aliases: ['Chinese Foreign Minister'],
  description: 'China\'s Foreign Minister, who met S Jaishankar in Beijing in 2025.'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Chinese Foreign Minister', paragraph: 5, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:narendra-modi'})
SET n += {
  name: 'Narendra Modi',
  aliases: ['PM Modi', 'Modi', 'Prime Minister Narendra Modi'],
  description: 'Prime Minister of India, who met Xi Jinping in Kazan in October 2024.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Prime Minister Narendra Modi', paragraph: 20, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Prime Minister Narendra Modi', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:xi-jinping'})
SET n += {
  name: 'Xi Jinping',
  aliases: ['Xi', 'President Xi'],
  description: 'President of China, who met Modi in Kazan in October 2024 and Trump in October 2025.'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Chinese President Xi Jinping', paragraph: 20, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Chinese President Xi Jinping', paragraph: 8, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'Chinese President Xi Jinping', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:donald-trump'})
SET n += {
  name: 'Donald Trump',
  aliases: ['Trump', 'President Trump'],
  description: 'President of the United States, under whom US tariffs were raised and who met Xi Jinping in October 2025.'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'Donald Trump', paragraph: 11, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'Donald Trump', paragraph: 6, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:unnamed-senior-official-india'})
SET n += {
  name: 'Unnamed senior government official (India)',
  aliases: ['senior government official'],
  description: 'Anonymous senior Indian government official quoted in report 000 on rare-earth magnet talks and India–China trade.',
  anonymous: true
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'senior government official', paragraph: 1, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:unnamed-senior-industry-executive'})
SET n += {
  name: 'Unnamed senior industry executive (India)',
  aliases: ['senior industry executive'],
  description: 'Anonymous Indian industry executive quoted in report 004 welcoming the licence approvals.',
  anonymous: true
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'senior industry executive', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:unnamed-industry-sources'})
SET n += {
  name: 'Unnamed industry sources (India)',
  aliases: ['industry sources'],
  description: 'Anonymous industry sources in report 002 describing what the auto delegation\'s talks would focus on.',
  anonymous: true,
  collective: true
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'Industry sources say', paragraph: 9, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Person {id: 'person:unnamed-industry-experts'})
SET n += {
  name: 'Unnamed industry experts',
  aliases: ['industry experts'],
  description: 'Anonymous experts in report 004 who advise Indian firms to diversify sourcing and build processing capacity.',
  anonymous: true,
  collective: true
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Industry experts believe', paragraph: 15, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- Place -------------------------------------------------------

MERGE (n:Place {id: 'place:new-delhi'})
SET n += {
  name: 'New Delhi',
  aliases: ['Delhi'],
  description: 'Capital of India, seat of the MEA and dateline of several reports.',
  placeType: 'city'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'NEW DELHI', paragraph: 1, basis: 'stated'}},
  {src: 'src:001', props: {quote: 'New Delhi', paragraph: 3, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'New Delhi', paragraph: 2, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'New Delhi', paragraph: 1, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:beijing'})
SET n += {
  name: 'Beijing',
  aliases: ['Peking'],
  description: 'Capital of China, where the Chinese foreign ministry briefs and where Jaishankar met Wang Yi.',
  placeType: 'city'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Beijing', paragraph: 1, basis: 'stated'}},
  {src: 'src:002', props: {quote: 'Beijing', paragraph: 2, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:kazan'})
SET n += {
  name: 'Kazan',
  aliases: [],
  description: 'Russian city where Modi and Xi met in October 2024.',
  placeType: 'city'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Kazan', paragraph: 20, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Kazan', paragraph: 8, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:eastern-ladakh'})
SET n += {
  name: 'Eastern Ladakh',
  aliases: ['Ladakh'],
  description: 'Border region where Indian and Chinese troops faced off from May 2020 until the disengagement completed in October 2024 (003).',
  placeType: 'border region'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Ladakh', paragraph: 17, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Ladakh', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:galwan-valley'})
SET n += {
  name: 'Galwan Valley',
  aliases: ['Galwan'],
  description: 'Valley in eastern Ladakh, site of the deadly India–China clash of June 2020.',
  placeType: 'valley'
}
WITH n
UNWIND [
  {src: 'src:003', props: {quote: 'Galwan Valley', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:demchok'})
SET n += {
  name: 'Demchok',
  aliases: [],
  description: 'Friction point in eastern Ladakh from which troops disengaged in October 2024.',
  placeType: 'border friction point'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Demchok', paragraph: 20, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Demchok', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:depsang'})
SET n += {
  name: 'Depsang',
  aliases: ['Depsang Plains'],
  description: 'Friction point (plains) in eastern Ladakh from which troops disengaged in October 2024.',
  placeType: 'border friction point'
}
WITH n
UNWIND [
  {src: 'src:001', props: {quote: 'Depsang', paragraph: 20, basis: 'stated'}},
  {src: 'src:003', props: {quote: 'Depsang', paragraph: 3, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:lac'})
SET n += {
  name: 'Line of Actual Control',
  aliases: ['LAC'],
  description: 'The de facto India–China border, along which tension persisted after 2020.',
  placeType: 'border line'
}
WITH n
UNWIND [
  {src: 'src:003', props: {quote: 'Line of Actual Control', paragraph: 1, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:london'})
SET n += {
  name: 'London',
  aliases: [],
  description: 'City where US and Chinese negotiators held two days of trade talks in June 2025.',
  placeType: 'city'
}
WITH n
UNWIND [
  {src: 'src:002', props: {quote: 'London', paragraph: 15, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:kolkata'})
SET n += {
  name: 'Kolkata',
  aliases: ['Calcutta'],
  description: 'City named by 004 as one end of the direct flights to Guangzhou that resumed in the week of the report.',
  placeType: 'city'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Kolkata', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:guangzhou'})
SET n += {
  name: 'Guangzhou',
  aliases: ['Canton'],
  description: 'City named by 004 as one end of the direct flights to Kolkata that resumed in the week of the report.',
  placeType: 'city'
}
WITH n
UNWIND [
  {src: 'src:004', props: {quote: 'Guangzhou', paragraph: 4, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:busan'})
SET n += {
  name: 'Busan',
  aliases: ['Pusan'],
  description: 'South Korean city where Trump and Xi met on 30 October 2025 (venue from background knowledge, not named in the reports).',
  placeType: 'city'
}
WITH n
UNWIND [
  {src: 'src:004', props: {note: 'Report 004 mentions the meeting but not its venue, which comes from background knowledge.', basis: 'background'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:europe'})
SET n += {
  name: 'Europe',
  aliases: [],
  description: 'Region to which China resumed rare-earth magnet shipments before India.',
  placeType: 'region'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Europe', paragraph: 4, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'Europe', paragraph: 9, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

MERGE (n:Place {id: 'place:southeast-asia'})
SET n += {
  name: 'Southeast Asia',
  aliases: ['South-East Asia'],
  description: 'Region to which China resumed rare-earth magnet shipments before India.',
  placeType: 'region'
}
WITH n
UNWIND [
  {src: 'src:000', props: {quote: 'Southeast Asia', paragraph: 4, basis: 'stated'}},
  {src: 'src:004', props: {quote: 'Southeast Asia', paragraph: 9, basis: 'stated'}}
] AS p
MATCH (s:Source {id: p.src})
MERGE (n)-[r:SOURCED_FROM]->(s)
SET r += p.props;

// ---- PART_OF -----------------------------------------------------

UNWIND [
  {from: 'org:mea-india', to: 'country:india', props: {sources: ['src:001', 'src:002', 'src:003', 'src:004'], quote: 'India’s ministry of external affairs', quoteSource: 'src:002', paragraph: 6, basis: 'stated'}},
  {from: 'org:commerce-ministry-india', to: 'country:india', props: {sources: ['src:000'], quote: 'commerce ministry data show', quoteSource: 'src:000', paragraph: 6, basis: 'inferred', note: '000 does not say whose commerce ministry; read as India\'s from the Indian trade figures it reports'}},
  {from: 'org:mofcom', to: 'country:china', props: {sources: ['src:002'], quote: 'China’s ministry of commerce', quoteSource: 'src:002', paragraph: 10, basis: 'stated'}},
  {from: 'org:gacc', to: 'country:china', props: {sources: ['src:002'], quote: 'China’s ministry of commerce and the general administration of customs', quoteSource: 'src:002', paragraph: 10, basis: 'stated'}},
  {from: 'org:china-mfa', to: 'country:china', props: {sources: ['src:000', 'src:002'], quote: 'Chinese foreign ministry spokesperson', quoteSource: 'src:002', paragraph: 4, basis: 'stated'}},
  {from: 'org:chinese-embassy-india', to: 'country:china', props: {sources: ['src:000'], quote: 'the Embassy of China', quoteSource: 'src:000', paragraph: 3, basis: 'stated'}},
  {from: 'org:chinese-authorities', to: 'country:china', props: {sources: ['src:000', 'src:002', 'src:004'], quote: 'these companies are in touch with the Chinese authorities', quoteSource: 'src:000', paragraph: 3, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;

// ---- LOCATED_IN --------------------------------------------------

UNWIND [
  {from: 'place:new-delhi', to: 'country:india', props: {sources: ['src:000', 'src:001', 'src:002', 'src:003'], basis: 'background', note: 'New Delhi as India\'s capital is background knowledge; the reports use it as a dateline and as the seat of the MEA'}},
  {from: 'place:beijing', to: 'country:china', props: {sources: ['src:000', 'src:002'], basis: 'background', note: 'Beijing as China\'s capital is background knowledge; the reports use it for the Chinese government and as the place of briefings and meetings'}},
  {from: 'place:kazan', to: 'country:russia', props: {sources: ['src:001', 'src:003'], quote: 'Kazan, Russia', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'place:eastern-ladakh', to: 'country:india', props: {sources: ['src:001', 'src:003'], basis: 'background', note: 'that eastern Ladakh is in India is background knowledge; 001 and 003 name it only as the site of the standoff and the disengagement'}},
  {from: 'place:galwan-valley', to: 'place:eastern-ladakh', props: {sources: ['src:003'], quote: 'The confrontation led to a deadly clash in the Galwan Valley', quoteSource: 'src:003', paragraph: 3, basis: 'inferred', note: '003 places the clash in the eastern Ladakh confrontation; that the valley lies in eastern Ladakh is the analyst\'s reading'}},
  {from: 'place:demchok', to: 'place:eastern-ladakh', props: {sources: ['src:001', 'src:003'], quote: 'eastern Ladakh, including at Demchok', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'place:depsang', to: 'place:eastern-ladakh', props: {sources: ['src:001', 'src:003'], quote: 'eastern Ladakh, including at Demchok and Depsang', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'place:kolkata', to: 'country:india', props: {sources: ['src:004'], basis: 'background', note: 'Kolkata is an Indian city: background knowledge, 004 does not say so'}},
  {from: 'place:guangzhou', to: 'country:china', props: {sources: ['src:004'], basis: 'background', note: 'Guangzhou is a Chinese city: background knowledge, 004 does not say so'}},
  {from: 'org:mea-india', to: 'place:new-delhi', props: {sources: ['src:001'], quote: 'The Ministry of External Affairs (MEA) in New Delhi', quoteSource: 'src:001', paragraph: 13, basis: 'stated'}},
  {from: 'org:china-mfa', to: 'place:beijing', props: {sources: ['src:002'], quote: 'At a media briefing in Beijing, Chinese foreign ministry spokesperson Lin Jian', quoteSource: 'src:002', paragraph: 4, basis: 'inferred', note: '002 places the ministry\'s briefing in Beijing; the ministry\'s seat is read from it'}},
  {from: 'org:chinese-embassy-india', to: 'country:india', props: {sources: ['src:000'], quote: 'the Embassy of China has issued visas to our companies', quoteSource: 'src:000', paragraph: 3, basis: 'inferred', note: 'an embassy issuing visas to Indian companies is read as China\'s embassy in India; 000 does not say where it is'}},
  {from: 'org:indian-auto-industry', to: 'country:india', props: {sources: ['src:002'], quote: 'Indian auto and auto component makers', quoteSource: 'src:002', paragraph: 8, basis: 'stated'}},
  {from: 'org:us-auto-industry', to: 'country:united-states', props: {sources: ['src:002'], quote: 'halting sections of the U.S. auto industry', quoteSource: 'src:002', paragraph: 12, basis: 'stated'}},
  {from: 'company:hitachi', to: 'country:india', props: {sources: ['src:004'], note: 'called an Indian firm by 004', quote: 'Four Indian firms — Hitachi, Continental, Jay-Ushin, and DE Diamonds', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}},
  {from: 'company:continental', to: 'country:india', props: {sources: ['src:004'], note: 'called an Indian firm by 004', quote: 'Four Indian firms — Hitachi, Continental, Jay-Ushin, and DE Diamonds', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}},
  {from: 'company:jay-ushin', to: 'country:india', props: {sources: ['src:004'], note: 'called an Indian firm by 004', quote: 'Four Indian firms — Hitachi, Continental, Jay-Ushin, and DE Diamonds', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}},
  {from: 'company:de-diamonds', to: 'country:india', props: {sources: ['src:004'], note: 'called an Indian firm by 004', quote: 'Four Indian firms — Hitachi, Continental, Jay-Ushin, and DE Diamonds', quoteSource: 'src:004', paragraph: 7, basis: 'stated'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;

// ---- HOLDS_ROLE --------------------------------------------------

UNWIND [
  {from: 'person:randhir-jaiswal', to: 'org:mea-india', props: {sources: ['src:001', 'src:002', 'src:003', 'src:004'], role: 'spokesperson', note: 'The reports give no start or end dates for this role, it held at the time of the reports.', quote: 'MEA spokesperson Randhir Jaiswal', quoteSource: 'src:002', paragraph: 7, basis: 'stated'}},
  {from: 'person:lin-jian', to: 'org:china-mfa', props: {sources: ['src:002'], role: 'Spokesperson', note: 'The reports give no start or end dates for this role, it held at the time of the reports.', quote: 'Chinese foreign ministry spokesperson Lin Jian', quoteSource: 'src:002', paragraph: 4, basis: 'stated'}},
  {from: 'person:s-jaishankar', to: 'org:mea-india', props: {sources: ['src:000'], role: 'External Affairs Minister', quote: 'External Affairs Minister S Jaishankar', quoteSource: 'src:000', paragraph: 5, basis: 'inferred', note: 'the External Affairs Minister is read as heading the MEA; 000 does not name the ministry'}},
  {from: 'person:wang-yi', to: 'org:china-mfa', props: {sources: ['src:000'], role: 'Foreign Minister', quote: 'Chinese Foreign Minister Wang Yi', quoteSource: 'src:000', paragraph: 5, basis: 'inferred', note: 'a foreign minister is read as heading the foreign ministry'}},
  {from: 'person:narendra-modi', to: 'country:india', props: {sources: ['src:001', 'src:003'], role: 'Prime Minister', quote: 'Prime Minister Narendra Modi', quoteSource: 'src:001', paragraph: 20, basis: 'inferred', note: '001 and 003 do not say of which country; read as India\'s from the India–China context'}},
  {from: 'person:xi-jinping', to: 'country:china', props: {sources: ['src:001', 'src:003', 'src:004'], role: 'President', note: 'The reports give no start or end dates for this role, it held at the time of the reports.', quote: 'Chinese President Xi Jinping', quoteSource: 'src:001', paragraph: 20, basis: 'stated'}},
  {from: 'person:donald-trump', to: 'country:united-states', props: {sources: ['src:002', 'src:004'], role: 'President', note: 'The reports give no start or end dates for this role, it held at the time of the reports.', quote: 'U.S. President Donald Trump', quoteSource: 'src:002', paragraph: 11, basis: 'stated'}},
  {from: 'person:unnamed-senior-official-india', to: 'country:india', props: {sources: ['src:000'], role: 'senior government official', quote: 'according to a senior government official', quoteSource: 'src:000', paragraph: 1, basis: 'inferred', note: 'read as an Indian official: the report is datelined New Delhi and the official speaks of "our companies"'}},
  {from: 'person:unnamed-senior-industry-executive', to: 'country:india', props: {sources: ['src:004'], role: 'senior industry executive', quote: 'A senior industry executive', quoteSource: 'src:004', paragraph: 4, basis: 'inferred', note: 'read as Indian from the context of the Indian approvals'}},
  {from: 'person:unnamed-industry-sources', to: 'org:indian-auto-industry', props: {sources: ['src:002'], role: 'industry sources', quote: 'Industry sources say', quoteSource: 'src:002', paragraph: 9, basis: 'inferred', note: 'read as sources of the Indian auto industry whose delegation they discuss'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r += row.props;
