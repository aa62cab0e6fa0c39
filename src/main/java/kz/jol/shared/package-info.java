/**
 * The shared kernel: plain Java types every module may use — the error vocabulary that the web
 * layer turns into RFC 9457 problem details. No Spring here.
 */
package kz.jol.shared;
