declare namespace App {
	interface Locals {
		/** Source file of the article an embed page renders, for error messages (see src/pages/embed/article). */
		contentFile?: string | undefined;
	}
}
