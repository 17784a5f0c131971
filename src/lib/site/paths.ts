/** Prefixes a site path ("/glossary/#usmle") with the configured base ("/img-guide/"). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	if (/^[a-z]+:/i.test(path)) return path;
	return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
