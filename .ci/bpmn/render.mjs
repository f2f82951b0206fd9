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
  const result = await page.evaluate(async (xml) => {
    document.getElementById('canvas').innerHTML = '';
    const viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(xml);
    const canvas = viewer.get('canvas');
    canvas.zoom('fit-viewport', 'auto');
    const { svg } = await viewer.saveSVG();
    const box = canvas.viewbox();
    return { svg, warnings: warnings.map(w => w.message), width: box.inner.width, height: box.inner.height };
  }, xml);
  if (result.warnings.length) {
    console.error(file, 'import warnings:', result.warnings);
    process.exitCode = 1;
  }
  const name = basename(file, '.bpmn');
  writeFileSync(join(out, name + '.svg'), result.svg);
  await page.setViewportSize({ width: Math.ceil(Math.min(result.width + 80, 2400)), height: Math.ceil(Math.min(result.height + 80, 1600)) });
  await page.evaluate(() => { });
  const svgHandle = await page.evaluateHandle(async (xml) => {
    document.getElementById('canvas').innerHTML = '';
    const viewer = new BpmnJS({ container: '#canvas' });
    await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport', 'auto');
    return document.getElementById('canvas');
  }, xml);
  await svgHandle.screenshot({ path: join(out, name + '.png') });
  console.log('rendered', file);
}
await browser.close();
