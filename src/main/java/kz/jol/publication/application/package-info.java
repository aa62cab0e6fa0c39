/** Publishing, correcting and withdrawing figure tables, and reading what is public. */
package kz.jol.publication.application;
