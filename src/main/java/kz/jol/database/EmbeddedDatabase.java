package kz.jol.database;

import java.nio.file.Path;

/**
 * Present as a bean only when Jol runs on its own embedded PostgreSQL (no database configured):
 * the signal that this is a developer's or demonstrator's machine, never production.
 *
 * @param dataDirectory where the server keeps its data
 * @param port the port it listens on (localhost)
 */
public record EmbeddedDatabase(Path dataDirectory, int port) {}
