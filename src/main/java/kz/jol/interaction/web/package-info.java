/** The interaction registry's pages and API. */
package kz.jol.interaction.web;
