/** The notification module's rules, as plain Java: when a failed e-mail is tried again. */
package kz.jol.notification.domain;
