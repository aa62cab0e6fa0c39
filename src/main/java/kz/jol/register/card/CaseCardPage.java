package kz.jol.register.card;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of pages and fragments that belong to the case card (a section's forms):
 * the register's page advice then answers their refusals as it answers the card's own, with
 * Jol's error pages rather than JSON.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CaseCardPage {}
