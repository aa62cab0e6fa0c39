package kz.jol.indicators.web;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Says in the OpenAPI document what the {@link IndicatorGuard} may answer on the indicator API:
 * 503 with {@code Retry-After} and a problem {@code indicators.busy} or
 * {@code indicators.too-slow}, on exactly the addresses the guard stands on.
 */
@Component
class IndicatorGuardApiDocs implements OpenApiCustomizer {

  @Override
  public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
    if (openApi.getPaths() == null) {
      return;
    }
    openApi.getPaths().forEach((path, item) -> {
      if (guarded(path)) {
        item.readOperations().forEach(operation -> operation.getResponses().addApiResponse(
            "503", new ApiResponse()
                .description("""
                    Indicator work is limited per node (docs/indicators.md, "Guard"): \
                    `indicators.busy` when every computation permit stayed taken for the queue \
                    wait, `indicators.too-slow` when a query ran past the statement timeout \
                    (narrow the period or territory). Try again after `Retry-After` seconds.""")
                .addHeaderObject("Retry-After", new Header().description("seconds")
                    .schema(new Schema<Integer>().type("integer")))
                .content(new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<Object>().type("object"))))));
      }
    });
  }

  static boolean guarded(String path) {
    PathContainer container = PathContainer.parsePath(path);
    return Arrays.stream(IndicatorGuardConfiguration.GUARDED)
        .anyMatch(p -> PathPatternParser.defaultInstance.parse(p).matches(container))
        && Arrays.stream(IndicatorGuardConfiguration.NOT_GUARDED)
            .noneMatch(p -> PathPatternParser.defaultInstance.parse(p).matches(container));
  }
}
