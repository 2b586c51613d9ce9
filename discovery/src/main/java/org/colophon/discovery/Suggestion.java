package org.colophon.discovery;

/**
 * One completion of what a reader is typing.
 *
 * @param value the title, name or subject as catalogued
 * @param kind {@code title}, {@code name} or {@code subject}
 * @param count how many Instances carry it
 */
public record Suggestion(String value, String kind, long count) {}
