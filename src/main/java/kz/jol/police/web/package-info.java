/** The police module's REST API and pages. */
package kz.jol.police.web;
