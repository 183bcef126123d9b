/**
 * The preview's stylesheet, inlined into every preview document and the offline page (no external file).
 */

/**
 * CSS for the preview markup (`.bac-preview` and below), the map legend colours included.
 *
 * @example
 * `<style>${PREVIEW_CSS}</style>`;
 */
export const PREVIEW_CSS = `
.bac-preview{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:1100px}
.bac-preview h2{font-size:1.25em;margin:1.4em 0 .5em;border-bottom:2px solid #d0d7de;padding-bottom:.2em}
.bac-preview h3{font-size:1em;margin:.8em 0 .3em}
.bac-preview .banner{padding:.6em 1em;border-radius:6px;font-weight:600}
.bac-preview .banner.ready{background:#dafbe1;border:1px solid #4ac26b}
.bac-preview .banner.blocked{background:#ffebe9;border:1px solid #ff8182}
.bac-preview dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:.6em 0}
.bac-preview dl.summary dt{color:#57606a}.bac-preview dl.summary dd{margin:0}
.bac-preview .phones{display:flex;flex-wrap:wrap;gap:1.2em}
.bac-preview .phone{margin:0 0 1em;width:250px;background:#111;border-radius:34px;padding:14px 10px 22px;box-shadow:0 2px 8px #0004}
.bac-preview .screen{background:linear-gradient(160deg,#2b4c7e,#0f2340);border-radius:24px;min-height:300px;padding:14px 10px;color:#fff}
.bac-preview .clock{text-align:center;font-size:2.4em;font-weight:300;margin:.2em 0 .4em}
.bac-preview .note{background:#f2f2f7ee;color:#111;border-radius:12px;padding:8px 10px;font-size:13px}
.bac-preview .note b{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:#a40e26}
.bac-preview .wea-text{white-space:pre-wrap;overflow-wrap:anywhere}
.bac-preview .phone-kinds{display:flex;flex-wrap:wrap;gap:0 2.5em}
.bac-preview .count{font-size:12px;color:#57606a;margin-top:.4em}
.bac-preview .count.over{color:#cf222e;font-weight:700}
.bac-preview .screen .count{color:#e6edf3;text-align:center}
.bac-preview .screen .count.over{color:#fff;background:#cf222e;border-radius:4px}
.bac-preview .caption{color:#fff;font-size:12px;text-align:center;margin-top:.5em}
.bac-preview .crawl{background:#000;color:#fff;font:600 15px/1.4 ui-monospace,Menlo,Consolas,monospace;padding:.6em .8em;border-radius:4px;overflow-wrap:anywhere}
.bac-preview code,.bac-preview pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
.bac-preview pre.xml{background:#f6f8fa;padding:.8em;overflow:auto;max-height:480px;white-space:pre-wrap;overflow-wrap:anywhere}
.bac-preview ul.checks{list-style:none;padding:0}.bac-preview ul.checks li{margin:.2em 0}
.bac-preview .met{color:#1a7f37}.bac-preview .unmet{color:#cf222e}.bac-preview .unknown{color:#9a6700}
.bac-preview ul.issues li.error{color:#a40e26}.bac-preview ul.issues li.warning{color:#7d4e00}
.bac-preview .where{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;background:#eff2f5;border-radius:4px;padding:0 .3em}
.bac-preview #map svg{max-width:100%;height:auto;border:1px solid #d0d7de;border-radius:6px;background:#eef4f8}
.bac-preview svg .sea{fill:#eef4f8}
.bac-preview svg .county{fill:#fbfaf6;stroke:#b9bfc6;stroke-width:.5}
.bac-preview svg .county.named{fill:#9cc3f0;stroke:#2f6db5;stroke-width:1}
.bac-preview svg .county.unnamed{fill:#ffd08a;stroke:#bc6c00;stroke-width:1}
.bac-preview svg .county.missed{fill:#ff9d9d;stroke:#b3001b;stroke-width:1.5;stroke-dasharray:4 2}
.bac-preview svg .state-lines{fill:none;stroke:#4b535c;stroke-width:1.4}
.bac-preview svg .shape{fill:#1f4fa933;stroke:#0b2a6b;stroke-width:2}
.bac-preview svg .shape.reach{fill:#7a3fb51f;stroke:#5a1f95;stroke-dasharray:6 3}
.bac-preview svg .last-seen circle{fill:#d1242f;stroke:#fff;stroke-width:2}
.bac-preview ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em;font-size:13px}
.bac-preview .swatch{display:inline-block;width:14px;height:14px;border:1px solid #0005;vertical-align:-2px;margin-right:.35em;border-radius:2px}
.bac-preview .swatch.named{background:#9cc3f0}.bac-preview .swatch.unnamed{background:#ffd08a}.bac-preview .swatch.missed{background:#ff9d9d;border:1.5px dashed #b3001b}
.bac-preview .swatch.polygon{background:#1f4fa933;border:2px solid #0b2a6b}.bac-preview .swatch.reach{background:#7a3fb51f;border:2px dashed #5a1f95}
.bac-preview .swatch.last-seen{background:#d1242f;border-radius:50%}
`;
