package kz.jol.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may call a controller method (or every method of a controller class). A method's
 * declaration replaces its class's. A handler without one is denied to everyone: deny by default.
 * Scope (territory, organisation) is checked by the service on top of this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

  /** The roles that may call; empty together with {@link #anyRole()} false means nobody. */
  Role[] value() default {};

  /** Any signed-in user, whatever the role (own profile, reference lists). */
  boolean anyRole() default false;
}
