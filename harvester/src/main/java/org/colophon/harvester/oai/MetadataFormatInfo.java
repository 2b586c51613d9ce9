package org.colophon.harvester.oai;

/** One entry of ListMetadataFormats. */
public record MetadataFormatInfo(String prefix, String schema, String namespace) {}
