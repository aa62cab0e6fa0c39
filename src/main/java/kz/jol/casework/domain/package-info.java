/** The route sheet's rules in plain Java: which steps the person takes, merged and in order. */
package kz.jol.casework.domain;
