/**
 * What an id looks like everywhere on the site (step, glossary, FAQ and chart ids, and the anchors made from
 * them): lower-case letters, digits and dashes. Kept free of zod so browser scripts can use it alone.
 */
export const ID_PATTERN = /^[a-z0-9-]+$/;

/** Whether untrusted text (a URL parameter, a hash) is a well-formed id of at most `maxLength` characters. */
export function isId(text: string | null | undefined, maxLength = 60): text is string {
	return !!text && text.length <= maxLength && ID_PATTERN.test(text);
}
