/** The administrator's publication pages, the public portal, its open data and public API. */
package kz.jol.publication.web;
