package kz.jol.routing.application;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import kz.jol.access.Role;
import kz.jol.access.Users;
import kz.jol.notification.NotificationKind;
import kz.jol.notification.NotificationMessage;
import kz.jol.notification.Notifications;
import kz.jol.notification.Recipient;
import kz.jol.register.application.CaseSubjects;
import kz.jol.routing.ReferralSent;
import kz.jol.routing.ReferralStateChanged;
import kz.jol.routing.SlaBreached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the parties of a referral: the receiving organisation's staff when one arrives, the
 * case's officer when the organisation answers, the heads when a deadline is missed. The texts carry no personal data (they may go
 * out by e-mail): the action, the deadline and a link into Jol.
 */
@Component
class RoutingNotifications {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Notifications notifications;
  private final CaseSubjects subjects;
  private final EscalationRepository escalations;
  private final Clock clock;

  private final ReferralRepository referrals;
  private final Users users;

  RoutingNotifications(Notifications notifications, CaseSubjects subjects,
      EscalationRepository escalations, ReferralRepository referrals, Users users,
      Clock clock) {
    this.referrals = referrals;
    this.users = users;
    this.notifications = notifications;
    this.subjects = subjects;
    this.escalations = escalations;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ReferralSent event) {
    NotificationMessage message = NotificationMessage.of(NotificationKind.ACTION_REQUIRED,
        "routing.referral-received", "/inbox/referrals/" + event.referralId(),
        event.actionCode(), DUE.format(event.dueAt().atZone(clock.getZone())));
    notifications.notify(Recipient.everyone(Role.AGENCY_WORKER, event.organisationId()),
        message);
    notifications.notify(Recipient.everyone(Role.AGENCY_HEAD, event.organisationId()),
        message);
    // A police unit's referrals go to its inspectors (which of them reach the case, the inbox
    // decides); a referral an inspector made is news for the case's officer.
    notifications.notify(Recipient.everyone(Role.POLICE_INSPECTOR, event.organisationId()),
        message);
    if (!event.automatic()) {
      referrals.row(event.referralId())
          .map(row -> row.referral().createdBy())
          .flatMap(users::find)
          .filter(by -> by.role() == Role.POLICE_INSPECTOR)
          .flatMap(by -> subjects.of(event.caseId()))
          .filter(subject -> subject.officerId() != null)
          .ifPresent(subject -> notifications.notify(Recipient.user(subject.officerId()),
              NotificationMessage.of(NotificationKind.INFO, "routing.referral-by-police",
                  "/cases/" + event.caseId(), event.actionCode())));
    }
  }

  /**
   * A missed deadline: the heads of the body the ladder escalates to and of the organisation
   * that missed it must answer; the case's officer is told.
   */
  @ApplicationModuleListener
  void on(SlaBreached event) {
    escalations.row(event.escalationId()).map(EscalationRepository.Row::escalation)
        .ifPresent(escalation -> {
          NotificationMessage toHeads = NotificationMessage.of(NotificationKind.ESCALATION,
              "routing.escalation-opened", "/escalations/" + escalation.id(),
              String.valueOf(escalation.level()),
              DUE.format(escalation.answerBy().atZone(clock.getZone())));
          if (escalation.addresseeOrganisationId() != null) {
            notifications.notify(Recipient.everyone(Role.AGENCY_HEAD,
                escalation.addresseeOrganisationId()), toHeads);
          }
          notifications.notify(Recipient.everyone(Role.AGENCY_HEAD,
              escalation.breachedOrganisationId()), toHeads);
          if (escalation.officerId() != null) {
            notifications.notify(Recipient.user(escalation.officerId()),
                NotificationMessage.of(NotificationKind.ESCALATION,
                    "routing.escalation-opened-officer", "/cases/" + escalation.caseId(),
                    String.valueOf(escalation.level())));
          }
        });
  }

  @ApplicationModuleListener
  void on(ReferralStateChanged event) {
    subjects.of(event.caseId())
        .filter(subject -> subject.officerId() != null)
        .ifPresent(subject -> notifications.notify(Recipient.user(subject.officerId()),
            NotificationMessage.of(NotificationKind.INFO,
                "routing.referral-" + event.to().name().toLowerCase().replace('_', '-'),
                "/cases/" + event.caseId())));
  }
}
