// A three-node graph for the panels' tests: two countries and an event.
import type { Graph } from '../../../../contract/index.js';

export const smallGraph: Graph = {
  nodes: [
    { id: 'c:in', labels: ['Country'], name: 'India', properties: {} },
    { id: 'c:cn', labels: ['Country'], name: 'China', properties: {} },
    {
      id: 'e:talks',
      labels: ['Event'],
      name: 'Border talks',
      properties: { date: '2024-10-01', datePrecision: 'month' },
    },
  ],
  edges: [
    { id: 'r1', source: 'c:in', target: 'e:talks', type: 'PARTICIPATED_IN', properties: {} },
    { id: 'r2', source: 'c:cn', target: 'e:talks', type: 'PARTICIPATED_IN', properties: {} },
  ],
};
