package kz.jol.publication;

import java.util.List;

/**
 * A source of several kinds of table at once, where one bean per kind would not do: the
 * indicator catalogue offers one kind per indicator that may be published. Asked once, when
 * the publication service starts, so it must not need the database.
 */
public interface PublishableTables {

  /** The kinds, in the order an administrator should see them. */
  List<PublishableTable> tables();
}
