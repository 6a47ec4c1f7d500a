import { describe, expect, it } from 'vitest';
import { EARTH_MEAN_RADIUS_KM, haversineDistanceKm } from '../../src/inventory/index.js';
import { thrown } from './helpers.js';

describe('haversineDistanceKm', () => {
  it('measures great circles on a sphere of the IUGG mean radius', () => {
    expect(EARTH_MEAN_RADIUS_KM).toBe(6371.0088);
    // a quarter meridian: R · π/2
    expect(haversineDistanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((6371.0088 * Math.PI) / 2, 9);
    // antipodes: R · π
    expect(haversineDistanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(6371.0088 * Math.PI, 9);
    // one degree of longitude at 60° N: 2R · asin(cos 60° · sin 0.5°) = 55.597 km
    expect(haversineDistanceKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(2 * 6371.0088 * Math.asin(0.5 * Math.sin(Math.PI / 360)), 9);
    // Paris to Berlin ≈ 877.5 km (published great-circle figure 878 km)
    expect(haversineDistanceKm({ lat: 48.8566, lon: 2.3522 }, { lat: 52.52, lon: 13.405 })).toBeCloseTo(877.46, 1);
  });

  it('refuses coordinates out of range', () => {
    expect(thrown(() => haversineDistanceKm({ lat: -90.5, lon: 0 }, { lat: 0, lon: 0 }))).toEqual({ code: 'INVALID_INPUT', path: ['a', 'lat'] });
    expect(thrown(() => haversineDistanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 200 }))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'lon'] });
  });
});
