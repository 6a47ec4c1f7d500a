// Journey events as they are simulated: one typed array per field, grown by doubling, so that
// the hot loop allocates no object per event. They become objects once, in time order.

export const TOUCH = 0;
export const CONVERSION = 1;
export const FEEDBACK = 2;
export const EVENT_TYPES = ['touch', 'conversion', 'feedback'] as const;

/** Sentinel for "no sentiment" in the sentiment column (hundredths in −100 … 100 otherwise). */
export const NO_SENTIMENT = -128;

export class EventColumns {
  length = 0;
  at: Float64Array;
  customer: Int32Array;
  touchpoint: Uint8Array;
  store: Int8Array;
  zone: Int8Array;
  type: Uint8Array;
  sentiment: Int8Array;
  order: Int32Array;

  constructor(capacity: number) {
    const size = Math.max(16, Math.ceil(capacity));
    this.at = new Float64Array(size);
    this.customer = new Int32Array(size);
    this.touchpoint = new Uint8Array(size);
    this.store = new Int8Array(size);
    this.zone = new Int8Array(size);
    this.type = new Uint8Array(size);
    this.sentiment = new Int8Array(size);
    this.order = new Int32Array(size);
  }

  push(
    at: number,
    customer: number,
    touchpoint: number,
    store: number,
    zone: number,
    type: number,
    sentiment: number,
    order: number,
  ): void {
    if (this.length === this.at.length) this.grow();
    const i = this.length++;
    this.at[i] = at;
    this.customer[i] = customer;
    this.touchpoint[i] = touchpoint;
    this.store[i] = store;
    this.zone[i] = zone;
    this.type[i] = type;
    this.sentiment[i] = sentiment;
    this.order[i] = order;
  }

  private grow(): void {
    const size = this.at.length * 2;
    this.at = copyInto(new Float64Array(size), this.at);
    this.customer = copyInto(new Int32Array(size), this.customer);
    this.touchpoint = copyInto(new Uint8Array(size), this.touchpoint);
    this.store = copyInto(new Int8Array(size), this.store);
    this.zone = copyInto(new Int8Array(size), this.zone);
    this.type = copyInto(new Uint8Array(size), this.type);
    this.sentiment = copyInto(new Int8Array(size), this.sentiment);
    this.order = copyInto(new Int32Array(size), this.order);
  }
}

function copyInto<T extends Float64Array | Int32Array | Uint8Array | Int8Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
