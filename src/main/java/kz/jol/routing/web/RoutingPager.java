package kz.jol.routing.web;

import kz.jol.register.application.ResultPage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page links under a routing list, keeping its filters.
 *
 * @param number the page shown, from 1
 * @param pages how many pages there are, at least 1
 * @param previous the previous page's address; null on the first
 * @param next the next page's address; null on the last
 */
public record RoutingPager(int number, int pages, long total, String previous, String next) {

  static RoutingPager of(ResultPage<?> result, UriComponentsBuilder list) {
    int pages = (int) Math.max(1, (result.total() + result.size() - 1) / result.size());
    String previous = result.page() > 0 ? link(list, result.page() - 1) : null;
    String next = result.page() + 1 < pages ? link(list, result.page() + 1) : null;
    return new RoutingPager(result.page() + 1, pages, result.total(), previous, next);
  }

  private static String link(UriComponentsBuilder list, int page) {
    return list.cloneBuilder().replaceQueryParam("page", page).encode().build().toUriString();
  }
}
