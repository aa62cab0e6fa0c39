/** The action plans' pages and API. */
package kz.jol.actionplan.web;
