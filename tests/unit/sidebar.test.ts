// The sidebar each page carries: its own section open, the others folded to one link.
import { describe, expect, it } from 'vitest';
import { compactSidebar, overviewOf, type SidebarEntry, type SidebarGroup, type SidebarLink } from '../../src/lib/navigation/sidebar';

const link = (href: string, isCurrent = false): SidebarLink => ({ type: 'link', label: href, href, isCurrent, badge: undefined, attrs: {} });
const group = (label: string, entries: SidebarEntry[]): SidebarGroup => ({ type: 'group', label, entries, collapsed: false, badge: undefined });

const legal = group('Dasar hukum', [link('/dasar-hukum/'), link('/dasar-hukum/perpol-1-2021/'), link('/dasar-hukum/uu-2-2002/')]);
const reference = group('Rujukan', [link('/buku-saku/'), link('/glosarium/')]);

describe('compact sidebar', () => {
	it('folds a section the page is not in to a link to its overview page', () => {
		const [home, folded, kept] = compactSidebar([link('/', true), legal, reference]);
		expect(home).toEqual(link('/', true));
		expect(folded).toMatchObject({ type: 'link', label: 'Dasar hukum', href: '/dasar-hukum/', isCurrent: false });
		expect(kept).toBe(reference);
	});

	it('keeps the current section open with all its pages', () => {
		const current = group('Dasar hukum', [link('/dasar-hukum/'), link('/dasar-hukum/perpol-1-2021/', true)]);
		expect(compactSidebar([current])[0]).toBe(current);
	});

	it('finds no overview when no link is the parent of the others', () => {
		expect(overviewOf(reference)).toBeUndefined();
		expect(overviewOf(group('one', [link('/a/')]))).toBeUndefined();
		expect(overviewOf(legal)?.href).toBe('/dasar-hukum/');
	});

	it('looks into nested groups for the current page', () => {
		const nested = group('Pelatih', [link('/pelatih/'), group('Modul', [link('/pelatih/modul-1/', true)])]);
		expect(compactSidebar([nested])[0]).toBe(nested);
	});
});
