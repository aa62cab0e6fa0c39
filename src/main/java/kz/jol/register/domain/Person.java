package kz.jol.register.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import kz.jol.register.PersonId;
import kz.jol.register.Sex;

/** A person on the probation register (подучётное лицо). */
public final class Person {

  private final PersonId id;
  private final long version;
  private PersonDetails details;

  private Person(PersonId id, long version, PersonDetails details) {
    this.id = Objects.requireNonNull(id, "id");
    this.version = version;
    this.details = Objects.requireNonNull(details, "details");
  }

  /**
   * A new person; the details are checked first.
   *
   * @param statedBirthDate the birth date as typed, checked against the IIN; null if not given
   * @param statedSex the sex as typed, checked against the IIN; null if not given
   */
  public static Person register(PersonId id, PersonDetails details, LocalDate statedBirthDate,
      Sex statedSex, LocalDate today) {
    details.check(statedBirthDate, statedSex, today);
    return new Person(id, 0, details);
  }

  /** A person as stored. */
  public static Person restore(PersonId id, long version, PersonDetails details) {
    return new Person(id, version, details);
  }

  /**
   * Replaces the details after checking them.
   *
   * @return the names of the fields that changed
   */
  public Set<String> revise(PersonDetails revised, LocalDate statedBirthDate, Sex statedSex,
      LocalDate today) {
    revised.check(statedBirthDate, statedSex, today);
    Set<String> changed = revised.changedFrom(details);
    details = revised;
    return changed;
  }

  public PersonId id() {
    return id;
  }

  /** The version this person was read at; the store refuses a write over a newer one. */
  public long version() {
    return version;
  }

  public PersonDetails details() {
    return details;
  }

  public LocalDate birthDate() {
    return details.iin().birthDate();
  }

  public Sex sex() {
    return details.iin().sex();
  }
}
