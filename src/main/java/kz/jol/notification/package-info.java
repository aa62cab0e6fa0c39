/**
 * Notifications (issue 4, point 7): other modules tell people that something needs them — a
 * referral arrived, a deadline passed, a case was escalated — through {@link
 * kz.jol.notification.Notifications}.
 *
 * <ul>
 *   <li><b>In the application</b>, for every recipient: a row of {@code notification} with the
 *       message key and its arguments, rendered in the reader's language when they list their
 *       notifications ({@code GET /api/v1/notifications}).
 *   <li><b>By e-mail</b>, only when {@code spring.mail.host} is configured and the recipient has
 *       an address: a row of {@code mail_outbox}, written in the same transaction, rendered in
 *       Kazakh and Russian. A scheduled sender (one node at a time, ShedLock; rows claimed with
 *       {@code for update skip locked}) sends due rows, retries failures with exponential
 *       backoff and gives up after a configured number of attempts; administrators see failing
 *       mails under {@code /api/v1/admin/mail-outbox}, can retry them, and get an in-app
 *       notification when one is given up.
 * </ul>
 *
 * <p>A notification joins the caller's transaction: it exists if and only if the caller's change
 * commits, and its e-mail goes out only after that commit, from the outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package kz.jol.notification;
