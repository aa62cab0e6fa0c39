/**
 * Casework: the pages probation staff compose from several modules' records. The route sheet
 * (маршрутный лист / бағыт парағы, SPEC section 3): the person's plan and open referrals in
 * plain words, Kazakh or Russian, as a printable PDF the officer hands over. The caseload
 * ({@link kz.jol.casework.Caseload}, {@code GET /caseload}): an officer's or a unit's cases with
 * risk, index and next milestone, overdue first.
 *
 * <p>It only reads: the register decides whether the reader reaches the case, the plan and the
 * referrals, risks, scores and deadlines come from reintegration and routing, the offices from
 * organisation. Nothing else depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package kz.jol.casework;
