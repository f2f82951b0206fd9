// Renders every BPMN model in processes/ to docs/diagrams/<name>.svg and .png with bpmn-js in headless
// Chromium (Debian's /usr/bin/chromium). Run: cd .ci/bpmn && npm ci && npm run render
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'docs', 'diagrams');
mkdirSync(out, { recursive: true });
const viewer = readFileSync(join(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css'].map(f => readFileSync(join(here, 'node_modules/bpmn-js/dist/assets', f), 'utf8')).join('\n');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
await page.setContent(`<html><head><meta charset="utf-8"><style>${css} html,body,#canvas{margin:0;height:100%;background:#fff;font-family:"Noto Sans CJK SC",sans-serif}</style></head><body><div id="canvas"></div></body></html>`);
await page.addScriptTag({ content: viewer });

const files = readdirSync(join(root, 'processes')).filter(f => f.endsWith('.bpmn'));
for (const file of files) {
  const xml = readFileSync(join(root, 'processes', file), 'utf8');
  const name = basename(file, '.bpmn');
  const roots = await page.evaluate(async (xml) => {
    document.getElementById('canvas').innerHTML = '';
    window.viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await window.viewer.importXML(xml);
    const registry = window.viewer.get('elementRegistry');
    const roots = registry.filter(e => !e.parent).map(e => e.id);
    return { roots, warnings: warnings.map(w => w.message) };
  }, xml);
  if (roots.warnings.length) {
    console.error(file, 'import warnings:', roots.warnings);
    process.exitCode = 1;
  }
  for (const rootId of roots.roots) {
    const suffix = rootId.endsWith('_plane') ? '-' + rootId.replace(/_plane$/, '') : '';
    const box = await page.evaluate((rootId) => {
      const canvas = window.viewer.get('canvas');
      canvas.setRootElement(canvas.findRoot(rootId));
      canvas.zoom('fit-viewport', 'auto');
      return canvas.viewbox().inner;
    }, rootId);
    await page.setViewportSize({ width: Math.ceil(Math.min(box.width + 80, 2600)), height: Math.ceil(Math.min(box.height + 80, 1800)) });
    await page.evaluate(() => { const c = window.viewer.get('canvas'); c.resized(); c.zoom('fit-viewport', 'auto'); });
    if (!suffix) {
      const { svg } = await page.evaluate(async () => window.viewer.saveSVG());
      writeFileSync(join(out, name + '.svg'), svg);
    }
    await page.locator('#canvas').screenshot({ path: join(out, name + suffix + '.png') });
    console.log('rendered', file, rootId);
  }
}
await browser.close();
