/**
 * Attributes the browser understands that Astro's element types do not list yet.
 * `elementtiming` (Element Timing, https://wicg.github.io/element-timing/): the bench reads when
 * the element's text was first painted.
 */
declare namespace astroHTML.JSX {
  interface HTMLAttributes {
    elementtiming?: string;
  }
}
