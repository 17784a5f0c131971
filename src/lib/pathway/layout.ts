import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

/** Box size of a step in the diagram, in CSS pixels; the component's CSS uses the same numbers. */
export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 92;
const LABEL_HEIGHT = 18;

/** What the layout needs of a pathway: ids, edges and optional edge labels. */
export interface LayoutInput {
	steps: { id: string; next: { to: string; label?: string | undefined }[] }[];
}

/** A point in diagram coordinates. */
export interface Point {
	x: number;
	y: number;
}

/** Positions computed at build time: boxes, connector polylines and branch labels. */
export interface PathwayLayout {
	width: number;
	height: number;
	nodes: Record<string, Point & { layer: number }>;
	edges: { from: string; to: string; points: Point[]; label?: { text: string; x: number; y: number; width: number } }[];
}

/** Estimated label width for a short branch label at the diagram's 12px font; elk needs a size up front. */
function labelWidth(text: string): number {
	return Math.ceil(text.length * 6.6) + 12;
}

const elk = new ELK();

/**
 * Lays a pathway out top to bottom with ELK's layered algorithm and orthogonal connectors.
 * The same input always gives the same coordinates, so builds are reproducible.
 */
export async function layoutPathway(pathway: LayoutInput): Promise<PathwayLayout> {
	const graph: ElkNode = {
		id: 'root',
		layoutOptions: {
			'elk.algorithm': 'layered',
			'elk.direction': 'DOWN',
			'elk.edgeRouting': 'ORTHOGONAL',
			'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
			'elk.layered.crossingMinimization.semiInteractive': 'false',
			'elk.spacing.nodeNode': '28',
			'elk.layered.spacing.nodeNodeBetweenLayers': '44',
			'elk.spacing.edgeLabel': '4',
			'elk.edgeLabels.placement': 'CENTER',
			'elk.padding': '[top=8,left=8,bottom=8,right=8]',
			'elk.randomSeed': '1',
		},
		children: pathway.steps.map((s) => ({ id: s.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
		edges: pathway.steps.flatMap((s) =>
			s.next.map((e, i): ElkExtendedEdge => ({
				id: `${s.id}->${e.to}#${i}`,
				sources: [s.id],
				targets: [e.to],
				labels: e.label ? [{ text: e.label, width: labelWidth(e.label), height: LABEL_HEIGHT }] : [],
			})),
		),
	};
	const result = await elk.layout(graph);
	const ys = [...new Set((result.children ?? []).map((n) => Math.round(n.y ?? 0)))].sort((a, b) => a - b);
	const nodes: PathwayLayout['nodes'] = {};
	for (const n of result.children ?? []) {
		nodes[n.id] = { x: round(n.x), y: round(n.y), layer: ys.indexOf(Math.round(n.y ?? 0)) };
	}
	const edges = (result.edges ?? []).map((e) => {
		const section = e.sections?.[0];
		const points = section
			? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
					x: round(p.x),
					y: round(p.y),
				}))
			: [];
		const label = e.labels?.[0];
		return {
			from: e.sources[0]!,
			to: e.targets[0]!,
			points,
			...(label?.text
				? { label: { text: label.text, x: round(label.x), y: round(label.y), width: round(label.width) } }
				: {}),
		};
	});
	return { width: round(result.width), height: round(result.height), nodes, edges };
}

function round(n: number | undefined): number {
	return Math.round((n ?? 0) * 10) / 10;
}

/** An SVG path for a connector: straight orthogonal segments with slightly rounded corners. */
export function connectorPath(points: readonly Point[], radius = 6): string {
	if (points.length < 2) return '';
	let d = `M${points[0]!.x} ${points[0]!.y}`;
	for (let i = 1; i < points.length - 1; i++) {
		const [prev, cur, next] = [points[i - 1]!, points[i]!, points[i + 1]!];
		const r = Math.min(radius, dist(prev, cur) / 2, dist(cur, next) / 2);
		const a = towards(cur, prev, r);
		const b = towards(cur, next, r);
		d += ` L${a.x} ${a.y} Q${cur.x} ${cur.y} ${b.x} ${b.y}`;
	}
	const last = points[points.length - 1]!;
	return `${d} L${last.x} ${last.y}`;
}

function dist(a: Point, b: Point): number {
	return Math.hypot(a.x - b.x, a.y - b.y);
}

function towards(from: Point, to: Point, r: number): Point {
	const d = dist(from, to) || 1;
	return { x: round(from.x + ((to.x - from.x) / d) * r), y: round(from.y + ((to.y - from.y) / d) * r) };
}

/** True when two boxes of the diagram's node size overlap. */
export function boxesOverlap(a: Point, b: Point): boolean {
	return a.x < b.x + NODE_WIDTH && b.x < a.x + NODE_WIDTH && a.y < b.y + NODE_HEIGHT && b.y < a.y + NODE_HEIGHT;
}
