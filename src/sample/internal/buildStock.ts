// The stock snapshot at the end of the period: every stocked SKU × location with on-hand,
// reserved and safety stock sized from the item's popularity, a few stock-outs, and inbound
// purchase orders for what runs low.
import type { Random } from '../../core/statistics/createRandom.js';
import type { SampleLocation, SampleProduct, SampleStock } from '../schemas.js';
import type { Catalogue } from './buildProducts.js';
import { CATEGORIES, type CategoryDefinition } from './categories.js';
import { intBetween } from './sampling.js';

const DAY = 86_400_000;
// Safety stock covers this many days of demand.
const SAFETY_DAYS = 4;
// A distribution centre holds this many times a store's stock.
const WAREHOUSE_SCALE = 6;

export function buildStock(random: Random, catalogue: Catalogue, locations: readonly SampleLocation[], endAt: number): SampleStock[] {
  const stock: SampleStock[] = [];
  const { products, category, relativePopularity } = catalogue;
  for (let p = 0; p < products.length; p++) {
    const definition = CATEGORIES[category[p] as number] as CategoryDefinition;
    const sku = (products[p] as SampleProduct).sku;
    for (const location of locations) {
      const warehouse = location.kind === 'warehouse';
      // Stores carry most of the range; grocery is carried everywhere.
      if (!warehouse && definition.id !== 'grocery' && random.next() >= 0.92) continue;
      const dailyUnits =
        definition.dailyUnits * (relativePopularity[p] as number) * (warehouse ? WAREHOUSE_SCALE : 0.6 + random.next() * 0.8);
      const safetyStock = Math.ceil(dailyUnits * SAFETY_DAYS);
      const onHand = random.next() < 0.05 ? 0 : Math.round(dailyUnits * (5 + random.next() * 25)) + intBetween(random, 0, 2);
      let reserved = 0;
      if (onHand > 0) {
        reserved = warehouse
          ? Math.floor(onHand * random.next() * 0.15)
          : random.next() < 0.2
            ? intBetween(random, 1, Math.min(onHand, 3))
            : 0;
      }
      const inbound: SampleStock['inbound'] = [];
      if (onHand < 2 * safetyStock && random.next() < 0.7) {
        const quantity = Math.max(1, Math.ceil(dailyUnits * 14));
        const eta = endAt + intBetween(random, 1, 10) * DAY;
        inbound.push({ quantity, eta });
        if (random.next() < 0.15) inbound.push({ quantity, eta: eta + 7 * DAY });
      }
      stock.push({ sku, locationId: location.id, onHand, reserved, safetyStock, inbound });
    }
  }
  return stock;
}
