// The journey section of the demo: an online funnel with drop-off, the most common paths,
// channel switching and store-zone conversion.
import { buildJourneys, channelSwitching, funnel, variants, zoneConversion } from 'omnicx/journey';
import type { RetailData } from 'omnicx/sample';
import { barChart, heading, subheading, table } from './format.js';

const DAY = 86_400_000;

export function journeySection(data: RetailData): string {
  const out: string[] = [heading('Journeys: funnel, paths, channel switching, store zones')];
  const events = data.events.map((e) => ({
    customerId: e.customerId,
    at: e.at,
    touchpoint: e.touchpoint,
    channel: e.channel,
    stage: e.stage,
    type: e.type,
    ...(e.storeId === undefined ? {} : { storeId: e.storeId }),
    ...(e.zone === undefined ? {} : { zone: e.zone }),
    ...(e.valueMinor === undefined ? {} : { valueMinor: e.valueMinor }),
  }));

  const steps = [['websiteHome', 'appHome'], ['productPage', 'appProductPage'], ['webCart', 'appCart'], ['webCheckout', 'appCheckout'], ['onlinePayment', 'appPayment']];
  const names = ['visit (web or app home)', 'product page', 'cart', 'checkout', 'payment'];
  const result = funnel(events, steps, { windowMs: 7 * DAY, mode: 'ordered' });
  out.push(subheading(`Online funnel within 7 days of the visit (${String(result.customers)} customers with events)`));
  out.push(
    barChart(
      result.steps.map((s, i) => ({
        label: names[i] ?? String(i),
        value: s.count,
        note:
          i === 0
            ? ''
            : `${((s.conversionFromPrevious ?? 0) * 100).toFixed(1)} % of previous [${((s.conversionFromPreviousInterval?.lower ?? 0) * 100).toFixed(1)}–${(
                (s.conversionFromPreviousInterval?.upper ?? 0) * 100
              ).toFixed(1)}], drop-off ${String(s.dropOff)}, median ${((s.medianMsFromPrevious ?? 0) / 60_000).toFixed(0)} min from previous`,
      })),
      { width: 36 },
    ),
  );

  const journeys = buildJourneys(events, {
    by: 'customer',
    conversion: ['staffedCheckout', 'selfCheckout', 'onlinePayment', 'appPayment', 'marketplaceCheckout'],
    endAtConversion: true,
  });
  const converted = journeys.filter((j) => j.converted);
  const top = variants(converted).slice(0, 6);
  out.push(subheading(`Most common converting paths (${String(converted.length)} of ${String(journeys.length)} journeys converted)`));
  out.push(table(['journeys', 'share', 'path'], top.map((v) => [v.count, `${(v.share * 100).toFixed(1)} %`, v.steps.join(' → ')])));

  // Whole customer histories (not cut at the purchase), so buy-online-pick-up-in-store shows.
  const histories = buildJourneys(events, { by: 'customer', conversion: ['onlinePayment', 'appPayment', 'staffedCheckout', 'selfCheckout'], endAtConversion: false });
  const switching = channelSwitching(histories);
  out.push(subheading(`Channel switching: ${((switching.multiChannelShare ?? 0) * 100).toFixed(1)} % of customers use more than one channel`));
  out.push(table(['from', 'to', 'transitions'], switching.switches.slice(0, 6).map((s) => [s.from, s.to, s.count])));
  out.push(switching.patterns.map((p) => `${p.name}: ${String(p.journeys)} journeys (${((p.share ?? 0) * 100).toFixed(1)} %)`).join(' · '));

  // Store zones: a visit to a zone converts when the customer pays in the store within the hour.
  const visits: { storeId: string; zone: string; converted: boolean }[] = [];
  const payments = new Map<string, number[]>();
  for (const e of data.events) {
    if (e.type === 'conversion' && e.channel === 'store') payments.set(e.customerId, [...(payments.get(e.customerId) ?? []), e.at]);
  }
  for (const e of data.events) {
    if (e.zone === undefined || e.storeId === undefined || e.type === 'conversion' || e.zone === 'checkout' || e.zone === 'entrance') continue;
    const paid = (payments.get(e.customerId) ?? []).some((at) => at >= e.at && at - e.at <= 3_600_000);
    visits.push({ storeId: e.storeId, zone: e.zone, converted: paid });
  }
  const zones = zoneConversion(visits);
  const flagged = zones.zones.filter((z) => z.highTrafficLowConversion);
  out.push(subheading(`Store zones: ${String(flagged.length)} high-traffic, low-conversion zones (traffic above the median zone, rate below the median)`));
  out.push(
    table(
      ['store', 'zone', 'traffic', 'conversion', '95 % interval'],
      [...zones.zones]
        .sort((a, b) => b.traffic - a.traffic)
        .slice(0, 8)
        .map((z) => [z.storeId ?? '', `${z.zone}${z.highTrafficLowConversion ? ' ⚑' : ''}`, z.traffic, `${(z.conversionRate * 100).toFixed(1)} %`, `${(z.interval.lower * 100).toFixed(1)} – ${(z.interval.upper * 100).toFixed(1)} %`]),
    ),
  );
  return out.join('\n');
}
