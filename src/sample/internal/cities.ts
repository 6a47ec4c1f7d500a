// Cities that host the synthetic stores, and two distribution centres per region, keyed by the
// IANA time zone the stores are in. Coordinates (WGS 84, degrees) are rounded city centres;
// they only need to be plausible for distance-based order sourcing. A time zone with no region
// here uses the German one.

export interface Place {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

export interface Region {
  readonly cities: readonly Place[];
  readonly warehouses: readonly [Place, Place];
}

const GERMANY: Region = {
  cities: [
    { name: 'Berlin', lat: 52.52, lon: 13.405 },
    { name: 'Hamburg', lat: 53.5511, lon: 9.9937 },
    { name: 'Munich', lat: 48.1351, lon: 11.582 },
    { name: 'Cologne', lat: 50.9375, lon: 6.9603 },
    { name: 'Frankfurt', lat: 50.1109, lon: 8.6821 },
    { name: 'Stuttgart', lat: 48.7758, lon: 9.1829 },
    { name: 'Düsseldorf', lat: 51.2277, lon: 6.7735 },
    { name: 'Leipzig', lat: 51.3397, lon: 12.3731 },
    { name: 'Dortmund', lat: 51.5136, lon: 7.4653 },
    { name: 'Essen', lat: 51.4556, lon: 7.0116 },
    { name: 'Bremen', lat: 53.0793, lon: 8.8017 },
    { name: 'Dresden', lat: 51.0504, lon: 13.7373 },
    { name: 'Hanover', lat: 52.3759, lon: 9.732 },
    { name: 'Nuremberg', lat: 49.4521, lon: 11.0767 },
    { name: 'Bonn', lat: 50.7374, lon: 7.0982 },
    { name: 'Münster', lat: 51.9607, lon: 7.6261 },
  ],
  warehouses: [
    { name: 'Kassel distribution centre', lat: 51.3127, lon: 9.4797 },
    { name: 'Halle distribution centre', lat: 51.497, lon: 11.9688 },
  ],
};

const REGIONS: Readonly<Record<string, Region>> = {
  'Europe/Berlin': GERMANY,
  'Europe/London': {
    cities: [
      { name: 'London', lat: 51.5074, lon: -0.1278 },
      { name: 'Birmingham', lat: 52.4862, lon: -1.8904 },
      { name: 'Manchester', lat: 53.4808, lon: -2.2426 },
      { name: 'Leeds', lat: 53.8008, lon: -1.5491 },
      { name: 'Glasgow', lat: 55.8642, lon: -4.2518 },
      { name: 'Liverpool', lat: 53.4084, lon: -2.9916 },
      { name: 'Bristol', lat: 51.4545, lon: -2.5879 },
      { name: 'Edinburgh', lat: 55.9533, lon: -3.1883 },
      { name: 'Sheffield', lat: 53.3811, lon: -1.4701 },
      { name: 'Cardiff', lat: 51.4816, lon: -3.1791 },
    ],
    warehouses: [
      { name: 'Milton Keynes distribution centre', lat: 52.0406, lon: -0.7594 },
      { name: 'Daventry distribution centre', lat: 52.256, lon: -1.162 },
    ],
  },
  'Europe/Paris': {
    cities: [
      { name: 'Paris', lat: 48.8566, lon: 2.3522 },
      { name: 'Marseille', lat: 43.2965, lon: 5.3698 },
      { name: 'Lyon', lat: 45.764, lon: 4.8357 },
      { name: 'Toulouse', lat: 43.6047, lon: 1.4442 },
      { name: 'Nice', lat: 43.7102, lon: 7.262 },
      { name: 'Nantes', lat: 47.2184, lon: -1.5536 },
      { name: 'Strasbourg', lat: 48.5734, lon: 7.7521 },
      { name: 'Montpellier', lat: 43.6108, lon: 3.8767 },
      { name: 'Bordeaux', lat: 44.8378, lon: -0.5792 },
      { name: 'Lille', lat: 50.6292, lon: 3.0573 },
    ],
    warehouses: [
      { name: 'Orléans distribution centre', lat: 47.903, lon: 1.9093 },
      { name: 'Lyon Saint-Exupéry distribution centre', lat: 45.7256, lon: 5.0811 },
    ],
  },
  'America/New_York': {
    cities: [
      { name: 'New York', lat: 40.7128, lon: -74.006 },
      { name: 'Philadelphia', lat: 39.9526, lon: -75.1652 },
      { name: 'Boston', lat: 42.3601, lon: -71.0589 },
      { name: 'Washington', lat: 38.9072, lon: -77.0369 },
      { name: 'Atlanta', lat: 33.749, lon: -84.388 },
      { name: 'Miami', lat: 25.7617, lon: -80.1918 },
      { name: 'Charlotte', lat: 35.2271, lon: -80.8431 },
      { name: 'Pittsburgh', lat: 40.4406, lon: -79.9959 },
      { name: 'Baltimore', lat: 39.2904, lon: -76.6122 },
      { name: 'Detroit', lat: 42.3314, lon: -83.0458 },
    ],
    warehouses: [
      { name: 'Edison distribution centre', lat: 40.5187, lon: -74.4121 },
      { name: 'Allentown distribution centre', lat: 40.6084, lon: -75.4902 },
    ],
  },
  'America/Los_Angeles': {
    cities: [
      { name: 'Los Angeles', lat: 34.0522, lon: -118.2437 },
      { name: 'San Francisco', lat: 37.7749, lon: -122.4194 },
      { name: 'San Diego', lat: 32.7157, lon: -117.1611 },
      { name: 'San Jose', lat: 37.3382, lon: -121.8863 },
      { name: 'Seattle', lat: 47.6062, lon: -122.3321 },
      { name: 'Portland', lat: 45.5152, lon: -122.6784 },
      { name: 'Sacramento', lat: 38.5816, lon: -121.4944 },
      { name: 'Las Vegas', lat: 36.1699, lon: -115.1398 },
    ],
    warehouses: [
      { name: 'Ontario distribution centre', lat: 34.0633, lon: -117.6509 },
      { name: 'Tracy distribution centre', lat: 37.7397, lon: -121.4252 },
    ],
  },
  'Asia/Shanghai': {
    cities: [
      { name: 'Shanghai', lat: 31.2304, lon: 121.4737 },
      { name: 'Beijing', lat: 39.9042, lon: 116.4074 },
      { name: 'Guangzhou', lat: 23.1291, lon: 113.2644 },
      { name: 'Shenzhen', lat: 22.5431, lon: 114.0579 },
      { name: 'Chengdu', lat: 30.5728, lon: 104.0668 },
      { name: 'Hangzhou', lat: 30.2741, lon: 120.1551 },
      { name: 'Wuhan', lat: 30.5928, lon: 114.3055 },
      { name: 'Nanjing', lat: 32.0603, lon: 118.7969 },
      { name: "Xi'an", lat: 34.3416, lon: 108.9398 },
      { name: 'Chongqing', lat: 29.4316, lon: 106.9123 },
    ],
    warehouses: [
      { name: 'Kunshan distribution centre', lat: 31.3846, lon: 120.9807 },
      { name: 'Langfang distribution centre', lat: 39.538, lon: 116.6835 },
    ],
  },
  'Asia/Tokyo': {
    cities: [
      { name: 'Tokyo', lat: 35.6762, lon: 139.6503 },
      { name: 'Osaka', lat: 34.6937, lon: 135.5023 },
      { name: 'Yokohama', lat: 35.4437, lon: 139.638 },
      { name: 'Nagoya', lat: 35.1815, lon: 136.9066 },
      { name: 'Sapporo', lat: 43.0618, lon: 141.3545 },
      { name: 'Fukuoka', lat: 33.5904, lon: 130.4017 },
      { name: 'Kobe', lat: 34.6901, lon: 135.1956 },
      { name: 'Kyoto', lat: 35.0116, lon: 135.7681 },
    ],
    warehouses: [
      { name: 'Ichikawa distribution centre', lat: 35.7219, lon: 139.931 },
      { name: 'Osaka Bay distribution centre', lat: 34.64, lon: 135.42 },
    ],
  },
};

export function regionFor(timeZone: string): Region {
  return REGIONS[timeZone] ?? GERMANY;
}

// A store in a city that already has one is named with the next suffix.
export const STORE_SUFFIXES = [
  'Centre',
  'Mall',
  'Station',
  'Outlet',
  'Park',
  'North',
  'South',
  'East',
  'West',
  'Old Town',
  'Riverside',
  'Airport',
  'Harbour',
] as const;
