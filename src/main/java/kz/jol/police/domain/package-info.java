/** The police module's rules as plain Java: reading addresses and matching them to precincts. */
package kz.jol.police.domain;
