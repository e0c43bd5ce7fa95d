// 80_chains.cypher — Event chains: LED_TO (causation), PROMPTED (response), PRECEDED (sequence). Always from earlier/cause to later/consequence.
// Seed data of the India–China rare-earth-magnet graph (see seed/README.md).
// Runs in one transaction with the other seed files, in filename order, after cypher/schema.cypher.
// Idempotent: nodes are MERGEd on id, relationships MERGEd between matched endpoints, then SET.

// ---- PROMPTED ----------------------------------------------------

UNWIND [
  {from: 'event:2025-us-tariff-increases', to: 'event:2025-04-04-china-export-controls', props: {sources: ['src:000', 'src:002', 'src:004'], description: 'China imposed the April controls in retaliation for the US tariff increases', quote: 'part of a broader retaliation against increased tariffs', quoteSource: 'src:002', paragraph: 11}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'event:2025-06-12-jaiswal-in-touch-with-chinese-side', props: {sources: ['src:002'], description: 'the MEA confirmed efforts to address the disruption', quote: 'confirmed ongoing efforts to address the disruption', quoteSource: 'src:002', paragraph: 6}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'event:2025-06-indian-auto-delegation-to-china', props: {sources: ['src:002'], description: 'auto makers prepared a delegation hoping to revive magnet supplies', quote: 'hoping to revive REE magnet supplies', quoteSource: 'src:002', paragraph: 8}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PROMPTED]->(b)
SET r += row.props;

// ---- PRECEDED ----------------------------------------------------

UNWIND [
  {from: 'event:2025-us-tariff-increases', to: 'event:2025-06-09-us-china-london-talks', props: {sources: ['src:002'], description: 'the US–China tariff dispute preceded the London negotiations'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'event:2025-06-09-us-china-london-talks', props: {sources: ['src:002'], description: 'two months after the controls the US and China negotiated in London'}},
  {from: 'event:2024-china-halts-fertiliser-mineral-exports', to: 'event:2025-06-china-relaxes-curbs-other-countries', props: {sources: ['src:001', 'src:003'], description: 'the 2024 halt was relaxed for other countries in June'}},
  {from: 'event:2025-04-04-china-export-controls', to: 'event:2025-06-china-relaxes-curbs-other-countries', props: {sources: ['src:001'], description: 'restrictions were relaxed for other nations in June, not for India'}},
  {from: 'event:2025-06-china-relaxes-curbs-other-countries', to: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', props: {sources: ['src:000', 'src:001', 'src:004'], description: 'relaxations for others were followed by resumed shipments to the US, Europe and Southeast Asia', crossReport: true}},
  {from: 'event:2025-06-china-resumes-ree-exports-us', to: 'event:2025-06-12-lin-jian-dialogue-cooperation', props: {sources: ['src:002'], description: 'India had been awaiting a response until the Thursday signals'}},
  {from: 'event:2025-06-china-resumes-ree-exports-us', to: 'event:2025-06-12-jaiswal-in-touch-with-chinese-side', props: {sources: ['src:002'], description: 'India had been awaiting a response until the Thursday signals'}},
  {from: 'event:2025-06-12-lin-jian-dialogue-cooperation', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000', 'src:002'], description: 'the June signals of willingness to talk were followed by negotiations under way by August', crossReport: true}},
  {from: 'event:2025-06-12-jaiswal-in-touch-with-chinese-side', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000', 'src:002'], description: 'India\'s June contacts with China were followed by negotiations under way by August', crossReport: true}},
  {from: 'event:2025-china-resumes-magnet-shipments-us-europe-sea', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], description: 'China resumed shipments to others while Indian firms still had no licences'}},
  {from: 'event:2025-08-india-china-magnet-import-negotiations', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:000', 'src:001', 'src:003', 'src:004'], description: 'the negotiations to restart imports were followed by licences in October', crossReport: true}},
  {from: 'event:2025-06-09-us-china-london-talks', to: 'event:2025-10-30-trump-xi-meeting', props: {sources: ['src:002', 'src:004'], description: 'US–China trade diplomacy continued from London to the Trump–Xi meeting', crossReport: true}},
  {from: 'event:2025-10-30-trump-xi-meeting', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:004'], description: 'the approvals followed the renewed Trump–Xi engagement amid easing US–China tensions'}},
  {from: 'event:2025-10-china-rare-earth-technology-controls', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:001', 'src:003'], description: 'the licences followed China\'s recent tightening of technology export controls'}},
  {from: 'event:2025-06-china-relaxes-curbs-other-countries', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:001', 'src:003'], description: 'relaxations for others in June, extended to India only now'}},
  {from: 'event:2025-04-magnet-export-pause-india', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:004'], description: 'the licences were the first easing of supply to India since April'}},
  {from: 'event:2025-10-30-trump-xi-meeting', to: 'event:2025-10-30-jaiswal-us-china-talks-caution', props: {sources: ['src:004'], description: 'Jaiswal cautioned about the effect of US–China talks on India'}},
  {from: 'event:2025-10-kolkata-guangzhou-flights-resumption', to: 'event:2025-10-31-industry-executive-approvals-positive', props: {sources: ['src:004'], description: 'the executive expects the resumed flights to ease logistics'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'event:2025-10-31-industry-executive-approvals-positive', props: {sources: ['src:004'], description: 'the executive welcomed the approvals'}},
  {from: 'event:2025-10-china-resumes-magnet-exports-india', to: 'event:2025-10-31-industry-experts-diversify', props: {sources: ['src:004'], description: 'experts judged the resumption to be short-term relief'}},
  {from: 'event:2024-04-india-exports-to-china-apr-jul', to: 'event:2025-04-india-exports-to-china-apr-jul', props: {sources: ['src:000'], description: 'same period a year earlier, base of the 20% growth'}},
  {from: 'event:2024-04-india-imports-from-china-apr-jul', to: 'event:2025-04-india-imports-from-china-apr-jul', props: {sources: ['src:000'], description: 'same period a year earlier, base of the 13% growth'}},
  {from: 'event:2025-07-14-jaishankar-wang-yi-meeting', to: 'event:2025-08-14-official-trade-moving-positively', props: {sources: ['src:000'], description: 'progress in bilateral trade after the meeting, with trade flows buoyant'}},
  {from: 'event:2025-04-india-exports-to-china-apr-jul', to: 'event:2025-08-14-official-trade-moving-positively', props: {sources: ['src:000'], description: 'the official comments on the April–July trade figures'}},
  {from: 'event:2025-08-chinese-embassy-visas-indian-companies', to: 'event:2025-08-14-official-efforts-restore-magnet-imports', props: {sources: ['src:000'], description: 'the official cites the visas as evidence of efforts'}},
  {from: 'event:2020-06-galwan-valley-clash', to: 'event:2024-10-eastern-ladakh-disengagement', props: {sources: ['src:001', 'src:003'], description: 'after more than four years of strain, disengagement was completed in October 2024'}},
  {from: 'event:2020-05-eastern-ladakh-standoff', to: 'event:2024-10-eastern-ladakh-disengagement', props: {sources: ['src:003'], description: 'the disengagement effectively ended the face-off that began in May 2020'}},
  {from: 'event:2024-10-eastern-ladakh-disengagement', to: 'event:2024-10-kazan-modi-xi-meeting', props: {sources: ['src:001', 'src:003'], description: 'both in October 2024: military disengagement and the leaders\' meeting in Kazan'}},
  {from: 'event:2024-10-eastern-ladakh-disengagement', to: 'event:2025-kailash-mansarovar-yatra-resumption', props: {sources: ['src:001'], description: 'the steps to reset ties follow the reduction of military tensions in eastern Ladakh'}},
  {from: 'event:2024-10-eastern-ladakh-disengagement', to: 'event:2025-07-india-resumes-tourist-visas-chinese', props: {sources: ['src:001'], description: 'the steps to reset ties follow the reduction of military tensions in eastern Ladakh'}},
  {from: 'event:2024-10-revive-dialogue-mechanisms', to: 'event:2025-kailash-mansarovar-yatra-resumption', props: {sources: ['src:001', 'src:003'], description: 'resumption of the yatra is one of the normalisation steps after the revived dialogue'}},
  {from: 'event:2024-10-revive-dialogue-mechanisms', to: 'event:2025-07-india-resumes-tourist-visas-chinese', props: {sources: ['src:001', 'src:003'], description: 'tourist visas are one of the normalisation steps after the revived dialogue'}},
  {from: 'event:2024-10-revive-dialogue-mechanisms', to: 'event:2025-10-kolkata-guangzhou-flights-resumption', props: {sources: ['src:001', 'src:003', 'src:004'], description: 'direct flights resumed as part of the wider normalisation (the link is drawn across reports)', crossReport: true}},
  {from: 'event:2025-kailash-mansarovar-yatra-resumption', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:001', 'src:003'], description: 'the licences come amid a series of steps to reset ties, including the yatra'}},
  {from: 'event:2025-07-india-resumes-tourist-visas-chinese', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:001', 'src:003'], description: 'the licences come amid a series of steps to reset ties, including tourist visas'}},
  {from: 'event:2025-10-kolkata-guangzhou-flights-resumption', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:004'], description: 'flights resumed the same week the approvals were reported'}},
  {from: 'event:2024-10-revive-dialogue-mechanisms', to: 'event:2025-07-14-jaishankar-wang-yi-meeting', props: {sources: ['src:000', 'src:001', 'src:003'], description: 'ministerial contacts resumed under the revived dialogue', crossReport: true}},
  {from: 'event:2025-04-global-rare-earth-supply-disruption', to: 'event:2025-06-12-lin-jian-dialogue-cooperation', props: {sources: ['src:002'], description: 'China offered dialogue to keep global supply chains stable'}},
  {from: 'event:2025-07-14-jaishankar-wang-yi-meeting', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], description: 'after the Jaishankar–Wang Yi meeting bilateral trade and ties made some progress'}},
  {from: 'event:2025-08-chinese-embassy-visas-indian-companies', to: 'event:2025-08-india-china-magnet-import-negotiations', props: {sources: ['src:000'], description: 'visas let Indian companies get in touch with Chinese authorities'}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'event:2025-10-30-jaiswal-licences-received', props: {sources: ['src:001', 'src:003', 'src:004'], description: 'the MEA confirmed the licences at its weekly briefing'}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:PRECEDED]->(b)
SET r += row.props;

// ---- LED_TO ------------------------------------------------------

UNWIND [
  {from: 'event:2025-04-04-china-export-controls', to: 'event:2025-04-global-rare-earth-supply-disruption', props: {sources: ['src:002'], description: 'the curbs disrupted supplies for two months', quote: 'The curbs disrupted supplies for two months', quoteSource: 'src:002', paragraph: 12}},
  {from: 'event:2025-04-04-china-export-controls', to: 'event:2025-04-magnet-export-pause-india', props: {sources: ['src:000', 'src:002', 'src:004'], description: 'the controls stopped magnet exports to India until licences came', quote: 'Indian firms are yet to secure export licences', quoteSource: 'src:000', paragraph: 4}},
  {from: 'event:2025-06-09-us-china-london-talks', to: 'event:2025-06-china-resumes-ree-exports-us', props: {sources: ['src:002'], description: 'China resumed selective rare-earth exports to the US after the London talks', quote: 'resumed selective REE exports to the U.S. after two days of negotiations in London', quoteSource: 'src:002', paragraph: 15}},
  {from: 'event:2025-10-china-verifies-indian-end-user-certificates', to: 'event:2025-10-china-licences-indian-firms', props: {sources: ['src:004'], description: 'the licences were approved once the end-user certificates were verified', quote: 'the approvals were granted after China verified end-user certificates', quoteSource: 'src:004', paragraph: 3}},
  {from: 'event:2025-10-china-licences-indian-firms', to: 'event:2025-10-china-resumes-magnet-exports-india', props: {sources: ['src:004'], description: 'the approvals let heavy rare earth magnet exports to India resume', quote: 'marking the first easing in supply since April', quoteSource: 'src:004', paragraph: 7}},
  {from: 'event:2020-05-eastern-ladakh-standoff', to: 'event:2020-06-galwan-valley-clash', props: {sources: ['src:003'], description: 'the confrontation led to a deadly clash in the Galwan Valley the following month', quote: 'The confrontation led to a deadly clash in the Galwan Valley', quoteSource: 'src:003', paragraph: 3}},
  {from: 'event:2024-10-kazan-modi-xi-meeting', to: 'event:2024-10-revive-dialogue-mechanisms', props: {sources: ['src:001', 'src:003'], description: 'the decision to revive dialogue mechanisms was reached at the Kazan meeting', quote: 'The decision to revive various dialogue mechanisms between the two sides was reached during a meeting', quoteSource: 'src:003', paragraph: 8}}
] AS row
MATCH (a {id: row.from})
MATCH (b {id: row.to})
MERGE (a)-[r:LED_TO]->(b)
SET r += row.props;
