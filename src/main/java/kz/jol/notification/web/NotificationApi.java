package kz.jol.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.notification.internal.InAppNotifications;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notifications: only ever their own. */
@RestController
@Tag(name = "Notifications", description = "What other parts of Jol told the signed-in user")
class NotificationApi {

  private final InAppNotifications notifications;
  private final CurrentActor currentActor;

  NotificationApi(InAppNotifications notifications, CurrentActor currentActor) {
    this.notifications = notifications;
    this.currentActor = currentActor;
  }

  record Marked(int marked) {}

  @GetMapping("/api/v1/notifications")
  @Allowed(anyRole = true)
  @Operation(summary = "My notifications, newest first, in my language (Accept-Language), with "
      + "how many are unread")
  InAppNotifications.Page list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return notifications.page(currentActor.require().userId(), page, size,
        LocaleContextHolder.getLocale());
  }

  @PostMapping("/api/v1/notifications/{id}/read")
  @Allowed(anyRole = true)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark one of my notifications read")
  void read(@PathVariable UUID id) {
    notifications.markRead(currentActor.require().userId(), id);
  }

  @PostMapping("/api/v1/notifications/read-all")
  @Allowed(anyRole = true)
  @Operation(summary = "Mark all my notifications read; says how many were unread")
  Marked readAll() {
    return new Marked(notifications.markAllRead(currentActor.require().userId()));
  }
}
