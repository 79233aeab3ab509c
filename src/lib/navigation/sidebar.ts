/**
 * The sidebar each page carries: the section the reader is in, open with all its pages;
 * every other section folded to a single link to its overview page. Starlight puts the
 * whole sidebar in every page's HTML, and with every section listed in full it was the
 * largest part of a reading page (7 kB gz budget). Used by src/route-middleware.ts.
 * Sections without an overview page (Reference, Quiz) are short and stay as they are.
 */

/** The parts of Starlight's sidebar entries this module reads and writes. */
export interface SidebarLink {
	type: 'link';
	label: string;
	href: string;
	isCurrent: boolean;
	badge: unknown;
	attrs: Record<string, unknown>;
}
export interface SidebarGroup {
	type: 'group';
	label: string;
	entries: SidebarEntry[];
	collapsed: boolean;
	badge: unknown;
}
export type SidebarEntry = SidebarLink | SidebarGroup;

const depth = (href: string) => href.split('/').filter(Boolean).length;

function links(entries: SidebarEntry[]): SidebarLink[] {
	return entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));
}

/** The group's overview page: its one link that is a parent folder of all the others. */
export function overviewOf(group: SidebarGroup): SidebarLink | undefined {
	const all = links(group.entries);
	if (all.length < 2) return undefined;
	const top = all.reduce((a, b) => (depth(b.href) < depth(a.href) ? b : a));
	return all.every((l) => l === top || l.href.startsWith(top.href)) ? top : undefined;
}

/** Folds every section the current page is not in to a link to its overview page. */
export function compactSidebar(entries: SidebarEntry[]): SidebarEntry[] {
	return entries.map((e) => {
		if (e.type === 'link') return e;
		if (links(e.entries).some((l) => l.isCurrent)) return e;
		const overview = overviewOf(e);
		if (!overview) return e;
		return { type: 'link', label: e.label, href: overview.href, isCurrent: false, badge: e.badge, attrs: {} } satisfies SidebarLink;
	});
}
