package kz.jol.register.web;

import kz.jol.register.application.ResultPage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page links under a list: where the previous and next pages are, keeping the filters.
 *
 * @param number the page shown, from 1
 * @param pages how many pages there are, at least 1
 * @param total how many records match
 * @param previous the address of the previous page; null on the first
 * @param next the address of the next page; null on the last
 */
public record Pager(int number, int pages, long total, String previous, String next) {

  /**
   * @param list the list's address with its filters; the page parameter is replaced
   */
  static Pager of(ResultPage<?> result, UriComponentsBuilder list) {
    int pages = (int) Math.max(1, (result.total() + result.size() - 1) / result.size());
    String previous = result.page() > 0 ? link(list, result.page() - 1) : null;
    String next = result.page() + 1 < pages ? link(list, result.page() + 1) : null;
    return new Pager(result.page() + 1, pages, result.total(), previous, next);
  }

  private static String link(UriComponentsBuilder list, int page) {
    return list.cloneBuilder().replaceQueryParam("page", page).encode().build().toUriString();
  }
}
