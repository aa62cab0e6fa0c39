package kz.jol.register.application;

import kz.jol.register.domain.Problems;

/**
 * Which page of a list to return.
 *
 * @param page from 0
 * @param size 1 to {@link #MAX_SIZE}
 */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /**
   * Checks the paging parameters of a request.
   *
   * @throws kz.jol.shared.InvalidInputException for a negative page or a size out of range
   */
  public static Paging of(int page, int size) {
    Problems problems = new Problems();
    if (page < 0) {
      problems.add("page", "field.min", "the first page is 0", 0);
    }
    if (size < 1) {
      problems.add("size", "field.min", "a page has at least 1 record", 1);
    } else if (size > MAX_SIZE) {
      problems.add("size", "field.max", "a page has at most " + MAX_SIZE + " records", MAX_SIZE);
    }
    problems.throwIfAny();
    return new Paging(page, size);
  }

  long offset() {
    return (long) page * size;
  }
}
