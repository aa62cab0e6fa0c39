package kz.jol.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.stream.Collectors;
import kz.jol.access.Allowed;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** The API's description at /v3/api-docs: what it is and how clients authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI jolOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Jol API")
            .version("v1")
            .description("""
                The interagency platform of the probation service and its partners.

                **Authentication.** Every call carries HTTP Basic credentials of a Jol user
                (over TLS in production); the API keeps no session and accepts no cookie.
                Partner agencies' systems sign in as an API client of their organisation
                (role PARTNER_SYSTEM): its client id and the secret an administrator issued
                under /api/v1/admin/api-clients. They call the Partner API under
                /api/v1/partner, where every write needs `If-Match` (the ETag read last) and
                accepts an `Idempotency-Key`.

                **Access.** Each operation lists the roles that may call it; anything else is
                refused with 403. Records outside the caller's territory or organisation
                answer 404, like records that do not exist.

                **Errors.** RFC 9457 problem details (`application/problem+json`) with a stable
                `code` and, for bad input, `errors: [{field, code, message}]`. Messages follow
                `Accept-Language`: `kk`, `ru` or `en`."""))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A user name and password, or an API client's id and secret")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }

  /** Writes each operation's allowed roles, from its {@link Allowed} declaration, into the docs. */
  @Bean
  OperationCustomizer allowedRoles() {
    return (operation, handler) -> {
      Allowed allowed = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Allowed.class);
      if (allowed == null) {
        allowed = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Allowed.class);
      }
      if (allowed != null) {
        String roles = allowed.anyRole() ? "any signed-in user"
            : Arrays.stream(allowed.value()).map(Enum::name).collect(Collectors.joining(", "));
        String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
        operation.setDescription(description + "**Allowed:** " + roles);
      }
      return operation;
    };
  }
}
