package io.github.cloudaccess.server.http;

import io.github.cloudaccess.server.catalogue.Catalogue;
import io.github.cloudaccess.server.cloud.ResponseOptions;
import io.github.cloudaccess.server.response.Links;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * What every endpoint needs: the catalogue, the URL builder, the server-wide response options
 * and the row limits.
 *
 * @param catalogue the records and their bytes
 * @param links URL builder for this server's base URI
 * @param defaults server-wide encoding, form, placement and defect
 * @param maxRec rows returned when MAXREC is absent
 * @param maxRecLimit most rows ever returned (larger MAXREC values are capped, with OVERFLOW)
 * @param started when the server started (Last-Modified of the products)
 * @param variants completes when the S3 variants the object defects name are stored
 */
public record ServerContext(Catalogue catalogue, Links links, ResponseOptions defaults,
    long maxRec, long maxRecLimit, Instant started, CompletableFuture<Void> variants) {}
