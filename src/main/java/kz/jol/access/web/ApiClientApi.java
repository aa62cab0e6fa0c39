package kz.jol.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.ApiClients;
import kz.jol.access.ApiClients.ApiClient;
import kz.jol.access.ApiClients.IssuedSecret;
import kz.jol.access.ApiClients.NewApiClient;
import kz.jol.access.Role;
import kz.jol.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's side of the partner API: the partner systems' client accounts. */
@RestController
@Allowed(Role.ADMIN)
@Tag(name = "API clients", description = "Accounts of partner agencies' systems (ADR 0009)")
class ApiClientApi {

  private static final String ISSUED = """
      {"client": {"id": "3f1c2a9e-6b0d-4c55-9a57-2f0a4e1b7c11",
                  "clientId": "partner-k7m2q9x4h3td", "name": "ЦОН Караганды — интеграция",
                  "organisationId": "0b6f3f0e-5a43-4a8c-8f3e-7f0d1c2b3a41",
                  "territoryCode": "351010000", "enabled": true,
                  "createdAt": "2026-11-24T09:00:00Z", "updatedAt": "2026-11-24T09:00:00Z"},
       "secret": "q3Vh2k9T0n8xR1bW5mZ7cY4aL6pE2sD8fG0jH3kN5uQ"}""";

  private final ApiClients clients;

  ApiClientApi(ApiClients clients) {
    this.clients = clients;
  }

  @PostMapping("/api/v1/admin/api-clients")
  @Operation(summary = "Create a partner system's API client and issue its secret",
      description = "The client is bound to one active partner organisation (an agency, not a "
          + "probation, police or prosecutor's unit). The answer carries the secret in clear "
          + "once: store it in the partner system; Jol keeps only its BCrypt hash. The system "
          + "then calls /api/v1/partner/** with HTTP Basic (clientId:secret).",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "new client",
              value = """
                  {"name": "ЦОН Караганды — интеграция",
                   "organisationId": "0b6f3f0e-5a43-4a8c-8f3e-7f0d1c2b3a41"}"""))),
      responses = @ApiResponse(responseCode = "201", description = "created; secret shown once",
          content = @Content(mediaType = "application/json",
              examples = @ExampleObject(name = "issued", value = ISSUED))))
  ResponseEntity<IssuedSecret> create(@RequestBody NewApiClient input) {
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
        .body(clients.create(input));
  }

  @GetMapping("/api/v1/admin/api-clients")
  @Operation(summary = "List partner systems' API clients, optionally of one organisation",
      description = "Secrets are never shown again.")
  List<ApiClient> list(@RequestParam(required = false) UUID organisationId) {
    return clients.list(organisationId);
  }

  @GetMapping("/api/v1/admin/api-clients/{id}")
  @Operation(summary = "One API client")
  ApiClient get(@PathVariable UUID id) {
    return clients.find(id).orElseThrow(() -> new NotFoundException("api client", id));
  }

  @PostMapping("/api/v1/admin/api-clients/{id}/secret")
  @Operation(summary = "Rotate the secret: issue a new one, the old one stops working at once",
      responses = @ApiResponse(responseCode = "200", description = "the new secret, shown once",
          content = @Content(mediaType = "application/json",
              examples = @ExampleObject(name = "issued", value = ISSUED))))
  ResponseEntity<IssuedSecret> rotate(@PathVariable UUID id) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(clients.rotateSecret(id));
  }

  @PostMapping("/api/v1/admin/api-clients/{id}/disable")
  @Operation(summary = "Disable a client: its next call answers 401")
  ApiClient disable(@PathVariable UUID id) {
    return clients.setEnabled(id, false);
  }

  @PostMapping("/api/v1/admin/api-clients/{id}/enable")
  @Operation(summary = "Enable a disabled client again, with its current secret")
  ApiClient enable(@PathVariable UUID id) {
    return clients.setEnabled(id, true);
  }
}
