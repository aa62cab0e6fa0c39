/**
 * Publication (issue 8, points 6 and 7): an administrator publishes a frozen, suppressed table of
 * figures for a territory and a period; the public portal {@code /open}, its CSV open data and
 * the public JSON API show only what was published, never a count small enough to point at a
 * person and never a count that the published totals would give back. Tables come from
 * {@link kz.jol.publication.PublishableTable} strategies. See {@code docs/publication.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package kz.jol.publication;
