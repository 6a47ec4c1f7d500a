// Stores, their opening hours and the stock locations (stores + two distribution centres).
import type { Random } from '../../core/statistics/createRandom.js';
import type { SampleLocation, SampleStore } from '../schemas.js';
import { STORE_SUFFIXES, regionFor, type Place } from './cities.js';
import { formatId } from './ids.js';
import { cumulative, roundDegrees } from './sampling.js';
import { ZONES } from './zones.js';

/** What the simulation needs to know about a store, beyond its public record. */
export interface StoreModel {
  readonly openHour: number;
  readonly closeHour: number;
  /** `openOn[isoWeekday]`, index 0 unused. */
  readonly openOn: readonly boolean[];
  /** Added to the sentiment of every in-store touch (service quality of the store). */
  readonly quality: number;
  /** Added to the sentiment of the checkout queue (staffing of the tills). */
  readonly queueQuality: number;
}

export interface StoreWorld {
  readonly stores: SampleStore[];
  readonly locations: SampleLocation[];
  readonly models: StoreModel[];
  /** Share of customers whose home store each store is (bigger stores first). */
  readonly homeStoreCdf: Float64Array;
}

const OPEN_HOURS = [8, 9, 9, 10] as const;
const CLOSE_HOURS = [19, 20, 20, 20, 21, 22] as const;

export function buildStores(random: Random, count: number, timeZone: string): StoreWorld {
  const region = regionFor(timeZone);
  const cities = region.cities;
  const stores: SampleStore[] = [];
  const models: StoreModel[] = [];
  const weights: number[] = [];
  for (let i = 0; i < count; i++) {
    const city = cities[i % cities.length] as Place;
    const round = Math.floor(i / cities.length);
    const jitter = round === 0 ? 0 : 0.05;
    const openHour = OPEN_HOURS[Math.floor(random.next() * OPEN_HOURS.length)] as number;
    const closeHour = CLOSE_HOURS[Math.floor(random.next() * CLOSE_HOURS.length)] as number;
    const openOnSunday = random.next() < 0.3;
    const openWeekdays = openOnSunday ? [1, 2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5, 6];
    stores.push({
      id: formatId('S', i, 2, count),
      name: `${city.name} ${STORE_SUFFIXES[round % STORE_SUFFIXES.length] as string}`,
      city: city.name,
      lat: roundDegrees(city.lat + (random.next() - 0.5) * 2 * jitter),
      lon: roundDegrees(city.lon + (random.next() - 0.5) * 2 * jitter),
      timeZone,
      zones: ZONES.map((zone) => ({ id: zone.id, name: zone.name })),
      openHour,
      closeHour,
      openWeekdays,
    });
    const openOn = [false, true, true, true, true, true, true, openOnSunday];
    models.push({
      openHour,
      closeHour,
      openOn,
      quality: random.normal() * 0.12,
      queueQuality: random.normal() * 0.15,
    });
    // Flagship stores in the first cities draw more customers.
    weights.push((1 / (1 + i * 0.35)) * (0.7 + random.next() * 0.6));
  }
  const locations: SampleLocation[] = stores.map((store) => ({
    id: store.id,
    name: store.name,
    kind: 'store',
    lat: store.lat,
    lon: store.lon,
  }));
  region.warehouses.forEach((warehouse, index) => {
    locations.push({
      id: `DC${String(index + 1)}`,
      name: warehouse.name,
      kind: 'warehouse',
      lat: warehouse.lat,
      lon: warehouse.lon,
    });
  });
  return { stores, locations, models, homeStoreCdf: cumulative(weights) };
}
