import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starlight's style sheets, found wherever npm installed Starlight. Its package exports only one of them; the
 * embed layout imports a few more (through an alias set in astro.config.mjs) and the layer-order check reads
 * layers.css.
 */
export const STARLIGHT_STYLE_DIR = join(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))), 'style');
