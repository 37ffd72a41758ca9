package com.mediaframing.output;

/**
 * A view of {@code framing.duckdb} that a dashboard reads directly: its name, a one-line meaning,
 * how it is computed (for the data dictionary and the database's own comments) and its SQL body
 * over the tables. The SQL is plain DuckDB SQL with no Spark in it, so it runs wherever the file is
 * opened.
 */
public record BiView(String name, String description, String howComputed, String sql) {}
