// The product catalogue and the popularity model used to fill baskets and size stock.
import type { Random } from '../../core/statistics/createRandom.js';
import type { SampleProduct } from '../schemas.js';
import { CATEGORIES, GIFT_CARD_CATEGORY, GIFT_CARD_DENOMINATIONS, type CategoryDefinition } from './categories.js';
import { formatId } from './ids.js';
import { cumulative } from './sampling.js';

export interface Catalogue {
  readonly products: SampleProduct[];
  /** Index of the first product of each category in `products`. */
  readonly firstOfCategory: readonly number[];
  /** Per category: cumulative popularity of its products (Zipf-like, ranks shuffled). */
  readonly popularityCdf: readonly Float64Array[];
  /** Per product: popularity relative to the category's best seller (1 = best seller). */
  readonly relativePopularity: Float64Array;
  readonly category: Uint8Array;
}

// Exponent of the Zipf-like popularity curve within a category: a few items sell most.
const ZIPF_EXPONENT = 0.9;

function productName(category: CategoryDefinition, index: number): string {
  const { nouns, descriptors } = category;
  const noun = nouns[index % nouns.length] as string;
  const descriptorIndex = Math.floor(index / nouns.length);
  const descriptor = descriptors[descriptorIndex % descriptors.length] as string;
  const edition = Math.floor(descriptorIndex / descriptors.length);
  return edition === 0 ? `${descriptor} ${noun}` : `${descriptor} ${noun} ${String(edition + 1)}`;
}

/** A shelf price in minor units: log-uniform in the category range, ending in .99 (or .49). */
function shelfPrice(random: Random, min: number, max: number): number {
  const major = Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min)));
  const whole = Math.max(0, Math.floor(major));
  const cents = whole < 10 && random.next() < 0.5 ? 49 : 99;
  return whole * 100 + cents;
}

export function buildProducts(random: Random, perCategory: number): Catalogue {
  const products: SampleProduct[] = [];
  const firstOfCategory: number[] = [];
  const popularityCdf: Float64Array[] = [];
  const total = perCategory * CATEGORIES.length;
  const relativePopularity = new Float64Array(total);
  const category = new Uint8Array(total);
  CATEGORIES.forEach((definition, c) => {
    firstOfCategory.push(products.length);
    // Shuffle the popularity ranks so the best seller is not always the first SKU.
    const ranks = Array.from({ length: perCategory }, (_, i) => i + 1);
    for (let i = ranks.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      const swap = ranks[i] as number;
      ranks[i] = ranks[j] as number;
      ranks[j] = swap;
    }
    const weights: number[] = [];
    for (let i = 0; i < perCategory; i++) {
      const index = products.length;
      let priceMinor: number;
      let costMinor: number;
      let name: string;
      if (c === GIFT_CARD_CATEGORY) {
        const denomination = GIFT_CARD_DENOMINATIONS[i % GIFT_CARD_DENOMINATIONS.length] as number;
        const design = definition.descriptors[Math.floor(i / GIFT_CARD_DENOMINATIONS.length) % definition.descriptors.length] as string;
        const edition = Math.floor(i / (GIFT_CARD_DENOMINATIONS.length * definition.descriptors.length));
        name = `${design} gift card ${String(denomination)}${edition === 0 ? '' : ` (${String(edition + 1)})`}`;
        priceMinor = denomination * 100;
        costMinor = priceMinor;
      } else {
        name = productName(definition, i);
        priceMinor = shelfPrice(random, definition.minPrice, definition.maxPrice);
        const [lo, hi] = definition.costShare;
        costMinor = Math.max(1, Math.round(priceMinor * (lo + random.next() * (hi - lo))));
      }
      products.push({ sku: formatId('P', index, 4, total), name, category: definition.id, priceMinor, costMinor });
      const weight = 1 / Math.pow(ranks[i] as number, ZIPF_EXPONENT);
      weights.push(weight);
      relativePopularity[index] = weight;
      category[index] = c;
    }
    popularityCdf.push(cumulative(weights));
  });
  return { products, firstOfCategory, popularityCdf, relativePopularity, category };
}
