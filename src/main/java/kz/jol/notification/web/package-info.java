/** The HTTP API of notifications: a user's own, and the mail outbox for administrators. */
package kz.jol.notification.web;
