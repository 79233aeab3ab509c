/**
 * Pure logic of the case map on /studi-kasus/: projects Indonesia's outline from a
 * world-atlas TopoJSON into a small SVG path (rounded, de-duplicated, tiny islets dropped)
 * and lays out the numbered marker badges so they never overlap, even where several
 * cases sit close together on Java. Rendered at build time by CaseMap.astro.
 */
import { geoMercator } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface Bounds {
	west: number;
	east: number;
	south: number;
	north: number;
}

export interface MapMarkerInput {
	id: string;
	href: string;
	label: string;
	lon: number;
	lat: number;
}

export interface MapMarker extends MapMarkerInput {
	/** Number shown in the badge (1-based, in input order). */
	n: number;
	/** Projected position of the place. */
	x: number;
	y: number;
	/** Centre of the badge that carries the link. */
	bx: number;
	by: number;
}

export interface CaseMapModel {
	width: number;
	height: number;
	/** SVG path data of the land. */
	land: string;
	markers: MapMarker[];
	badgeRadius: number;
}

type Project = (lonLat: [number, number]) => [number, number];

/** A Mercator projection that fits the bounds into `width`; returns it with the height it needs. */
export function fitProjection(bounds: Bounds, width: number): { project: Project; height: number } {
	// Corners as points: a polygon box would be read by winding order and could mean the rest of the globe.
	const box = {
		type: 'MultiPoint' as const,
		coordinates: [[bounds.west, bounds.north], [bounds.west, bounds.south], [bounds.east, bounds.south], [bounds.east, bounds.north]],
	};
	// Fit the width first, then read the height the box needs at that scale.
	const projection = geoMercator().fitWidth(width, box);
	const [, top] = projection([bounds.west, bounds.north])!;
	const [, bottom] = projection([bounds.west, bounds.south])!;
	projection.translate([projection.translate()[0], projection.translate()[1] - top]);
	return { project: (p) => projection(p) as [number, number], height: Math.round(bottom - top) };
}

/** Signed area of a closed ring of points (shoelace formula). */
export function ringArea(points: readonly [number, number][]): number {
	let sum = 0;
	for (let i = 0; i < points.length; i++) {
		const [x1, y1] = points[i]!;
		const [x2, y2] = points[(i + 1) % points.length]!;
		sum += x1 * y2 - x2 * y1;
	}
	return sum / 2;
}

/**
 * SVG path data for polygon rings: projected, rounded to whole units, repeated points
 * removed, rings smaller than `minArea` square units dropped. Relative `l` commands keep
 * it short.
 */
export function ringsToPath(rings: readonly Position[][], project: Project, minArea = 4): string {
	const parts: string[] = [];
	for (const ring of rings) {
		const pts: [number, number][] = [];
		for (const p of ring) {
			const [x, y] = project([p[0]!, p[1]!]);
			const q: [number, number] = [Math.round(x), Math.round(y)];
			const last = pts[pts.length - 1];
			if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
		}
		if (pts.length > 1 && pts[0]![0] === pts[pts.length - 1]![0] && pts[0]![1] === pts[pts.length - 1]![1]) pts.pop();
		if (pts.length < 3 || Math.abs(ringArea(pts)) < minArea) continue;
		let d = `M${pts[0]![0]} ${pts[0]![1]}l`;
		const steps: string[] = [];
		for (let i = 1; i < pts.length; i++) {
			const dx = pts[i]![0] - pts[i - 1]![0];
			const dy = pts[i]![1] - pts[i - 1]![1];
			steps.push(`${dx} ${dy}`.replace(/ -/g, '-'));
		}
		d += steps.join(' ').replace(/ -/g, '-') + 'z';
		parts.push(d);
	}
	return parts.join('');
}

/** The outer and inner rings of one country in a world-atlas `countries` topology. */
export function countryRings(topology: Topology, countryId: string): Position[][] {
	const object = topology.objects.countries as GeometryCollection;
	const collection = feature(topology, object) as unknown as { features: Feature<Polygon | MultiPolygon>[] };
	const country = collection.features.find((f) => String(f.id) === countryId);
	if (!country) throw new Error(`case-map: no country with id ${countryId} in the topology`);
	const g = country.geometry;
	return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/**
 * Spreads badge centres along a line: each starts at its preferred position and is pushed
 * so neighbours are at least `minGap` apart, staying within [min, max] where there is room.
 */
export function spreadAlong(preferred: readonly number[], minGap: number, min: number, max: number): number[] {
	const order = preferred.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
	const placed = order.map((o) => Math.max(min, Math.min(max, o.v)));
	for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + minGap);
	// If the row ran past the right edge, slide back from the right.
	const overflow = placed[placed.length - 1]! - max;
	if (overflow > 0) {
		placed[placed.length - 1] = max;
		for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - minGap);
	}
	const out = new Array<number>(preferred.length);
	order.forEach((o, k) => (out[o.i] = Math.round(placed[k]!)));
	return out;
}

/**
 * The whole map: land path and markers. Badges sit in a row under the map, each joined to
 * its place by a leader line, so markers stay large enough to tap on a 360 px screen.
 */
export function buildCaseMap(
	topology: Topology,
	markers: readonly MapMarkerInput[],
	opts: { bounds: Bounds; width?: number; badgeRadius?: number; countryId?: string; minArea?: number },
): CaseMapModel {
	const width = opts.width ?? 1000;
	const r = opts.badgeRadius ?? 34;
	const { project, height: mapHeight } = fitProjection(opts.bounds, width);
	const land = ringsToPath(countryRings(topology, opts.countryId ?? '360'), project, opts.minArea ?? 6);
	for (const m of markers) {
		const { west, east, south, north } = opts.bounds;
		if (m.lon < west || m.lon > east || m.lat < south || m.lat > north) {
			throw new Error(`case-map: marker "${m.id}" (${m.lon}, ${m.lat}) lies outside the map's bounds`);
		}
	}
	const projected = markers.map((m) => project([m.lon, m.lat]).map(Math.round) as [number, number]);
	const bxs = spreadAlong(projected.map((p) => p[0]), 2 * r + 12, r + 4, width - r - 4);
	const by = mapHeight + r + 16;
	return {
		width,
		height: by + r + 6,
		land,
		badgeRadius: r,
		markers: markers.map((m, i) => ({ ...m, n: i + 1, x: projected[i]![0], y: projected[i]![1], bx: bxs[i]!, by })),
	};
}
