package kz.jol.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.access.UserSummary;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.ManagedUser;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own profile, and user administration for administrators. */
@RestController
@Tag(name = "Users", description = "Who may sign in, with which role and scope")
class UserApi {

  private final UserAdministration users;
  private final CurrentActor currentActor;

  UserApi(UserAdministration users, CurrentActor currentActor) {
    this.users = users;
    this.currentActor = currentActor;
  }

  /** A user as the administrator sees it, with the version to send back on update. */
  record UserView(UUID id, String username, String fullName, Role role, UUID organisationId,
      String territoryCode, boolean enabled, int version, String email) {
    static UserView of(ManagedUser managed) {
      UserSummary u = managed.user();
      return new UserView(u.id(), u.username(), u.fullName(), u.role(), u.organisationId(),
          u.territoryCode(), u.enabled(), managed.version(), managed.email());
    }
  }

  record PasswordReset(String password) {}

  record EmailChange(String email) {}

  @GetMapping("/api/v1/me")
  @Allowed(anyRole = true)
  @Operation(summary = "Who am I: role, organisation and territory of the signed-in user")
  Actor me() {
    return currentActor.require();
  }

  @GetMapping("/api/v1/admin/users")
  @Allowed(Role.ADMIN)
  @Operation(summary = "List users, optionally by role or organisation")
  List<UserView> list(@RequestParam(required = false) Role role,
      @RequestParam(required = false) UUID organisationId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return users.list(role, organisationId, page * size, size).stream()
        .map(UserView::of)
        .toList();
  }

  @GetMapping("/api/v1/admin/users/{id}")
  @Allowed(Role.ADMIN)
  UserView get(@PathVariable UUID id) {
    return users.find(id).map(UserView::of)
        .orElseThrow(() -> new NotFoundException("user", id));
  }

  @PostMapping("/api/v1/admin/users")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Create a user bound to an organisation and a territory")
  ResponseEntity<UserView> create(@RequestBody UserForm form) {
    return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(users.create(form)));
  }

  @PutMapping("/api/v1/admin/users/{id}")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Change a user's name, role, organisation, territory or enabled flag")
  UserView update(@PathVariable UUID id, @RequestBody UserForm form) {
    return UserView.of(users.update(id, form));
  }

  @PutMapping("/api/v1/admin/users/{id}/email")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Set the address where the user's notifications are e-mailed; empty "
      + "removes it")
  UserView changeEmail(@PathVariable UUID id, @RequestBody EmailChange change) {
    return UserView.of(users.changeEmail(id, change.email()));
  }

  @PostMapping("/api/v1/admin/users/{id}/password")
  @Allowed(Role.ADMIN)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Set a new password for a user")
  void resetPassword(@PathVariable UUID id, @RequestBody PasswordReset reset) {
    users.resetPassword(id, reset.password());
  }
}
