package kz.jol.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.notification.internal.MailOutbox;
import kz.jol.notification.internal.MailOutbox.State;
import kz.jol.notification.internal.OutboxAdministration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The e-mail outbox for administrators: what fails, and sending it again. */
@RestController
@Allowed(Role.ADMIN)
@Tag(name = "Mail outbox", description = "E-mails waiting, sent or given up")
class MailOutboxApi {

  private final OutboxAdministration outbox;

  MailOutboxApi(OutboxAdministration outbox) {
    this.outbox = outbox;
  }

  /** A mail without its body, which may hold what the recipient alone should read. */
  record MailView(UUID id, String recipient, String subject, State state, int attempts,
      Instant createdAt, Instant nextAttemptAt, String lastError, Instant sentAt) {
    static MailView of(MailOutbox.Mail m) {
      return new MailView(m.id(), m.recipient(), m.subject(), m.state(), m.attempts(),
          m.createdAt(), m.state() == State.PENDING ? m.nextAttemptAt() : null, m.lastError(),
          m.sentAt());
    }
  }

  @GetMapping("/api/v1/admin/mail-outbox")
  @Operation(summary = "E-mails in a state, newest first; without a state, those failing: "
      + "given up (FAILED) or pending after a failed attempt")
  List<MailView> list(
      @Parameter(description = "PENDING, SENT or FAILED") @RequestParam(required = false)
      State state,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return outbox.list(state, page, size).stream().map(MailView::of).toList();
  }

  @GetMapping("/api/v1/admin/mail-outbox/counts")
  @Operation(summary = "How many e-mails are pending, retrying after a failure, and given up")
  MailOutbox.Counts counts() {
    return outbox.counts();
  }

  @PostMapping("/api/v1/admin/mail-outbox/{id}/retry")
  @Operation(summary = "Send a given-up or retrying e-mail again at the next run, with a fresh "
      + "set of attempts")
  MailView retry(@PathVariable UUID id) {
    return MailView.of(outbox.retry(id));
  }
}
