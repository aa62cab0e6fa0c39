/** The suppression rule of published tables in plain Java; nothing here reads the clock. */
package kz.jol.publication.domain;
