package kz.jol.supervision.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import kz.jol.supervision.LastContacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link LastContacts} from the supervision events. */
@Service
class LastContactReads implements LastContacts {

  private final SupervisionRepository repository;

  LastContactReads(SupervisionRepository repository) {
    this.repository = repository;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<UUID, LocalDate> of(Collection<UUID> caseIds) {
    return repository.lastContacts(caseIds);
  }
}
