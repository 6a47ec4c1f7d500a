// The customer simulation: each customer draws a profile and then a Poisson stream of shopping
// journeys (store visits, online sessions, ROPO, showrooming, click & collect, marketplace),
// each followed by fulfilment, surveys, reviews, returns and support tickets. Events go to
// typed-array columns; orders, returns, surveys and tickets are built as objects (they are
// rare) and get their ids once they are sorted by time.
import { createRandom, type Random } from '../../core/statistics/createRandom.js';
import type {
  SampleCustomer,
  SampleProduct,
  SampleStore,
  SampleOnlineOrder,
  SampleOrder,
  SampleOrderLine,
  SampleReturn,
  SampleSurvey,
  SampleTicket,
} from '../schemas.js';
import type { Catalogue } from './buildProducts.js';
import type { StoreModel, StoreWorld } from './buildStores.js';
import { CATEGORIES, GIFT_CARD_CATEGORY, type CategoryDefinition } from './categories.js';
import { CONVERSION, EventColumns, FEEDBACK, NO_SENTIMENT, TOUCH } from './eventColumns.js';
import { formatId } from './ids.js';
import { SLOTS, localDayOf, localHourOf, type LocalCalendar } from './localCalendar.js';
import { clamp, cumulative, exponential, geometric, intBetween, pickIndex, roundDegrees } from './sampling.js';
import { TOUCHPOINTS, TP, type TouchpointDefinition } from './touchpoints.js';
import { ZONE } from './zones.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const INF = Number.POSITIVE_INFINITY;

/** Rounds a duration or instant down to whole seconds: the simulation's clock resolution. */
function seconds(ms: number): number {
  return Math.floor(ms / SECOND) * SECOND;
}

const SEGMENTS = ['loyal', 'regular', 'occasional', 'lapsed'] as const;
const LAPSED = 3;
const SEGMENT_CDF = cumulative([0.15, 0.35, 0.35, 0.15]);
/** Journeys per day relative to the mean customer. */
const SEGMENT_RATE = [2.4, 1.15, 0.5, 1.3] as const;
/** Chance that a journey ends in a purchase. */
const SEGMENT_CONVERSION = [0.62, 0.48, 0.36, 0.3] as const;
/** Baseline sentiment of the segment's customers. */
const SEGMENT_MOOD = [0.2, 0.1, 0.05, -0.05] as const;

const PREFERRED_CHANNELS = ['store', 'web', 'app'] as const;
const PREFERRED_CDF = cumulative([0.5, 0.28, 0.22]);
const PREFERS_APP = 2;

// Journey patterns and their mix by preferred channel (store, web, app).
const STORE_ONLY = 0;
const ONLINE = 1;
const ROPO = 2;
const SHOWROOMING = 3;
const BOPIS = 4;
const MARKETPLACE = 5;
const PATTERN_CDF = [
  cumulative([0.58, 0.1, 0.2, 0.05, 0.05, 0.02]),
  cumulative([0.12, 0.5, 0.14, 0.04, 0.14, 0.06]),
  cumulative([0.14, 0.52, 0.1, 0.04, 0.14, 0.06]),
] as const;

// Outcomes of an online session.
const RESEARCH = 0;
const ABANDON = 1;
const BUY_DELIVERY = 2;
const BUY_PICKUP = 3;

const WEB = 0;
const APP = 1;

/** Share of online sessions that start in each local hour (evening peak). */
const DIURNAL_CDF = cumulative([
  1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 3.5, 4, 4, 5, 4.5, 4, 4, 4.2, 4.8, 5.5, 6.5, 7, 6.5, 4.5, 2.5,
]);

/**
 * Mean journey events per journey at the default mix, measured on large runs; it turns the
 * `eventsPerCustomerPerDay` knob into a journey rate.
 */
const EVENTS_PER_JOURNEY = 6.4;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const SENTIMENT_BASE = Float64Array.from(TOUCHPOINTS, (touchpoint) => touchpoint.sentiment ?? Number.NaN);
const TOUCHPOINT_CHANNEL = TOUCHPOINTS.map((touchpoint) => touchpoint.channel);
const TICKET_CATEGORIES = ['product', 'payment', 'account'] as const;
const GROCERY = CATEGORIES.findIndex((category) => category.id === 'grocery');
const RETURNABLE: ReadonlySet<string> = new Set(CATEGORIES.filter((category) => category.returnable).map((category) => category.id));

/** A record with the order or ticket it refers to, whose id is known only after sorting. */
export interface Linked<T> {
  readonly record: T;
  readonly order: SampleOrder | null;
  readonly ticket: SampleTicket | null;
}

export interface SimulationSettings {
  readonly startAt: number;
  readonly endAt: number;
  readonly calendar: LocalCalendar;
  readonly world: StoreWorld;
  readonly catalogue: Catalogue;
  readonly customerCount: number;
  readonly eventsPerCustomerPerDay: number;
  readonly returnRate: number;
  readonly surveyRate: number;
  /** Seed of customer i's own random stream. */
  readonly customerSeed: (index: number) => number;
}

export interface SimulationResult {
  readonly customers: SampleCustomer[];
  readonly events: EventColumns;
  /** In creation order; the events' order column indexes this array. */
  readonly orders: SampleOrder[];
  readonly returns: Linked<SampleReturn>[];
  readonly surveys: Linked<SampleSurvey>[];
  readonly tickets: Linked<SampleTicket>[];
  readonly onlineOrders: Linked<SampleOnlineOrder>[];
}

export function simulateCustomers(settings: SimulationSettings): SimulationResult {
  return new Simulation(settings).run();
}

class Simulation {
  private readonly s: SimulationSettings;
  private readonly hourStart: Float64Array;
  private readonly weekday: Uint8Array;
  private readonly dayCount: number;
  private readonly storeIds: string[];
  private readonly customers: SampleCustomer[] = [];
  private readonly events: EventColumns;
  private readonly orders: SampleOrder[] = [];
  private readonly orderStore: number[] = [];
  private readonly returns: Linked<SampleReturn>[] = [];
  private readonly surveys: Linked<SampleSurvey>[] = [];
  private readonly tickets: Linked<SampleTicket>[] = [];
  private readonly onlineOrders: Linked<SampleOnlineOrder>[] = [];

  private random: Random;
  // The current customer.
  private customer = 0;
  private customerId = '';
  private segment = 0;
  private preferred = 0;
  private appUser = false;
  private emailOptIn = false;
  private homeStore = 0;
  private homeLat = 0;
  private homeLon = 0;
  private moodBias = 0;
  private activeFrom = 0;
  private activeTo = 0;
  private readonly categoryCdf = new Float64Array(CATEGORIES.length);
  // The current journey.
  private mood = 0;
  private sentimentSum = 0;
  private sentimentCount = 0;
  private pains = 0;
  private slotDay = 0;
  // A planned store visit, emitted once its time slot is known.
  private planLength = 0;
  private readonly planTouchpoint = new Uint8Array(24);
  private readonly planZone = new Int8Array(24);
  private readonly planGap = new Float64Array(24);
  private readonly planType = new Uint8Array(24);
  private readonly planWithOrder = new Uint8Array(24);
  private readonly planExtra = new Float64Array(24);
  // A basket being filled.
  private basketLength = 0;
  private readonly basketProduct = new Int32Array(16);
  private readonly basketQuantity = new Int32Array(16);
  private readonly basketUnitPrice = new Float64Array(16);

  constructor(settings: SimulationSettings) {
    this.s = settings;
    this.hourStart = settings.calendar.hourStart;
    this.weekday = settings.calendar.weekday;
    this.dayCount = settings.calendar.dayCount;
    this.storeIds = settings.world.stores.map((store) => store.id);
    const periodDays = (settings.endAt - settings.startAt) / DAY;
    this.events = new EventColumns(settings.customerCount * periodDays * settings.eventsPerCustomerPerDay * 1.2);
    this.random = createRandom(0);
  }

  run(): SimulationResult {
    for (let i = 0; i < this.s.customerCount; i++) {
      this.random = createRandom(this.s.customerSeed(i));
      this.drawCustomer(i);
      this.simulateJourneys();
    }
    return {
      customers: this.customers,
      events: this.events,
      orders: this.orders,
      returns: this.returns,
      surveys: this.surveys,
      tickets: this.tickets,
      onlineOrders: this.onlineOrders,
    };
  }

  // ---------------------------------------------------------------- customers

  private drawCustomer(index: number): void {
    const r = this.random;
    const { startAt, endAt, world } = this.s;
    this.customer = index;
    this.customerId = formatId('C', index, 6, this.s.customerCount);
    this.segment = pickIndex(r, SEGMENT_CDF);
    this.preferred = pickIndex(r, PREFERRED_CDF);
    this.appUser = this.preferred === PREFERS_APP || r.next() < 0.3;
    this.emailOptIn = r.next() < 0.65;
    this.homeStore = pickIndex(r, world.homeStoreCdf);
    const store = world.stores[this.homeStore] as SampleStore;
    this.homeLat = roundDegrees(clamp(store.lat + r.normal() * 0.06, -90, 90));
    this.homeLon = roundDegrees(clamp(store.lon + r.normal() * 0.09, -180, 180));
    this.moodBias = (SEGMENT_MOOD[this.segment] as number) + r.normal() * 0.2;
    const favourite = Math.floor(r.next() * CATEGORIES.length);
    let sum = 0;
    for (let c = 0; c < CATEGORIES.length; c++) {
      sum += (CATEGORIES[c] as CategoryDefinition).intentWeight * (c === favourite ? 3 : 1);
      this.categoryCdf[c] = sum;
    }
    for (let c = 0; c < CATEGORIES.length; c++) this.categoryCdf[c] = (this.categoryCdf[c] as number) / sum;
    this.categoryCdf[CATEGORIES.length - 1] = 1;
    let dayOfYear = Math.floor(r.next() * 365);
    let month = 0;
    while (dayOfYear >= (MONTH_DAYS[month] as number)) dayOfYear -= MONTH_DAYS[month++] as number;
    const birthday = `${String(month + 1).padStart(2, '0')}-${String(dayOfYear + 1).padStart(2, '0')}`;
    const joinedBefore = this.segment === LAPSED || r.next() < 0.78;
    const joinedAt = joinedBefore
      ? startAt - seconds((1 + r.next() * 1094) * DAY)
      : startAt + seconds(r.next() * (endAt - startAt));
    this.activeFrom = Math.max(startAt, joinedAt);
    this.activeTo = this.segment === LAPSED ? startAt + r.next() * 0.5 * (endAt - startAt) : endAt;
    this.customers.push({
      id: this.customerId,
      joinedAt,
      homeStoreId: this.storeIds[this.homeStore] as string,
      segment: SEGMENTS[this.segment] as SampleCustomer['segment'],
      birthday,
      preferredChannel: PREFERRED_CHANNELS[this.preferred] as SampleCustomer['preferredChannel'],
      emailOptIn: this.emailOptIn,
      appUser: this.appUser,
    });
  }

  private simulateJourneys(): void {
    const perDay = (this.s.eventsPerCustomerPerDay * (SEGMENT_RATE[this.segment] as number)) / EVENTS_PER_JOURNEY;
    const meanGap = DAY / perDay;
    let t = this.activeFrom + exponential(this.random, meanGap);
    while (t < this.activeTo) {
      this.journey(seconds(t));
      t += exponential(this.random, meanGap);
    }
  }

  // ---------------------------------------------------------------- journeys

  private journey(t0: number): void {
    const r = this.random;
    this.mood = this.moodBias + r.normal() * 0.2;
    this.sentimentSum = 0;
    this.sentimentCount = 0;
    this.pains = 0;
    const category = pickIndex(r, this.categoryCdf);
    if (r.next() < 0.45) this.awareness(t0);
    // Some journeys never get past the ad: impressions without engagement.
    if (r.next() < 0.1) return;
    const buy = r.next() < (SEGMENT_CONVERSION[this.segment] as number);
    const pattern = pickIndex(r, PATTERN_CDF[this.preferred] as Float64Array);
    const device = this.appUser && r.next() < (this.preferred === PREFERS_APP ? 0.85 : 0.3) ? APP : WEB;
    switch (pattern) {
      case STORE_ONLY:
        this.storeVisit(this.chooseStore(), t0, buy, category, false);
        return;
      case ONLINE:
      case BOPIS: {
        let t = t0;
        const research = r.next() < 0.5 ? 0 : r.next() < 0.3 ? 2 : 1;
        for (let k = 0; k < research; k++) {
          t = this.onlineSession(device, t, category, RESEARCH);
          if (t === INF) return;
          t += 2 * HOUR + exponential(r, 1.5 * DAY);
        }
        this.onlineSession(device, t, category, buy ? (pattern === BOPIS ? BUY_PICKUP : BUY_DELIVERY) : ABANDON);
        return;
      }
      case ROPO: {
        let t = this.onlineSession(device, t0, category, RESEARCH);
        if (t !== INF && r.next() < 0.35) t = this.onlineSession(device, t + 2 * HOUR + exponential(r, DAY), category, RESEARCH);
        if (t === INF) return;
        this.storeVisit(this.chooseStore(), t + HOUR + exponential(r, 2 * DAY), buy, category, false);
        return;
      }
      case SHOWROOMING: {
        const t = this.storeVisit(this.chooseStore(), t0, false, category, true);
        if (t === INF) return;
        this.onlineSession(device, t + 30 * MINUTE + exponential(r, DAY), category, buy ? BUY_DELIVERY : ABANDON);
        return;
      }
      case MARKETPLACE:
        this.marketplaceSession(t0, category, buy);
        return;
    }
  }

  private awareness(t0: number): void {
    const r = this.random;
    const u = r.next();
    let touchpoint: number;
    if (this.emailOptIn && u < 0.25) touchpoint = u < 0.2 ? TP.emailCampaign : TP.smsOffer;
    else if (this.appUser && u < 0.4) touchpoint = TP.appPush;
    else touchpoint = r.next() < 0.5 ? TP.socialAd : TP.paidSearch;
    const at = t0 - 10 * MINUTE - seconds(exponential(r, 12 * HOUR));
    if (at >= this.activeFrom) this.emit(at, touchpoint, -1, -1, TOUCH, -1, 0);
  }

  private chooseStore(): number {
    return this.random.next() < 0.8 ? this.homeStore : pickIndex(this.random, this.s.world.homeStoreCdf);
  }

  /**
   * One online session (web or app) no earlier than `earliest`; returns the instant of its last
   * event (the payment when it buys), or INF when the period ends first (the events before the
   * end are kept: a session cut off by the extract).
   */
  private onlineSession(device: number, earliest: number, category: number, outcome: number): number {
    const r = this.random;
    const web = device === WEB;
    this.planLength = 0;
    if (web) {
      if (r.next() < 0.6) this.planOnline(TP.websiteHome, TOUCH);
      if (r.next() < 0.5) this.planOnline(TP.websiteSearch, TOUCH);
    } else {
      this.planOnline(TP.appHome, TOUCH);
    }
    const pages = 1 + geometric(r, 0.45, 5);
    for (let p = 0; p < pages; p++) this.planOnline(web ? TP.productPage : TP.appProductPage, TOUCH);
    const cart = web ? TP.webCart : TP.appCart;
    const checkout = web ? TP.webCheckout : TP.appCheckout;
    const buy = outcome === BUY_DELIVERY || outcome === BUY_PICKUP;
    if (outcome === RESEARCH) {
      if (web && r.next() < 0.2) this.planOnline(TP.reviewSite, TOUCH);
      if (r.next() < 0.15) this.planOnline(cart, TOUCH);
    } else if (outcome === ABANDON) {
      // Drop-off after browsing, in the cart or at checkout.
      const u = r.next();
      if (u >= 0.45) this.planOnline(cart, TOUCH);
      if (u >= 0.8) this.planOnline(checkout, TOUCH);
    } else {
      this.planOnline(cart, TOUCH);
      this.planOnline(checkout, TOUCH);
      this.planOnline(web ? TP.onlinePayment : TP.appPayment, CONVERSION);
    }
    const start = this.onlineTimeAfter(earliest);
    const end = start + this.planDuration();
    if (end >= this.s.endAt) {
      this.emitPlan(-1, start, -1);
      return INF;
    }
    if (!buy) {
      this.emitPlan(-1, start, -1);
      return end;
    }
    const pickup = outcome === BUY_PICKUP;
    const store = pickup ? this.chooseStore() : -1;
    const order = this.createOrder(end, web ? 'web' : 'app', pickup ? 'pickup' : 'delivery', store, category);
    this.emitPlan(-1, start, order);
    const confirmation = end + (30 + Math.floor(r.next() * 120)) * SECOND;
    if (confirmation < this.s.endAt) this.emit(confirmation, TP.orderConfirmation, -1, -1, TOUCH, order, 0);
    if (pickup) this.pickup(order, store, end);
    else this.deliver(order, end, true);
    return end;
  }

  private marketplaceSession(earliest: number, category: number, buy: boolean): void {
    this.planLength = 0;
    const listings = 1 + geometric(this.random, 0.5, 3);
    for (let k = 0; k < listings; k++) this.planOnline(TP.marketplaceListing, TOUCH);
    if (buy) this.planOnline(TP.marketplaceCheckout, CONVERSION);
    const start = this.onlineTimeAfter(earliest);
    const end = start + this.planDuration();
    if (!buy || end >= this.s.endAt) {
      this.emitPlan(-1, start, -1);
      return;
    }
    const order = this.createOrder(end, 'marketplace', 'delivery', -1, category);
    this.emitPlan(-1, start, order);
    this.deliver(order, end, false);
  }

  /** Plans an online event, seconds to minutes after the previous one. */
  private planOnline(touchpoint: number, type: number): void {
    const gap = this.planLength === 0 ? 0 : (15 + Math.floor(exponential(this.random, 60))) * SECOND;
    this.plan(touchpoint, -1, gap, type, type === CONVERSION);
  }

  /**
   * A store visit no earlier than `earliest`, on a day the store is open and within its hours;
   * returns the instant of its last event, or INF when no slot is left in the period.
   */
  private storeVisit(store: number, earliest: number, buy: boolean, category: number, showrooming: boolean): number {
    const r = this.random;
    const categoryZone = (CATEGORIES[category] as CategoryDefinition).zone;
    this.planLength = 0;
    this.plan(TP.storeEntrance, ZONE.entrance, 0, TOUCH, false);
    if (r.next() < 0.35) this.plan(TP.signage, ZONE.entrance, this.storeGap(), TOUCH, false);
    const displays = 1 + geometric(r, 0.45, 4);
    for (let k = 0; k < displays; k++) {
      const zone = k === 0 || r.next() < 0.7 ? categoryZone : (CATEGORIES[Math.floor(r.next() * 6)] as CategoryDefinition).zone;
      this.plan(TP.shelfDisplay, zone, this.storeGap(), TOUCH, false);
    }
    if (r.next() < 0.06) this.plan(TP.kiosk, ZONE.entrance, this.storeGap(), TOUCH, false);
    if (r.next() < 0.4) this.plan(TP.priceLabel, categoryZone, this.storeGap(), TOUCH, false);
    const adviceChance = (category === 2 ? 0.45 : 0.2) + (showrooming ? 0.3 : 0);
    if (r.next() < adviceChance) this.plan(TP.staffAdvice, categoryZone, this.storeGap(), TOUCH, false);
    if (category <= 1 && r.next() < 0.55) this.plan(TP.fittingRoom, ZONE.fittingRooms, this.storeGap(), TOUCH, false);
    let payTouchpoint = -1;
    if (buy) {
      if (r.next() < 0.75) {
        this.plan(TP.checkoutQueue, ZONE.checkout, this.storeGap(), TOUCH, false);
        payTouchpoint = r.next() < 0.35 ? TP.selfCheckout : TP.staffedCheckout;
        this.plan(payTouchpoint, ZONE.checkout, (60 + Math.floor(exponential(r, 240))) * SECOND, CONVERSION, true);
      } else {
        payTouchpoint = r.next() < 0.35 ? TP.selfCheckout : TP.staffedCheckout;
        this.plan(payTouchpoint, ZONE.checkout, this.storeGap(), CONVERSION, true);
      }
    }
    const start = this.storeSlot(store, earliest);
    if (start === INF) return INF;
    const end = start + this.planDuration();
    let order = -1;
    if (buy) order = this.createOrder(end, 'store', 'store', store, category);
    this.emitPlan(store, start, order);
    if (buy) this.afterPurchase(order, end, payTouchpoint, store, false);
    return end;
  }

  private storeGap(): number {
    return (30 + Math.floor(exponential(this.random, 150))) * SECOND;
  }

  private plan(touchpoint: number, zone: number, gap: number, type: number, withOrder: boolean, extra = 0): void {
    const k = this.planLength++;
    this.planTouchpoint[k] = touchpoint;
    this.planZone[k] = zone;
    this.planGap[k] = gap;
    this.planType[k] = type;
    this.planWithOrder[k] = withOrder ? 1 : 0;
    this.planExtra[k] = extra;
  }

  private planDuration(): number {
    let duration = 0;
    for (let k = 1; k < this.planLength; k++) duration += this.planGap[k] as number;
    return duration;
  }

  /**
   * A start instant for the planned visit within the store's hours, on one of the next eight
   * local days, with every event before `latest` (default: the end of the period), or INF.
   */
  private storeSlot(store: number, earliest: number, latest = this.s.endAt): number {
    const model = this.s.world.models[store] as StoreModel;
    const duration = this.planDuration();
    const hourStart = this.hourStart;
    let d = Math.max(0, localDayOf(this.s.calendar, earliest));
    for (let tries = 0; tries < 8 && d < this.dayCount; tries++, d++) {
      if (!model.openOn[this.weekday[d] as number]) continue;
      const open = hourStart[d * SLOTS + model.openHour] as number;
      const close = hourStart[d * SLOTS + model.closeHour] as number;
      const lo = Math.ceil(Math.max(open, earliest) / SECOND) * SECOND;
      const hi = Math.min(close, latest) - duration - 1;
      if (hi < lo) continue;
      this.slotDay = d;
      return lo + Math.floor(this.random.next() * (Math.floor((hi - lo) / SECOND) + 1)) * SECOND;
    }
    return INF;
  }

  /** Emits the planned events from `start` on, stopping at the end of the period. */
  private emitPlan(store: number, start: number, order: number): void {
    let t = start;
    for (let k = 0; k < this.planLength; k++) {
      t += this.planGap[k] as number;
      if (t >= this.s.endAt) return;
      const touchpoint = this.planTouchpoint[k] as number;
      let extra = this.planExtra[k] as number;
      if (touchpoint === TP.checkoutQueue) {
        // Queues are worse at lunch time, after work and on Saturdays.
        const hour = localHourOf(this.s.calendar, this.slotDay, t);
        if (hour === 12 || hour === 13 || hour === 17 || hour === 18) extra -= 0.25;
        if (this.weekday[this.slotDay] === 6) extra -= 0.1;
        extra += (this.s.world.models[store] as StoreModel).queueQuality;
      }
      const withOrder = this.planWithOrder[k] === 1 ? order : -1;
      this.emit(t, touchpoint, store, this.planZone[k] as number, this.planType[k] as number, withOrder, extra);
    }
  }

  // ---------------------------------------------------------------- fulfilment

  private deliver(order: number, paidAt: number, fromUs: boolean): void {
    const r = this.random;
    const record = this.orders[order] as SampleOrder;
    const express = fromUs && r.next() < 0.15;
    const late = r.next() < 0.08;
    const days = (express ? 1 : 2 + Math.floor(r.next() * 3)) + (late ? 2 + Math.floor(r.next() * 3) : 0);
    const onlineOrder: SampleOnlineOrder = {
      id: '',
      ...(fromUs ? { customerId: this.customerId } : {}),
      createdAt: paidAt,
      destination: { lat: this.homeLat, lon: this.homeLon },
      lines: record.lines.map((line) => ({ sku: line.sku, quantity: line.quantity })),
      priority: express ? 'express' : 'standard',
    };
    this.onlineOrders.push({ record: onlineOrder, order: record, ticket: null });
    let d = localDayOf(this.s.calendar, paidAt) + days;
    // Carriers do not deliver on Sundays.
    if (this.weekday[d] === 7) d++;
    if (d >= this.dayCount) return;
    const at = (this.hourStart[d * SLOTS + 8 + Math.floor(r.next() * 12)] as number) + Math.floor(r.next() * 3600) * SECOND;
    if (at >= this.s.endAt) return;
    this.emit(at, TP.homeDelivery, -1, -1, TOUCH, order, late ? -0.8 : 0);
    this.afterPurchase(order, at, TP.homeDelivery, -1, late);
  }

  private pickup(order: number, store: number, paidAt: number): void {
    const r = this.random;
    const ready = paidAt + 2 * HOUR + exponential(r, 6 * HOUR);
    const problem = r.next() < 0.1;
    this.planLength = 0;
    this.plan(TP.storeEntrance, ZONE.entrance, 0, TOUCH, false);
    this.plan(TP.clickCollectPickup, ZONE.pickupCounter, this.storeGap(), TOUCH, true, problem ? -0.7 : 0);
    const start = this.storeSlot(store, ready + exponential(r, DAY));
    if (start === INF) return;
    this.emitPlan(store, start, order);
    this.afterPurchase(order, start + this.planDuration(), TP.clickCollectPickup, store, problem);
  }

  private afterPurchase(order: number, fulfilledAt: number, rated: number, store: number, issue: boolean): void {
    const r = this.random;
    const { endAt, surveyRate, returnRate } = this.s;
    const record = this.orders[order] as SampleOrder;
    const experience = this.experience();
    if (r.next() < surveyRate) {
      const at = fulfilledAt + 30 * MINUTE + seconds(exponential(r, 8 * HOUR));
      if (at < endAt) this.survey(at, rated, store, record, null, 0);
    }
    if (this.emailOptIn && r.next() < 0.25) {
      const at = this.onlineTimeAfter(fulfilledAt + 2 * DAY + exponential(r, 3 * DAY));
      if (at < endAt) this.emit(at, TP.productCareEmail, -1, -1, TOUCH, -1, 0);
    }
    // Very happy and very unhappy customers write reviews more often.
    if (r.next() < (Math.abs(experience) > 0.4 ? 0.11 : 0.05)) {
      const at = this.onlineTimeAfter(fulfilledAt + DAY + exponential(r, 4 * DAY));
      if (at < endAt) this.feedback(at, TP.productReview, experience + r.normal() * 0.3);
    }
    if (experience > 0.3 && r.next() < 0.04) {
      const at = fulfilledAt + seconds(exponential(r, 2 * DAY));
      if (at < endAt) this.feedback(at, TP.socialShare, 0.2 + experience + r.normal() * 0.2);
    }
    if (r.next() < returnRate) this.returnOrder(order, record, fulfilledAt);
    if (r.next() < (issue ? 0.35 : 0.02)) {
      const category = issue ? 'delivery' : (TICKET_CATEGORIES[Math.floor(r.next() * 3)] as SampleTicket['category']);
      this.ticket(category, record, fulfilledAt + exponential(r, DAY));
    }
  }

  private returnOrder(order: number, record: SampleOrder, fulfilledAt: number): void {
    const r = this.random;
    const lines = record.lines.filter((line) => RETURNABLE.has(line.category));
    if (lines.length === 0) return;
    // Returns are accepted for 30 days after the order.
    const latest = Math.min(this.s.endAt, record.at + 30 * DAY + 1);
    const earliest = fulfilledAt + HOUR + exponential(r, 4 * DAY);
    const inStore = r.next() < (record.channel === 'store' ? 0.75 : 0.4);
    let at: number;
    let store = -1;
    if (inStore) {
      store = this.orderStore[order] as number;
      if (store < 0) store = this.chooseStore();
      this.planLength = 0;
      this.plan(TP.storeEntrance, ZONE.entrance, 0, TOUCH, false);
      this.plan(TP.returnsDesk, ZONE.returnsDesk, (60 + Math.floor(exponential(r, 300))) * SECOND, TOUCH, true);
      const start = this.storeSlot(store, earliest, latest);
      if (start === INF) return;
      at = start + this.planDuration();
      this.emitPlan(store, start, order);
    } else {
      at = this.onlineTimeAfter(earliest);
      if (at >= latest) return;
      this.emit(at, TP.onlineReturn, -1, -1, TOUCH, order, 0);
    }
    const returned: SampleReturn['lines'] = [];
    let refundMinor = 0;
    for (const line of lines) {
      if (r.next() >= 0.6 && !(returned.length === 0 && line === lines[lines.length - 1])) continue;
      const quantity = line.quantity === 1 ? 1 : intBetween(r, 1, line.quantity);
      const amountMinor = quantity * line.unitPriceMinor;
      returned.push({ sku: line.sku, quantity, amountMinor });
      refundMinor += amountMinor;
    }
    const item: SampleReturn =
      store >= 0
        ? {
            id: '',
            orderId: '',
            customerId: this.customerId,
            at,
            channel: 'store',
            storeId: this.storeIds[store],
            lines: returned,
            refundMinor,
          }
        : { id: '', orderId: '', customerId: this.customerId, at, channel: 'web', lines: returned, refundMinor };
    this.returns.push({ record: item, order: record, ticket: null });
    if (r.next() < 0.1) this.ticket('return', record, at + exponential(r, DAY));
  }

  // ---------------------------------------------------------------- service

  private ticket(category: SampleTicket['category'], order: SampleOrder, earliest: number): void {
    const r = this.random;
    const { endAt } = this.s;
    const u = r.next();
    const kind = u < 0.45 ? 0 : u < 0.8 ? 1 : 2;
    const touchpoint = kind === 0 ? TP.callCentre : kind === 1 ? TP.liveChat : TP.supportEmail;
    const opened = kind === 2 ? this.onlineTimeAfter(earliest) : this.serviceTime(earliest + exponential(r, 3 * HOUR));
    if (opened >= endAt) return;
    const firstResponse =
      kind === 0
        ? opened + (20 + Math.floor(exponential(r, 180))) * SECOND
        : kind === 1
          ? opened + (10 + Math.floor(exponential(r, 90))) * SECOND
          : this.serviceTime(opened + exponential(r, 6 * HOUR));
    const resolvedFirstTime = r.next() < (kind === 0 ? 0.65 : kind === 1 ? 0.55 : 0.35);
    let resolved = resolvedFirstTime
      ? firstResponse + (2 + Math.floor(exponential(r, 8))) * MINUTE
      : this.serviceTime(firstResponse + 2 * HOUR + exponential(r, 2 * DAY));
    let contacts = resolvedFirstTime ? 1 : 2 + geometric(r, 0.55, 4);
    const reopened = r.next() < 0.08;
    if (reopened) {
      contacts++;
      resolved = this.serviceTime(resolved + HOUR + exponential(r, 2 * DAY));
    }
    this.emit(opened, touchpoint, -1, -1, TOUCH, -1, resolvedFirstTime ? 0.15 : -0.15);
    for (let k = 1; k < contacts; k++) {
      const at = seconds(firstResponse + ((Math.min(resolved, endAt) - firstResponse) * k) / contacts);
      if (at < endAt) this.emit(at, touchpoint, -1, -1, TOUCH, -1, -0.2);
    }
    const firstResponseAt = firstResponse < endAt ? firstResponse : undefined;
    const resolvedAt = firstResponseAt !== undefined && resolved < endAt ? resolved : undefined;
    const record: SampleTicket = {
      id: '',
      customerId: this.customerId,
      channel: kind === 0 ? 'callCentre' : kind === 1 ? 'web' : 'email',
      category,
      orderId: '',
      openedAt: opened,
      ...(firstResponseAt === undefined ? {} : { firstResponseAt }),
      ...(resolvedAt === undefined ? {} : { resolvedAt }),
      reopened,
      contacts,
    };
    this.tickets.push({ record, order, ticket: null });
    if (resolvedAt !== undefined && r.next() < this.s.surveyRate) {
      const at = resolvedAt + 10 * MINUTE + seconds(exponential(r, 4 * HOUR));
      if (at < endAt) this.survey(at, touchpoint, -1, null, record, (reopened ? 1 : 0) + (contacts > 2 ? 1 : 0));
    }
  }

  /** The first instant at or after `at` when the service desk works (Mon–Sat 08:00–20:00), or INF. */
  private serviceTime(after: number): number {
    const at = Math.ceil(after / SECOND) * SECOND;
    let d = Math.max(0, localDayOf(this.s.calendar, at));
    for (let tries = 0; tries < 9 && d < this.dayCount; tries++, d++) {
      if (this.weekday[d] === 7) continue;
      const open = this.hourStart[d * SLOTS + 8] as number;
      const close = this.hourStart[d * SLOTS + 20] as number;
      if (at < open) return open + Math.floor(this.random.next() * 900) * SECOND;
      if (at < close) return at;
    }
    return INF;
  }

  private survey(
    at: number,
    rated: number,
    store: number,
    order: SampleOrder | null,
    ticket: SampleTicket | null,
    extraPains: number,
  ): void {
    const r = this.random;
    const experience = this.experience();
    const pains = this.pains + extraPains;
    const nps = Math.round(clamp(7.8 + 4 * experience - 0.8 * pains + r.normal() * 1.4, 0, 10));
    const csat = Math.round(clamp(3.9 + 1.8 * experience - 0.3 * pains + r.normal() * 0.7, 1, 5));
    const ces = Math.round(clamp(5.3 + 1.6 * experience - 0.7 * pains + r.normal(), 1, 7));
    const record: SampleSurvey = {
      id: '',
      customerId: this.customerId,
      at,
      touchpoint: (TOUCHPOINTS[rated] as TouchpointDefinition).id,
      channel: TOUCHPOINT_CHANNEL[rated] as SampleSurvey['channel'],
      ...(store >= 0 ? { storeId: this.storeIds[store] } : {}),
      ...(order === null ? {} : { orderId: '' }),
      ...(ticket === null ? {} : { ticketId: '' }),
      nps,
      csat,
      ces,
    };
    this.surveys.push({ record, order, ticket });
    this.feedback(at, TP.satisfactionSurvey, (nps - 5) / 5);
  }

  // ---------------------------------------------------------------- orders

  private createOrder(at: number, channel: SampleOrder['channel'], fulfilment: SampleOrder['fulfilment'], store: number, category: number): number {
    const r = this.random;
    const { catalogue } = this.s;
    this.basketLength = 0;
    const lineCount = category === GROCERY ? 2 + geometric(r, 0.3, 8) : 1 + geometric(r, 0.6, 4);
    for (let l = 0; l < lineCount; l++) {
      const c = l === 0 || r.next() < 0.6 ? category : pickIndex(r, this.categoryCdf);
      const product = (catalogue.firstOfCategory[c] as number) + pickIndex(r, catalogue.popularityCdf[c] as Float64Array);
      const maxQuantity = (CATEGORIES[c] as CategoryDefinition).maxQuantity;
      let existing = -1;
      for (let k = 0; k < this.basketLength; k++) if (this.basketProduct[k] === product) existing = k;
      if (existing >= 0) {
        this.basketQuantity[existing] = Math.min(maxQuantity, (this.basketQuantity[existing] as number) + 1);
        continue;
      }
      const quantity = c === GROCERY ? intBetween(r, 1, 3) : r.next() < 0.85 ? 1 : intBetween(r, 2, maxQuantity);
      const price = (catalogue.products[product] as SampleProduct).priceMinor;
      // Some items are on promotion: 10, 20 or 30 % off, never gift cards.
      const discount = c !== GIFT_CARD_CATEGORY && r.next() < 0.12 ? 0.1 * (1 + Math.floor(r.next() * 3)) : 0;
      const k = this.basketLength++;
      this.basketProduct[k] = product;
      this.basketQuantity[k] = quantity;
      this.basketUnitPrice[k] = Math.max(1, Math.round(price * (1 - discount)));
    }
    const lines: SampleOrderLine[] = [];
    let totalMinor = 0;
    for (let k = 0; k < this.basketLength; k++) {
      const product = catalogue.products[this.basketProduct[k] as number] as SampleProduct;
      const quantity = this.basketQuantity[k] as number;
      const unitPriceMinor = this.basketUnitPrice[k] as number;
      const amountMinor = quantity * unitPriceMinor;
      totalMinor += amountMinor;
      lines.push({
        sku: product.sku,
        category: product.category,
        quantity,
        unitPriceMinor,
        amountMinor,
      });
    }
    const record: SampleOrder =
      store >= 0
        ? { id: '', customerId: this.customerId, at, channel, fulfilment, storeId: this.storeIds[store], lines, totalMinor }
        : { id: '', customerId: this.customerId, at, channel, fulfilment, lines, totalMinor };
    this.orders.push(record);
    this.orderStore.push(store);
    return this.orders.length - 1;
  }

  // ---------------------------------------------------------------- events

  /** The mean sentiment of the journey so far (every fulfilment touch carries one). */
  private experience(): number {
    return this.sentimentSum / Math.max(1, this.sentimentCount);
  }

  private emit(at: number, touchpoint: number, store: number, zone: number, type: number, order: number, extra: number): void {
    let sentiment = NO_SENTIMENT;
    const base = SENTIMENT_BASE[touchpoint] as number;
    if (!Number.isNaN(base)) {
      const quality = store >= 0 ? (this.s.world.models[store] as StoreModel).quality : 0;
      const felt = clamp(this.mood + base + extra + quality + this.random.normal() * 0.25, -1, 1);
      sentiment = Math.round(felt * 100);
      this.sentimentSum += sentiment / 100;
      this.sentimentCount++;
      if ((base < 0 || extra < 0) && sentiment < 0) this.pains++;
    }
    this.events.push(at, this.customer, touchpoint, store, zone, type, sentiment, order);
  }

  private feedback(at: number, touchpoint: number, sentiment: number): void {
    this.events.push(at, this.customer, touchpoint, -1, -1, FEEDBACK, Math.round(clamp(sentiment, -1, 1) * 100), -1);
  }

  /** An instant for an online session no earlier than `earliest`, at a typical local hour. */
  private onlineTimeAfter(earliest: number): number {
    const r = this.random;
    let d = Math.max(0, localDayOf(this.s.calendar, earliest));
    if (d >= this.dayCount) return INF;
    const hour = pickIndex(r, DIURNAL_CDF);
    const within = Math.floor(r.next() * 3600) * SECOND;
    let at = (this.hourStart[d * SLOTS + hour] as number) + within;
    if (at < earliest) {
      d++;
      if (d >= this.dayCount) return INF;
      at = (this.hourStart[d * SLOTS + hour] as number) + within;
    }
    return at;
  }
}
