// Lays out a BPMN model (processes/<file>.bpmn) with bpmn-io's auto-layout and gives every sub-process its
// own drill-down diagram, as the Camunda Modeler draws collapsed sub-processes.
// Run: cd .ci/bpmn && npm ci && node layout.mjs ../../processes/<file>.bpmn
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
let xml = readFileSync(file, 'utf8');
xml = xml.replace(/\s*<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/g, '');
const laidOut = await layoutProcess(xml);

const moddle = new BpmnModdle();
const { rootElement: definitions } = await moddle.fromXML(laidOut);
const mainDiagram = definitions.diagrams[0];
const mainPlane = mainDiagram.plane;

function subProcesses(container, found = []) {
  for (const element of container.flowElements || []) {
    if (element.$type === 'bpmn:SubProcess') {
      found.push(element);
      subProcesses(element, found);
    }
  }
  return found;
}

function contentIds(subProcess) {
  const ids = new Set();
  for (const element of subProcess.flowElements || []) {
    ids.add(element.id);
  }
  for (const artifact of subProcess.artifacts || []) {
    ids.add(artifact.id);
  }
  return ids;
}

const bpmnProcess = definitions.rootElements.find(e => e.$type === 'bpmn:Process');
for (const subProcess of subProcesses(bpmnProcess)) {
  const ids = contentIds(subProcess);
  const moved = mainPlane.planeElement.filter(di => di.bpmnElement && ids.has(di.bpmnElement.id));
  if (!moved.length) {
    continue;
  }
  mainPlane.planeElement = mainPlane.planeElement.filter(di => !moved.includes(di));
  const shape = mainPlane.planeElement.find(di => di.bpmnElement === subProcess);
  if (shape) {
    shape.isExpanded = false;
  }
  const plane = moddle.create('bpmndi:BPMNPlane', { id: 'BPMNPlane_' + subProcess.id, bpmnElement: subProcess, planeElement: moved });
  const diagram = moddle.create('bpmndi:BPMNDiagram', { id: 'BPMNDiagram_' + subProcess.id, plane });
  definitions.diagrams.push(diagram);
}

const { xml: out } = await moddle.toXML(definitions, { format: true });
writeFileSync(file, out + '\n');
console.log('laid out', file, '-', definitions.diagrams.length, 'diagram(s)');
