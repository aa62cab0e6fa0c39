package kz.jol.web;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** Names of territories and organisations in the user's language, for page headers. */
@Component
class PlaceNames {

  String territory(String code) {
    return code;
  }

  String organisation(UUID id) {
    return id == null ? null : id.toString();
  }
}
