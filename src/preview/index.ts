/**
 * `blue-alert-cap/preview`: what an alert will look like, as data and as HTML (phones, TV and radio, the map, the
 * checks), for the CLI, the offline page and embedders. Pure and browser-safe: no `node:` import, no county data
 * (pass `countyOutlines()` from `blue-alert-cap/preview/outlines` to draw counties).
 */
export { previewOfMessage, previewOfIssues, previewOfCap, previewRequest } from './model.js';
export type { PreviewData, PreviewIssue, CountedText } from './model.js';
export { renderPreviewHtml, renderPreviewDocument } from './render.js';
export type { RenderOptions } from './render.js';
export { renderMap, MARK_WORDS } from './map.js';
export type { MapArea, MapCounty, MapCountyLookup, PreviewMap } from './map.js';
export type { CountyOutline, CountyOutlines } from './outline-decode.js';
export { escapeHtml } from './escape.js';
export { PREVIEW_CSS } from './style.js';
