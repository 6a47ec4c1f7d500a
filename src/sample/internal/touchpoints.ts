// The touchpoint catalogue of the synthetic retailer: the four kinds of the source documents
// (environment, product, service, digital) across the channels and journey stages.
// `sentiment` is the mean sentiment a touch there carries before customer, journey and store
// effects (null: the touch carries no sentiment); the pain points (checkout queue, returns
// desk, call centre) sit below zero so that pain-point analyses find them.

export const CHANNELS = ['store', 'web', 'app', 'social', 'email', 'callCentre', 'marketplace'] as const;
export const TOUCHPOINT_KINDS = ['environment', 'product', 'service', 'digital'] as const;
export const JOURNEY_STAGES = [
  'awareness',
  'consideration',
  'visit',
  'browse',
  'select',
  'cart',
  'checkout',
  'pay',
  'delivery',
  'pickup',
  'use',
  'return',
  'support',
  'advocacy',
] as const;

export interface TouchpointDefinition {
  readonly id: string;
  readonly name: string;
  readonly kind: (typeof TOUCHPOINT_KINDS)[number];
  readonly channel: (typeof CHANNELS)[number];
  readonly stage: (typeof JOURNEY_STAGES)[number];
  readonly sentiment: number | null;
}

export const TOUCHPOINTS = [
  // awareness
  { id: 'socialAd', name: 'Social media ad', kind: 'digital', channel: 'social', stage: 'awareness', sentiment: null },
  { id: 'paidSearch', name: 'Paid search ad', kind: 'digital', channel: 'web', stage: 'awareness', sentiment: null },
  { id: 'emailCampaign', name: 'Email campaign', kind: 'digital', channel: 'email', stage: 'awareness', sentiment: null },
  { id: 'smsOffer', name: 'SMS offer', kind: 'digital', channel: 'email', stage: 'awareness', sentiment: null },
  { id: 'appPush', name: 'App push notification', kind: 'digital', channel: 'app', stage: 'awareness', sentiment: null },
  // consideration
  { id: 'reviewSite', name: 'Review site', kind: 'digital', channel: 'web', stage: 'consideration', sentiment: null },
  // online purchase path
  { id: 'websiteHome', name: 'Website home page', kind: 'digital', channel: 'web', stage: 'visit', sentiment: null },
  { id: 'websiteSearch', name: 'Website search', kind: 'digital', channel: 'web', stage: 'browse', sentiment: null },
  { id: 'productPage', name: 'Product page', kind: 'product', channel: 'web', stage: 'select', sentiment: null },
  { id: 'webCart', name: 'Web cart', kind: 'digital', channel: 'web', stage: 'cart', sentiment: null },
  { id: 'webCheckout', name: 'Web checkout', kind: 'digital', channel: 'web', stage: 'checkout', sentiment: null },
  { id: 'onlinePayment', name: 'Online payment', kind: 'digital', channel: 'web', stage: 'pay', sentiment: null },
  { id: 'appHome', name: 'App home screen', kind: 'digital', channel: 'app', stage: 'visit', sentiment: null },
  { id: 'appProductPage', name: 'App product page', kind: 'product', channel: 'app', stage: 'select', sentiment: null },
  { id: 'appCart', name: 'App cart', kind: 'digital', channel: 'app', stage: 'cart', sentiment: null },
  { id: 'appCheckout', name: 'App checkout', kind: 'digital', channel: 'app', stage: 'checkout', sentiment: null },
  { id: 'appPayment', name: 'App payment', kind: 'digital', channel: 'app', stage: 'pay', sentiment: null },
  { id: 'marketplaceListing', name: 'Marketplace listing', kind: 'product', channel: 'marketplace', stage: 'select', sentiment: null },
  { id: 'marketplaceCheckout', name: 'Marketplace checkout', kind: 'digital', channel: 'marketplace', stage: 'pay', sentiment: null },
  // store purchase path
  { id: 'storeEntrance', name: 'Store entrance', kind: 'environment', channel: 'store', stage: 'visit', sentiment: 0.15 },
  { id: 'signage', name: 'In-store signage', kind: 'environment', channel: 'store', stage: 'browse', sentiment: null },
  { id: 'shelfDisplay', name: 'Shelf display', kind: 'product', channel: 'store', stage: 'browse', sentiment: null },
  { id: 'kiosk', name: 'In-store kiosk', kind: 'digital', channel: 'store', stage: 'browse', sentiment: null },
  { id: 'priceLabel', name: 'Price label', kind: 'product', channel: 'store', stage: 'select', sentiment: null },
  { id: 'staffAdvice', name: 'Staff advice', kind: 'service', channel: 'store', stage: 'select', sentiment: 0.35 },
  { id: 'fittingRoom', name: 'Fitting room', kind: 'service', channel: 'store', stage: 'select', sentiment: 0 },
  { id: 'checkoutQueue', name: 'Checkout queue', kind: 'environment', channel: 'store', stage: 'checkout', sentiment: -0.3 },
  { id: 'staffedCheckout', name: 'Staffed checkout', kind: 'service', channel: 'store', stage: 'pay', sentiment: 0.15 },
  { id: 'selfCheckout', name: 'Self-checkout', kind: 'digital', channel: 'store', stage: 'pay', sentiment: 0.05 },
  // post-purchase
  { id: 'orderConfirmation', name: 'Order confirmation email', kind: 'digital', channel: 'email', stage: 'delivery', sentiment: null },
  { id: 'homeDelivery', name: 'Home delivery', kind: 'service', channel: 'web', stage: 'delivery', sentiment: 0.2 },
  { id: 'clickCollectPickup', name: 'Click & collect pickup', kind: 'service', channel: 'store', stage: 'pickup', sentiment: 0.2 },
  { id: 'productCareEmail', name: 'Product care email', kind: 'digital', channel: 'email', stage: 'use', sentiment: null },
  { id: 'returnsDesk', name: 'Returns desk', kind: 'service', channel: 'store', stage: 'return', sentiment: -0.25 },
  { id: 'onlineReturn', name: 'Online returns portal', kind: 'digital', channel: 'web', stage: 'return', sentiment: 0.05 },
  { id: 'liveChat', name: 'Live chat', kind: 'digital', channel: 'web', stage: 'support', sentiment: -0.05 },
  { id: 'callCentre', name: 'Call centre', kind: 'service', channel: 'callCentre', stage: 'support', sentiment: -0.15 },
  { id: 'supportEmail', name: 'Customer service email', kind: 'service', channel: 'email', stage: 'support', sentiment: -0.1 },
  { id: 'productReview', name: 'Product review', kind: 'digital', channel: 'web', stage: 'advocacy', sentiment: 0 },
  { id: 'socialShare', name: 'Social media post', kind: 'digital', channel: 'social', stage: 'advocacy', sentiment: 0.4 },
  { id: 'satisfactionSurvey', name: 'Satisfaction survey', kind: 'digital', channel: 'email', stage: 'advocacy', sentiment: null },
] as const satisfies readonly TouchpointDefinition[];

export type TouchpointId = (typeof TOUCHPOINTS)[number]['id'];

/** Index of each touchpoint in {@link TOUCHPOINTS}, for the typed-array columns of the simulation. */
export const TP: Readonly<Record<TouchpointId, number>> = Object.freeze(
  Object.fromEntries(TOUCHPOINTS.map((touchpoint, index) => [touchpoint.id, index])) as Record<TouchpointId, number>,
);
