/**
 * The working-day calendar of Kazakhstan: weekends, public holidays, days off moved from
 * holidays that fall on a weekend, and decreed transfers of days off, per year, kept by an
 * admin. {@link kz.jol.calendar.WorkingDays} answers whether a date is a working day and does
 * the arithmetic other modules need (a plan due 3 working days after registration, SLA
 * deadlines in working hours). The rules live in {@code domain}; see
 * {@code domain.WorkingCalendar} for how days and hours are counted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package kz.jol.calendar;
