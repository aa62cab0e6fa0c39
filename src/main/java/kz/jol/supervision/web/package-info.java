/** The supervision API under {@code /api/v1/cases/{id}/supervision}, the card section and pages. */
package kz.jol.supervision.web;
