/**
 * blue-alert-cap/counties: county geometry and lookup (first version; the geography issue fills it in).
 */
export const COUNTY_DATA_SOURCE = 'us-atlas counties-10m';
