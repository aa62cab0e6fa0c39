package kz.jol.notification.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.notification.internal.InAppNotifications;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's notifications as a page: newest first, each with its link into Jol, and
 * a button to mark them all read. Only ever the reader's own.
 */
@Controller
class NotificationPages {

  static final int SIZE = 20;

  private final InAppNotifications notifications;
  private final CurrentActor currentActor;
  private final Clock clock;

  NotificationPages(InAppNotifications notifications, CurrentActor currentActor, Clock clock) {
    this.notifications = notifications;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @GetMapping("/notifications")
  @Allowed(anyRole = true)
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    int from = Math.clamp(page, 0, 10_000);
    InAppNotifications.Page found = notifications.page(currentActor.require().userId(), from,
        SIZE, LocaleContextHolder.getLocale());
    model.addAttribute("found", found);
    model.addAttribute("previous", from > 0 ? from - 1 : null);
    model.addAttribute("next", found.items().size() == SIZE ? from + 1 : null);
    model.addAttribute("zone", clock.getZone());
    model.addAttribute("format", DateTimeFormatter.ofPattern(
        "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "d MMM yyyy, HH:mm"
            : "dd.MM.yyyy HH:mm", LocaleContextHolder.getLocale()));
    return "notification/list";
  }

  @PostMapping("/notifications/read-all")
  @Allowed(anyRole = true)
  String readAll() {
    notifications.markAllRead(currentActor.require().userId());
    return "redirect:/notifications";
  }
}
