// The example story a new user can open: the chain that ends in China's
// October 2025 licences to Indian firms, as the seed graph holds it. Shipped
// with the client rather than the seed folder, so the seed's files and its
// load checksum stay as they are. Captions are our own words; the reports'
// words appear only as the cited links' quotes, read from the graph.
import type { Story } from '../../../contract/index.js';

const CONTROLS = 'event:2025-04-04-china-export-controls';
const PAUSE = 'event:2025-04-magnet-export-pause-india';
const TALKS = 'event:2025-08-india-china-magnet-import-negotiations';
const EUC = 'event:2025-china-verifies-indian-end-user-certificates';
const LICENCES = 'event:2025-10-china-licences-indian-firms';
const view = (sel: string, exp: string[]) =>
  `?sel=${encodeURIComponent(sel)}&exp=${exp.map(encodeURIComponent).join(',')}&v=2`;

export const EXAMPLE_STORY_NAME = 'Example: the licences’ chain';

export const EXAMPLE_STORY: Story = {
  version: 1,
  name: EXAMPLE_STORY_NAME,
  savedAt: '2026-12-06T00:00:00.000Z',
  steps: [
    {
      id: 'controls',
      title: 'April 2025: China requires export licences',
      caption:
        'China’s export controls of 4 April 2025 made seven rare earths and the magnets made from them exportable only under licence. The reports tie them to the US tariff increases and to a supply disruption that followed.',
      view: view(CONTROLS, [CONTROLS]),
      claims: [
        `event:2025-us-tariff-increases|PROMPTED|${CONTROLS}`,
        `${CONTROLS}|LED_TO|event:2025-04-global-rare-earth-supply-disruption`,
      ],
    },
    {
      id: 'pause',
      title: 'India’s magnet supply pauses',
      caption:
        'From April, magnet shipments to India stopped. No report says the controls caused the pause: the link is drawn dotted, as the analyst’s reading of the order of events.',
      view: view(PAUSE, [PAUSE]),
      claims: [
        `${CONTROLS}|PRECEDED|${PAUSE}`,
        `${PAUSE}|PROMPTED|event:2025-06-12-jaiswal-in-touch-with-chinese-side`,
      ],
    },
    {
      id: 'talks',
      title: 'Negotiations and end-user certificates',
      caption:
        'Over the summer the two governments negotiated a restart of imports, and China checked the end-user certificates of the Indian buyers before approving anything.',
      view: view(EUC, [EUC, TALKS]),
      claims: [`${EUC}|LED_TO|${LICENCES}`, `${TALKS}|PRECEDED|${LICENCES}`],
    },
    {
      id: 'licences',
      title: 'October 2025: licences for Indian firms',
      caption:
        'At the end of October China granted import licences to certain Indian companies, India’s first relief since the April pause; relaxations for other countries had come in June.',
      view: view(LICENCES, [LICENCES]),
      claims: [
        `event:2025-06-china-relaxes-curbs-other-countries|PRECEDED|${LICENCES}`,
        `${LICENCES}|PRECEDED|event:2025-10-30-jaiswal-licences-received`,
      ],
    },
    {
      id: 'known',
      title: 'What a reader could have known, report by report',
      caption:
        'The same chain replayed on the reported clock: each event appears on the day a report first told it, from the June report on the pause to the October reports on the licences.',
      view: view(LICENCES, [LICENCES, CONTROLS]),
      claims: [`${PAUSE}|PRECEDED|${LICENCES}`],
      replay: { clock: 'reported', from: '2025-06-12', to: '2025-10-31', speed: 30 },
    },
  ],
};
