/** The routing API: the matrix, referrals of a case, the agency inbox. */
package kz.jol.routing.web;
