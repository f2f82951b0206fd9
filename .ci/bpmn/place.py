#!/usr/bin/env python3
"""Writes the diagram (BPMN DI) of a model from a grid layout.

    python3 .ci/bpmn/place.py processes/<name>.bpmn .ci/bpmn/layouts/<name>.json

The layout file gives every element of a plane a cell: {"<plane id>": {"<element id>": [col, row], ...}}.
The process id names the main plane; every sub-process gets its own drill-down plane (collapsed on the
main plane). Boundary events are placed on their host: "Timer_X": ["bottom", 0] (edge, slot 0..2).
Sequence flows are routed orthogonally; a flow may be given a route in "flows": {"Flow_X": {"via": row}}
(a detour along the row's horizontal line, for loops back) or {"exit": "bottom"|"top"} (leave a gateway
through its bottom or top). Existing DI is replaced.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

NS = {
    'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
    'bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
    'dc': 'http://www.omg.org/spec/DD/20100524/DC',
    'di': 'http://www.omg.org/spec/DD/20100524/DI',
}
COL, ROW, LEFT, TOP = 160, 130, 80, 80
SIZES = {'task': (100, 80), 'gateway': (50, 50), 'event': (36, 36)}


def kind(tag):
    local = tag.split('}')[1]
    if local.endswith('Gateway'):
        return 'gateway'
    if local.endswith('Event'):
        return 'event'
    return 'task'


def main(bpmn_path, layout_path):
    text = open(bpmn_path, encoding='utf-8').read()
    layout = json.load(open(layout_path, encoding='utf-8'))
    flows_hint = layout.pop('flows', {})
    label_sides = layout.pop('labels', {})
    root = ET.fromstring(text)
    process = root.find('bpmn:process', NS)

    elements, flows, containers = {}, [], {}

    def collect(container, plane_id):
        for child in container:
            local = child.tag.split('}')[1]
            if local == 'sequenceFlow':
                flows.append((child.get('id'), child.get('sourceRef'), child.get('targetRef'), child.get('name'), plane_id))
            elif child.get('id') and local not in ('documentation', 'extensionElements', 'incoming', 'outgoing',
                                                     'laneSet', 'ioSpecification'):
                elements[child.get('id')] = {'tag': child.tag, 'name': child.get('name'), 'plane': plane_id,
                                             'attached': child.get('attachedToRef')}
                if local == 'subProcess':
                    containers[child.get('id')] = plane_id
                    collect(child, child.get('id'))

    collect(process, process.get('id'))

    bounds = {}
    for plane_id, cells in layout.items():
        for element_id, cell in cells.items():
            if element_id not in elements:
                sys.exit(f'layout names unknown element {element_id}')
            if isinstance(cell[0], str):
                continue
            w, h = SIZES[kind(elements[element_id]['tag'])]
            cx, cy = LEFT + cell[0] * COL, TOP + cell[1] * ROW
            bounds[element_id] = (cx - w / 2, cy - h / 2, w, h)
    for plane_id, cells in layout.items():
        for element_id, cell in cells.items():
            if isinstance(cell[0], str):
                host = bounds[elements[element_id]['attached']]
                hx, hy, hw, hh = host
                x = hx + hw - 30 - 40 * cell[1] if cell[0] == 'bottom' else hx + 12 + 40 * cell[1]
                y = hy + hh - 18 if cell[0] == 'bottom' else hy - 18
                bounds[element_id] = (x, y, 36, 36)
    missing = [e for e, v in elements.items() if e not in bounds]
    if missing:
        sys.exit(f'no cell for {missing}')

    def center(e):
        x, y, w, h = bounds[e]
        return x + w / 2, y + h / 2

    def route(flow_id, source, target):
        sx, sy = center(source)
        tx, ty = center(target)
        bx, by, bw, bh = bounds[source]
        ex, ey, ew, eh = bounds[target]
        hint = flows_hint.get(flow_id, {})
        if elements[source]['attached']:
            host_y = bounds[elements[source]['attached']][1]
            start = (sx, by) if by < host_y else (sx, by + bh)
            if abs(tx - sx) < 1:
                return [start, (tx, ey if ty > sy else ey + eh)]
            return [start, (sx, ty), (ex if tx > sx else ex + ew, ty)]
        if 'via' in hint:
            vy = TOP + hint['via'] * ROW
            down = vy > sy
            start = (sx, by + bh) if down else (sx, by)
            end_y = ey + eh if vy > ty else ey
            return [start, (sx, vy), (tx, vy), (tx, end_y)]
        if abs(ty - sy) < 1:
            return [(bx + bw, sy), (ex, ty)] if tx > sx else [(bx, sy), (ex + ew, ty)]
        exit_side = hint.get('exit') or ('vertical' if kind(elements[source]['tag']) == 'gateway' else 'horizontal')
        if exit_side in ('vertical', 'bottom', 'top'):
            start = (sx, by + bh) if ty > sy else (sx, by)
            if abs(tx - sx) < 1:
                return [start, (tx, ey if ty > sy else ey + eh)]
            return [start, (sx, ty), (ex if tx > sx else ex + ew, ty)]
        start = (bx + bw, sy) if tx > sx else (bx, sy)
        return [start, (tx, sy), (tx, ey if ty > sy else ey + eh)]

    def label_box(element_id):
        name = elements[element_id]['name']
        if not name or kind(elements[element_id]['tag']) == 'task':
            return None
        x, y, w, h = bounds[element_id]
        width = min(max(len(name) * 13, 40), 130)
        side = label_sides.get(element_id)
        if side is None and elements[element_id]['attached']:
            slot = next(c for p in layout.values() for e, c in p.items() if e == element_id)[1]
            side = 'right' if slot == 0 else 'left'
        if side is None:
            side = 'top' if kind(elements[element_id]['tag']) == 'gateway' else 'bottom'
        if side == 'top':
            return (x + w / 2 - width / 2, y - 22, width, 14)
        if side == 'right':
            return (x + w + 4, y + h + 2, width, 14)
        if side == 'left':
            return (x - width - 4, y + h + 2, width, 14)
        return (x + w / 2 - width / 2, y + h + 6, width, 14)

    for diagram in root.findall('bpmndi:BPMNDiagram', NS):
        root.remove(diagram)
    planes = [process.get('id')] + list(containers)
    for plane_id in planes:
        diagram = ET.SubElement(root, f'{{{NS["bpmndi"]}}}BPMNDiagram', id='BPMNDiagram_' + plane_id)
        plane = ET.SubElement(diagram, f'{{{NS["bpmndi"]}}}BPMNPlane', id='BPMNPlane_' + plane_id, bpmnElement=plane_id)
        for element_id, element in elements.items():
            if element['plane'] != plane_id:
                continue
            attrs = {'id': element_id + '_di', 'bpmnElement': element_id}
            if kind(element['tag']) == 'gateway' and element['tag'].endswith('exclusiveGateway'):
                attrs['isMarkerVisible'] = 'true'
            if element_id in containers:
                attrs['isExpanded'] = 'false'
            shape = ET.SubElement(plane, f'{{{NS["bpmndi"]}}}BPMNShape', attrs)
            x, y, w, h = bounds[element_id]
            ET.SubElement(shape, f'{{{NS["dc"]}}}Bounds', x=fmt(x), y=fmt(y), width=fmt(w), height=fmt(h))
            box = label_box(element_id)
            if box:
                label = ET.SubElement(shape, f'{{{NS["bpmndi"]}}}BPMNLabel')
                ET.SubElement(label, f'{{{NS["dc"]}}}Bounds', x=fmt(box[0]), y=fmt(box[1]), width=fmt(box[2]), height=fmt(box[3]))
        for flow_id, source, target, name, flow_plane in flows:
            if flow_plane != plane_id:
                continue
            edge = ET.SubElement(plane, f'{{{NS["bpmndi"]}}}BPMNEdge', id=flow_id + '_di', bpmnElement=flow_id)
            points = route(flow_id, source, target)
            for px, py in points:
                ET.SubElement(edge, f'{{{NS["di"]}}}waypoint', x=fmt(px), y=fmt(py))
            if name:
                (ax, ay), (bx2, by2) = points[0], points[1]
                width = min(max(len(name) * 13, 24), 120)
                lx = (ax + bx2) / 2 - width / 2 if abs(ay - by2) < 1 else ax + 6
                ly = ay - 18 if abs(ay - by2) < 1 else (ay + by2) / 2 - 7
                label = ET.SubElement(edge, f'{{{NS["bpmndi"]}}}BPMNLabel')
                ET.SubElement(label, f'{{{NS["dc"]}}}Bounds', x=fmt(lx), y=fmt(ly), width=fmt(width), height='14')

    ET.indent(root, space='  ')
    out = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding='unicode') + '\n'
    open(bpmn_path, 'w', encoding='utf-8').write(out)
    print(f'placed {len(bounds)} elements and {len(flows)} flows in {len(planes)} plane(s) of {bpmn_path}')


def fmt(value):
    return str(int(round(value)))


if __name__ == '__main__':
    for prefix, uri in list(NS.items()) + [('camunda', 'http://camunda.org/schema/1.0/bpmn'),
                                           ('modeler', 'http://camunda.org/schema/modeler/1.0'),
                                           ('xsi', 'http://www.w3.org/2001/XMLSchema-instance')]:
        ET.register_namespace(prefix, uri)
    main(sys.argv[1], sys.argv[2])
