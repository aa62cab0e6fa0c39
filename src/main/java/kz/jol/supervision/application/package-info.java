/**
 * The supervision services other modules and the web layer call: {@code SupervisionService}
 * (events, duties), {@code ScheduleService}, {@code AlertService} and the sweep.
 */
@org.springframework.modulith.NamedInterface("application")
package kz.jol.supervision.application;
