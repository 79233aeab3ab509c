/** UI strings: showing a case study or trainer module as full-screen slides (src/user-components/slides/). `{name}` placeholders are filled by fill() in src/lib/i18n.ts. */
import { z } from 'astro/zod';

export const slidesStrings = z.object({
	/** Button above the page that opens its slides. */
	'slides.show': z.string(),
	/** One line under the button: how to move and how to leave. */
	'slides.hint': z.string(),
	/** A slide's position, `{n}` of `{m}`: its accessible name and the counter on screen. */
	'slides.position': z.string(),
	/** Button (and its name) showing the previous slide. */
	'slides.prev': z.string(),
	/** Button (and its name) showing the next slide. */
	'slides.next': z.string(),
	/** Button that leaves the slides and returns to the page. */
	'slides.close': z.string(),
});
