// The merchandise categories of the synthetic retailer. Prices are in major units of a currency
// with two decimals (the generator multiplies by 100) and end in .99 / .49 like shelf prices;
// `costShare` bounds the unit cost as a share of the price; `intentWeight` is how often a
// shopping journey is about the category; `dailyUnits` is what a popular item sells per store
// and day, which sizes the stock snapshot.
import { ZONE } from './zones.js';

export interface CategoryDefinition {
  readonly id: 'apparel' | 'footwear' | 'electronics' | 'home' | 'beauty' | 'grocery' | 'giftCards';
  readonly name: string;
  readonly zone: number;
  readonly intentWeight: number;
  readonly minPrice: number;
  readonly maxPrice: number;
  readonly costShare: readonly [number, number];
  readonly maxQuantity: number;
  readonly returnable: boolean;
  readonly dailyUnits: number;
  readonly nouns: readonly string[];
  readonly descriptors: readonly string[];
}

export const CATEGORIES: readonly CategoryDefinition[] = [
  {
    id: 'apparel',
    name: 'Apparel',
    zone: ZONE.apparel,
    intentWeight: 0.26,
    minPrice: 12,
    maxPrice: 160,
    costShare: [0.3, 0.5],
    maxQuantity: 3,
    returnable: true,
    dailyUnits: 4,
    nouns: ['T-shirt', 'Jeans', 'Hoodie', 'Jacket', 'Dress', 'Shirt', 'Sweater', 'Skirt', 'Coat', 'Chinos', 'Blouse', 'Shorts'],
    descriptors: ['Classic', 'Slim', 'Organic', 'Essential', 'Relaxed', 'Premium', 'Linen', 'Wool', 'Denim', 'Active'],
  },
  {
    id: 'footwear',
    name: 'Footwear',
    zone: ZONE.footwear,
    intentWeight: 0.1,
    minPrice: 30,
    maxPrice: 220,
    costShare: [0.35, 0.55],
    maxQuantity: 2,
    returnable: true,
    dailyUnits: 2,
    nouns: ['Sneakers', 'Boots', 'Sandals', 'Loafers', 'Running shoes', 'Slippers', 'Pumps', 'Hiking boots'],
    descriptors: ['Urban', 'Leather', 'Trail', 'Comfort', 'Waterproof', 'Canvas', 'Suede', 'Lightweight'],
  },
  {
    id: 'electronics',
    name: 'Electronics',
    zone: ZONE.electronics,
    intentWeight: 0.14,
    minPrice: 15,
    maxPrice: 1000,
    costShare: [0.65, 0.85],
    maxQuantity: 2,
    returnable: true,
    dailyUnits: 1.5,
    nouns: ['Headphones', 'Smartphone', 'Tablet', 'Smartwatch', 'Speaker', 'Laptop', 'Power bank', 'Camera', 'TV', 'E-reader'],
    descriptors: ['Pro', 'Mini', 'Wireless', 'Max', 'Lite', 'Ultra', 'Smart', 'Compact'],
  },
  {
    id: 'home',
    name: 'Home & living',
    zone: ZONE.home,
    intentWeight: 0.14,
    minPrice: 5,
    maxPrice: 250,
    costShare: [0.35, 0.55],
    maxQuantity: 4,
    returnable: true,
    dailyUnits: 2,
    nouns: ['Mug', 'Towel', 'Cushion', 'Lamp', 'Frying pan', 'Duvet', 'Vase', 'Candle', 'Storage box', 'Rug', 'Kettle'],
    descriptors: ['Nordic', 'Ceramic', 'Cotton', 'Rustic', 'Modern', 'Bamboo', 'Velvet', 'Minimal'],
  },
  {
    id: 'beauty',
    name: 'Beauty',
    zone: ZONE.beauty,
    intentWeight: 0.12,
    minPrice: 3,
    maxPrice: 90,
    costShare: [0.25, 0.45],
    maxQuantity: 4,
    returnable: true,
    dailyUnits: 3,
    nouns: ['Face cream', 'Shampoo', 'Lipstick', 'Perfume', 'Serum', 'Mascara', 'Body lotion', 'Sunscreen', 'Hand cream'],
    descriptors: ['Hydrating', 'Natural', 'Sensitive', 'Radiant', 'Matte', 'Fresh', 'Vegan', 'Repair'],
  },
  {
    id: 'grocery',
    name: 'Grocery',
    zone: ZONE.grocery,
    intentWeight: 0.2,
    minPrice: 1,
    maxPrice: 20,
    costShare: [0.6, 0.8],
    maxQuantity: 6,
    returnable: false,
    dailyUnits: 12,
    nouns: ['Coffee', 'Olive oil', 'Pasta', 'Chocolate', 'Tea', 'Granola', 'Honey', 'Orange juice', 'Rice', 'Crackers', 'Jam'],
    descriptors: ['Organic', 'Fair-trade', 'Italian', 'Whole-grain', 'Dark', 'Classic', 'Premium', 'Family-size'],
  },
  {
    id: 'giftCards',
    name: 'Gift cards',
    zone: ZONE.checkout,
    intentWeight: 0.04,
    // Gift cards use fixed denominations (GIFT_CARD_DENOMINATIONS), sold at face value.
    minPrice: 10,
    maxPrice: 500,
    costShare: [1, 1],
    maxQuantity: 3,
    returnable: false,
    dailyUnits: 1,
    nouns: ['Gift card'],
    descriptors: ['Classic', 'Birthday', 'Holiday', 'Thank you', 'Wedding', 'Congratulations'],
  },
];

export const GIFT_CARD_CATEGORY = 6;
export const GIFT_CARD_DENOMINATIONS = [10, 15, 20, 25, 50, 75, 100, 150, 200, 500] as const;
