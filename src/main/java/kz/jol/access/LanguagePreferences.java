package kz.jol.access;

import java.util.Optional;
import java.util.UUID;

/**
 * The language each user last chose (kk, ru or en), kept in their account so that it follows
 * them to any device at sign-in and into their e-mails.
 */
public interface LanguagePreferences {

  /**
   * The session attribute holding a language chosen on the sign-in page before anyone signed in:
   * the newest choice, so sign-in keeps it and remembers it for the account.
   */
  String CHOSEN_BEFORE_SIGN_IN = LanguagePreferences.class.getName() + ".CHOSEN_BEFORE_SIGN_IN";

  /** The user's language, if they ever chose one. */
  Optional<String> language(UUID userId);

  /** Keeps {@code language} (kk, ru or en; anything else is ignored) as the user's choice. */
  void remember(UUID userId, String language);
}
