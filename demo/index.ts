// `npm run demo`: a readable report on generated sample data, one section per domain present.
import { generateRetailData } from 'omnicx/sample';
import { coreSection } from './core.js';
import { heading, table } from './format.js';
import { inventorySection } from './inventory.js';
import { journeySection } from './journey.js';
import { loyaltySection } from './loyalty.js';
import { membersSection } from './members.js';
import { satisfactionSection } from './satisfaction.js';
import { touchpointSection } from './touchpoint.js';

const started = performance.now();
const data = generateRetailData({ seed: 42, customers: 2000, stores: 5, days: 90 });
const generatedMs = performance.now() - started;

const sections: string[] = [];
sections.push(heading('omnicx demo: an omnichannel retailer, 90 days of generated data'));
sections.push(
  table(
    ['stores', 'customers', 'products', 'journey events', 'orders', 'returns', 'surveys', 'tickets'],
    [
      [
        data.stores.length,
        data.customers.length,
        data.products.length,
        data.events.length,
        data.orders.length,
        data.returns.length,
        data.surveys.length,
        data.tickets.length,
      ],
    ],
  ),
);
sections.push(`generated in ${generatedMs.toFixed(0)} ms with generateRetailData({ seed: 42, customers: 2000, stores: 5, days: 90 })`);
sections.push(coreSection(data));
sections.push(journeySection(data));
sections.push(touchpointSection(data));
sections.push(loyaltySection(data));
sections.push(satisfactionSection(data));
sections.push(inventorySection(data));
sections.push(membersSection(data, generateRetailData({ seed: 42, customers: 2000, stores: 5, days: 365 })));

console.log(sections.join('\n'));
