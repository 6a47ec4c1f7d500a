import { parseWith } from '../core/errors/parseWith.js';
import { EARTH_RADIUS_KM, haversineKm } from './internal/haversine.js';
import { geoPointSchema, type GeoPoint } from './schemas.js';

/**
 * The mean Earth radius used by omnicx, in km: the IUGG mean radius R₁ = (2a + b)/3 = 6371.0088 km
 * of the GRS 80 ellipsoid (Moritz 2000, "Geodetic Reference System 1980", Journal of Geodesy
 * 74:128–133).
 */
export const EARTH_MEAN_RADIUS_KM: number = EARTH_RADIUS_KM;

/**
 * The great-circle distance between two points, in kilometres, by the haversine formula
 * (Sinnott 1984, "Virtues of the haversine", Sky and Telescope 68(2):159) on a sphere of radius
 * {@link EARTH_MEAN_RADIUS_KM}: d = 2R·asin(√(sin²(Δφ/2) + cos φ₁·cos φ₂·sin²(Δλ/2))). The spherical
 * model is within about 0.5 % of the ellipsoidal distance, plenty for ranking fulfilment locations.
 *
 * @param a - `{ lat, lon }` in decimal degrees (lat −90 to 90, lon −180 to 180)
 * @param b - the other point
 * @returns the distance in km (0 for the same point)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a latitude or longitude out of range (path e.g. `['a', 'lat']`)
 *
 * @example
 * ```ts
 * import { haversineDistanceKm } from 'omnicx/inventory';
 * const paris = { lat: 48.8566, lon: 2.3522 };
 * const berlin = { lat: 52.52, lon: 13.405 };
 * console.log(Math.round(haversineDistanceKm(paris, berlin))); // 877
 * console.log(haversineDistanceKm(paris, paris)); // 0
 * ```
 */
export function haversineDistanceKm(a: GeoPoint, b: GeoPoint): number {
  const p = parseWith(geoPointSchema, a, ['a']);
  const q = parseWith(geoPointSchema, b, ['b']);
  return haversineKm(p.lat, p.lon, q.lat, q.lon);
}
