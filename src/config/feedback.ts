/**
 * Where readers' error reports go: the one place to set them (README, "Before you deploy").
 * Every page's "Laporkan kesalahan" / "Report an error" link writes to `email`; a WhatsApp
 * link is added when `whatsapp` is set. Checked by src/lib/feedback/config.ts when the site
 * builds, so a typo fails the build rather than sending reports nowhere.
 */
export const feedbackConfig = {
	/**
	 * The editors' inbox. The default is a placeholder under the site's placeholder domain
	 * (astro.config.mjs `site`, in the reserved .example domain): replace both before deploying.
	 */
	email: 'redaksi@pustaka-polmas.example',
	/** A WhatsApp number in international form, digits only (62…); empty for no WhatsApp link. */
	whatsapp: '',
};
