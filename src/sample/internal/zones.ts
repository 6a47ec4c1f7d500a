// The zones every synthetic store has. Event `zone` fields hold these ids.
export const ZONES = [
  { id: 'entrance', name: 'Entrance' },
  { id: 'apparel', name: 'Apparel' },
  { id: 'footwear', name: 'Footwear' },
  { id: 'electronics', name: 'Electronics' },
  { id: 'home', name: 'Home & living' },
  { id: 'beauty', name: 'Beauty' },
  { id: 'grocery', name: 'Grocery' },
  { id: 'fittingRooms', name: 'Fitting rooms' },
  { id: 'checkout', name: 'Checkout' },
  { id: 'returnsDesk', name: 'Returns desk' },
  { id: 'pickupCounter', name: 'Pickup counter' },
] as const;

export type ZoneId = (typeof ZONES)[number]['id'];

export const ZONE: Readonly<Record<ZoneId, number>> = Object.freeze(
  Object.fromEntries(ZONES.map((zone, index) => [zone.id, index])) as Record<ZoneId, number>,
);
