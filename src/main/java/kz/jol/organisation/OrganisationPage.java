package kz.jol.organisation;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the organisations on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many organisations match in all
 */
public record OrganisationPage(List<Organisation> items, int page, int size, long total) {}
