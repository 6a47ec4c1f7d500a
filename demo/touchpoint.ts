// The touchpoint section of the demo: a scorecard, an importance–performance quadrant chart, and
// attribution of the sample's conversions to channels under several models.
import { compareAttribution, importancePerformance, scorecard, type AttributionModel } from 'omnicx/touchpoint';
import type { RetailData } from 'omnicx/sample';
import { heading, subheading, table } from './format.js';

function quadrantChart(items: readonly { label: string; x: number; y: number }[], cutX: number, cutY: number): string {
  const width = 56;
  const height = 15;
  const xs = items.map((i) => i.x);
  const ys = items.map((i) => i.y);
  const [x0, x1] = [Math.min(...xs, cutX), Math.max(...xs, cutX)];
  const [y0, y1] = [Math.min(...ys, cutY), Math.max(...ys, cutY)];
  const col = (x: number): number => Math.round(((x - x0) / (x1 - x0 || 1)) * (width - 1));
  const row = (y: number): number => height - 1 - Math.round(((y - y0) / (y1 - y0 || 1)) * (height - 1));
  const grid = Array.from({ length: height }, () => Array.from({ length: width }, () => ' '));
  for (let r = 0; r < height; r++) (grid[r] ?? [])[col(cutX)] = '│';
  for (let c = 0; c < width; c++) (grid[row(cutY)] ?? [])[c] = (grid[row(cutY)] ?? [])[c] === '│' ? '┼' : '─';
  items.forEach((item, i) => {
    (grid[row(item.y)] ?? [])[col(item.x)] = String.fromCharCode(65 + i);
  });
  const lines = grid.map((r, i) => `${i === 0 ? 'performance ↑' : ' '.repeat(13)} ${r.join('')}`);
  lines.push(`${' '.repeat(14)}importance →   top left: possible overkill · top right: keep up the good work`);
  lines.push(`${' '.repeat(14)}bottom left: low priority · bottom right: concentrate here`);
  return lines.join('\n');
}

export function touchpointSection(data: RetailData): string {
  const out: string[] = [heading('Touchpoints: scorecard, importance–performance, attribution')];
  const names = new Map(data.touchpoints.map((t) => [t.id, t.name]));

  // Every event that carries a sentiment (−1 … 1) rates its touchpoint.
  const ratings = data.events.flatMap((e) => (e.sentiment === undefined ? [] : [{ touchpointId: e.touchpoint, criterion: 'sentiment', score: e.sentiment }]));
  const rows = scorecard(ratings, { scale: { min: -1, max: 1 }, target: 60 }).filter((r) => r.n >= 30);
  out.push(subheading('Scorecard: event sentiment (−1…1) normalised to 0–100, target 60 (touchpoints with 30+ ratings)'));
  out.push(
    table(
      ['rank', 'touchpoint', 'n', 'score', '95 % interval', 'gap to target'],
      rows.map((r) => [
        r.rank,
        names.get(r.key) ?? r.key,
        r.n,
        r.score,
        r.interval === null ? '' : `${r.interval.lower.toFixed(1)} – ${r.interval.upper.toFixed(1)}`,
        r.gap === null ? '' : `${r.gap >= 0 ? '+' : ''}${r.gap.toFixed(1)}`,
      ]),
    ),
  );

  // Importance: the share of customers whose journey touches the touchpoint.
  const reach = new Map<string, Set<string>>();
  for (const e of data.events) {
    const set = reach.get(e.touchpoint) ?? new Set<string>();
    set.add(e.customerId);
    reach.set(e.touchpoint, set);
  }
  const items = rows.map((r) => ({ id: r.key, importance: ((reach.get(r.key)?.size ?? 0) / data.customers.length) * 100, performance: r.score }));
  const ipa = importancePerformance(items, { split: 'median' });
  out.push(subheading('Importance (reach, % of customers) against performance (score), cut at the medians'));
  out.push(quadrantChart(ipa.items.map((i) => ({ label: i.id, x: i.importance, y: i.performance })), ipa.importanceCut, ipa.performanceCut));
  const legend = ipa.items.map((i, k) => `${String.fromCharCode(65 + k)} ${names.get(i.id) ?? i.id} (${i.quadrant})`);
  for (let k = 0; k < legend.length; k += 4) out.push(legend.slice(k, k + 4).join(' · '));

  // Journeys: each customer's channels up to a conversion form a path; what follows the last
  // conversion is a path that did not convert.
  const paths: { path: string[]; conversions: number; value: number; nulls: number }[] = [];
  const open = new Map<string, string[]>();
  for (const e of data.events) {
    const path = open.get(e.customerId) ?? [];
    if (e.type === 'conversion') {
      if (path.length > 0) paths.push({ path, conversions: 1, value: (e.valueMinor ?? 0) / 100, nulls: 0 });
      open.set(e.customerId, []);
    } else if (e.type === 'touch' && path[path.length - 1] !== e.channel) {
      path.push(e.channel);
      open.set(e.customerId, path);
    }
  }
  for (const path of open.values()) if (path.length > 0) paths.push({ path, conversions: 0, value: 0, nulls: 1 });
  const models: AttributionModel[] = ['firstTouch', 'lastTouch', 'linear', 'positionBased', 'jShaped', 'markov', 'shapley'];
  const comparison = compareAttribution(paths, models);
  out.push(
    subheading(
      `Conversions credited to channels by model (${String(paths.length)} journeys, ${String(comparison.totalConversions)} conversions; every column sums to the total)`,
    ),
  );
  out.push(
    table(
      ['channel', ...comparison.models],
      comparison.rows.map((r) => [r.channel, ...comparison.models.map((m) => r.conversions[m] ?? 0)]),
    ),
  );
  return out.join('\n');
}
