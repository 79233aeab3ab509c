/**
 * Browser side of offline use, loaded on every page by src/components/Head.astro as a
 * bundled module: registers the Workbox service worker (dist/sw.js, made by
 * src/integrations/postbuild.ts) once the page has loaded, shows whether the site is
 * stored for offline reading, and offers a reload when a new version is waiting.
 *
 * Registration waits for `load` and an idle moment so it never competes with the first
 * paint on a weak link; a browser without service workers just reads online.
 */
import { Workbox } from 'workbox-window';
import { langFromHtml, offlineMessages, statusMessage, type OfflineState } from './offline-status';

const lang = langFromHtml(document.documentElement.lang);
const state: OfflineState = { ready: false, online: navigator.onLine, saving: false };

function region(className: string): HTMLElement {
	const el = document.createElement('p');
	el.className = className;
	el.setAttribute('role', 'status');
	el.hidden = true;
	return el;
}

// Live regions must be in the page before their text changes for screen readers to speak.
const status = region('pp-offline-status');
const prompt = region('pp-update-prompt');
(document.querySelector('.sl-container footer, main footer') ?? document.querySelector('main') ?? document.body).append(status);
document.body.append(prompt);

function render() {
	const text = statusMessage(state, lang);
	status.textContent = text;
	status.hidden = text === '';
	status.dataset.state = !state.online ? 'offline' : state.ready ? 'ready' : state.saving ? 'saving' : 'none';
}

function showUpdate(wb: Workbox) {
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = offlineMessages[lang].update;
	button.addEventListener('click', () => {
		button.disabled = true;
		// Reload once the waiting worker has taken over, so the page and worker match.
		wb.addEventListener('controlling', () => location.reload());
		wb.messageSkipWaiting();
	});
	prompt.replaceChildren(button);
	prompt.hidden = false;
}

async function start() {
	const wb = new Workbox('/sw.js');
	wb.addEventListener('waiting', () => showUpdate(wb));
	wb.addEventListener('activated', (event) => {
		if (!event.isUpdate) {
			state.ready = true;
			state.saving = false;
			render();
		}
	});
	const registration = await wb.register();
	if (registration?.active && navigator.serviceWorker.controller) state.ready = true;
	else if (registration?.installing) state.saving = true;
	render();
	// A page left open for days still learns of new content when the signal returns.
	addEventListener('online', () => void wb.update());
}

addEventListener('online', () => {
	state.online = true;
	render();
});
addEventListener('offline', () => {
	state.online = false;
	render();
});

if ('serviceWorker' in navigator) {
	const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200));
	const go = () => idle(() => void start().catch(() => render()));
	if (document.readyState === 'complete') go();
	else addEventListener('load', go, { once: true });
} else {
	render();
}
