package org.colophon.harvester.oai;

/** One entry of ListSets. */
public record SetInfo(String spec, String name) {}
