package kz.jol.register.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the records of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many records match in all
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

  public ResultPage {
    items = List.copyOf(items);
  }

  <R> ResultPage<R> map(Function<T, R> mapping) {
    return new ResultPage<>(items.stream().map(mapping).toList(), page, size, total);
  }
}
