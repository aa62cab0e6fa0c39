/**
 * Casework: the pages probation staff compose from several modules' records. Its first piece is
 * the route sheet (маршрутный лист / бағыт парағы, SPEC section 3): the person's plan and open
 * referrals in plain words, Kazakh or Russian, as a printable PDF the officer hands over.
 *
 * <p>It only reads: the register decides whether the reader reaches the case, the plan and the
 * referrals come from reintegration and routing, the offices from organisation. Nothing else
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package kz.jol.casework;
