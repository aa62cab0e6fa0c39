/** The HTTP API of the calendar: the public read of working days and the admin's year editor. */
package kz.jol.calendar.web;
