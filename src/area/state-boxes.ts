/**
 * A small built-in table of the states, DC and territories: a bounding box (or two) in degrees and the total area
 * (land and water, km², Census 2010 figures, rounded). Cheap enough for the core bundle; it lets the core catch
 * coordinates that fall in no US state (often swapped [lat, lon]) and areas that cover most of a state, without the
 * county geometry of `blue-alert-cap/counties`. Boxes are padded 0.1° so coastal waters and border roads count.
 */

/** `[west, south, east, north]` in degrees. */
export type Box = readonly [number, number, number, number];

/**
 * One state, DC or territory: FIPS code, bounding boxes and total area.
 *
 * @example
 * const co: StateBox = { fips: '08', boxes: [[-109.1, 37, -102, 41]], areaKm2: 269_601 };
 */
export interface StateBox {
  readonly fips: string;
  readonly boxes: readonly Box[];
  readonly areaKm2: number;
}

// fips, west, south, east, north, km² (a second box where one would cover far too much or crosses 180°)
const RAW = `01 -88.5 30.1 -84.9 35.0 135767
02 -179.2 51.2 -129.9 71.5 1723337 172.4 51.2 180 53.1
04 -114.9 31.3 -109.0 37.0 295234
05 -94.7 33.0 -89.6 36.5 137732
06 -124.5 32.5 -114.1 42.0 423967
08 -109.1 37.0 -102.0 41.0 269601
09 -73.8 40.9 -71.8 42.1 14357
10 -75.8 38.4 -75.0 39.9 6446
11 -77.2 38.8 -76.9 39.0 177
12 -87.7 24.4 -79.9 31.0 170312
13 -85.7 30.3 -80.8 35.0 153910
15 -160.3 18.9 -154.8 22.3 28313 -178.4 22.3 -160.0 28.5
16 -117.3 42.0 -111.0 49.0 216443
17 -91.6 36.9 -87.0 42.5 149995
18 -88.1 37.8 -84.8 41.8 94326
19 -96.7 40.3 -90.1 43.6 145746
20 -102.1 37.0 -94.6 40.0 213100
21 -89.6 36.5 -81.9 39.2 104656
22 -94.1 28.9 -88.8 33.0 135659
23 -71.1 43.0 -66.9 47.5 91633
24 -79.5 37.9 -75.0 39.8 32131
25 -73.5 41.2 -69.9 42.9 27336
26 -90.5 41.7 -82.1 48.3 250487
27 -97.3 43.5 -89.5 49.4 225163
28 -91.7 30.1 -88.1 35.0 125438
29 -95.8 36.0 -89.1 40.6 180540
30 -116.1 44.4 -104.0 49.0 380831
31 -104.1 40.0 -95.3 43.0 200330
32 -120.0 35.0 -114.0 42.0 286380
33 -72.6 42.7 -70.6 45.3 24214
34 -75.6 38.9 -73.9 41.4 22591
35 -109.1 31.3 -103.0 37.0 314917
36 -79.8 40.5 -71.8 45.0 141297
37 -84.3 33.8 -75.4 36.6 139391
38 -104.1 45.9 -96.6 49.0 183108
39 -84.8 38.4 -80.5 42.3 116098
40 -103.0 33.6 -94.4 37.0 181037
41 -124.6 42.0 -116.5 46.3 254799
42 -80.5 39.7 -74.7 42.3 119280
44 -71.9 41.1 -71.1 42.0 4001
45 -83.4 32.0 -78.5 35.2 82933
46 -104.1 42.5 -96.4 45.9 199729
47 -90.3 35.0 -81.6 36.7 109153
48 -106.6 25.8 -93.5 36.5 695662
49 -114.1 37.0 -109.0 42.0 219882
50 -73.4 42.7 -71.5 45.0 24906
51 -83.7 36.5 -75.2 39.5 110787
53 -124.8 45.5 -116.9 49.0 184661
54 -82.6 37.2 -77.7 40.6 62756
55 -92.9 42.5 -86.8 47.1 169635
56 -111.1 41.0 -104.1 45.0 253335
60 -171.1 -14.6 -168.1 -11.0 1505
66 144.6 13.2 145.0 13.7 1478
69 144.9 14.1 146.1 20.6 5117
72 -67.3 17.9 -65.2 18.5 13791
78 -65.1 17.7 -64.6 18.4 1898`;

const PAD = 0.1;

/**
 * Every state, DC and territory with its boxes (padded) and area.
 *
 * @example
 * STATE_BOXES.find((s) => s.fips === '72')?.areaKm2; //=> 13791
 */
export const STATE_BOXES: readonly StateBox[] = RAW.split('\n').map((line) => {
  const [fips, ...nums] = line.trim().split(/\s+/);
  const n = nums.map(Number);
  const boxes: Box[] = [[(n[0] as number) - PAD, (n[1] as number) - PAD, (n[2] as number) + PAD, (n[3] as number) + PAD]];
  if (n.length >= 9) boxes.push([(n[5] as number) - PAD, (n[6] as number) - PAD, (n[7] as number) + PAD, (n[8] as number) + PAD]);
  return { fips: fips as string, boxes, areaKm2: n[4] as number };
});

/**
 * The states whose boxes contain a point `[lon, lat]` (a box is coarse: a point near a border may be in two).
 *
 * @example
 * statesAtPoint(-74.0, 40.7); //=> ['34', '36'] (the New Jersey and New York boxes)
 */
export function statesAtPoint(lon: number, lat: number): string[] {
  return STATE_BOXES.filter((s) => s.boxes.some((b) => lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3])).map((s) => s.fips);
}

/**
 * The states whose boxes meet a box.
 *
 * @example
 * statesMeetingBox([-105.1, 39.6, -104.6, 39.9]); //=> ['08']
 */
export function statesMeetingBox(box: Box): string[] {
  return STATE_BOXES.filter((s) => s.boxes.some((b) => box[0] <= b[2] && box[2] >= b[0] && box[1] <= b[3] && box[3] >= b[1])).map((s) => s.fips);
}
