/**
 * The most one report template may hold. The reference town's monthly template is 38 KB with
 * 170 figures; a province's is a few times that. The limits bound the work one request can ask
 * of the server (parsing is linear, so this is a bound on time and memory too).
 */
export const TEMPLATE_LIMITS = {
  /** Characters of the whole template. */
  length: 256 * 1024,
  /** Live figures (`{{ … }}`) in the whole template. */
  figures: 3_000,
  /** Characters of the front matter (the reference's is 600). */
  frontMatter: 16 * 1024,
  /** YAML aliases in the front matter (an alias bomb expands exponentially). */
  aliases: 20,
} as const;
