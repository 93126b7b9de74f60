package dev.comptoir.aggregator.responsecache.control;

import java.util.Set;

/** A complete answer as it was sent: its JSON, its entity tag, and the ids it was made from. */
public record CachedResponse(byte[] body, String etag, Set<String> tags, long storedAtNanos) {}
