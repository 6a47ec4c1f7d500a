// The computation of inventoryKpis on validated items, shared with its accumulator (which calls
// it on the items it holds, in its canonical order).
import { rate, type Rate } from './rate.js';

/** An item as inventoryKpiItemSchema outputs it. */
interface ParsedItem {
  readonly sku: string;
  readonly locationId?: string | undefined;
  readonly beginningOnHand: number;
  readonly receivedUnits: number;
  readonly soldUnits: number;
  readonly endingOnHand: number;
  readonly daysOutOfStock?: number | undefined;
  readonly recordedOnHand?: number | undefined;
  readonly countedOnHand?: number | undefined;
}

/** Per-item figures of {@link inventoryKpis}. */
export interface InventoryItemKpis {
  readonly sku: string;
  readonly locationId?: string;
  /** sold / (beginning + received); null when nothing was available. */
  readonly sellThrough: number | null;
  /** ending / (sold / periodDays); null when nothing sold (supply lasts indefinitely). */
  readonly daysOfSupply: number | null;
}

/** Result of {@link inventoryKpis}. */
export interface InventoryKpis {
  readonly items: number;
  /** Σ sold / Σ (beginning + received). */
  readonly sellThrough: Rate;
  /** Σ days out of stock / (items reporting it × periodDays), in item-days. */
  readonly stockOutRate: Rate;
  /** Σ ending on hand / (Σ sold / periodDays); null when nothing sold. */
  readonly daysOfSupply: { readonly value: number | null; readonly endingOnHand: number; readonly averageDailySales: number };
  /** Counted items whose record is within toleranceUnits / counted items, with a Wilson interval. */
  readonly inventoryRecordAccuracy: Rate;
  readonly byItem: readonly InventoryItemKpis[];
}

/** The KPIs of validated items over a period of `periodDays`, summed in the order given. */
export function inventoryKpisOf(periodDays: number, items: readonly ParsedItem[], toleranceUnits: number, confidence: number): InventoryKpis {
  let available = 0;
  let sold = 0;
  let ending = 0;
  let outDays = 0;
  let reporting = 0;
  let counted = 0;
  let accurate = 0;
  const byItem = items.map((item) => {
    const itemAvailable = item.beginningOnHand + item.receivedUnits;
    available += itemAvailable;
    sold += item.soldUnits;
    ending += item.endingOnHand;
    if (item.daysOutOfStock !== undefined) {
      outDays += item.daysOutOfStock;
      reporting++;
    }
    if (item.recordedOnHand !== undefined && item.countedOnHand !== undefined) {
      counted++;
      if (Math.abs(item.recordedOnHand - item.countedOnHand) <= toleranceUnits) accurate++;
    }
    return {
      sku: item.sku,
      ...(item.locationId === undefined ? {} : { locationId: item.locationId }),
      // + 0: a unit count of -0 (accepted as an integer ≥ 0) would give -0, which JSON turns into 0.
      sellThrough: itemAvailable === 0 ? null : item.soldUnits / itemAvailable + 0,
      daysOfSupply: item.soldUnits === 0 ? null : item.endingOnHand / (item.soldUnits / periodDays) + 0,
    };
  });
  const averageDailySales = sold / periodDays;
  return {
    items: items.length,
    sellThrough: rate(sold, available, undefined),
    stockOutRate: rate(outDays, reporting * periodDays, undefined),
    daysOfSupply: { value: sold === 0 ? null : ending / averageDailySales, endingOnHand: ending, averageDailySales },
    inventoryRecordAccuracy: rate(accurate, counted, confidence),
    byItem,
  };
}
