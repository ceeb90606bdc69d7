package io.github.cloudaccess.client;

import io.github.cloudaccess.client.plan.AccessUrls;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.record.RowSelection;
import io.github.cloudaccess.client.record.VotableRecords;
import io.github.cloudaccess.client.transfer.ChunkSink;
import io.github.cloudaccess.client.transfer.SafeHttp;
import io.github.cloudaccess.client.transfer.TransferException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads records from a VOTable file or a service URL, and follows discovery rows whose
 * {@code access_format} announces DataLink to their {@code #this} row (HEASARC's placement of
 * {@code cloud_access}).
 */
public final class RecordSource {

  /** Records read plus notes about what could not be followed. @param records records @param warnings notes */
  public record Loaded(List<ProductRecord> records, List<String> warnings) {}

  private final SafeHttp http;

  /** @param http the transport for service URLs and DataLink documents */
  public RecordSource(SafeHttp http) {
    this.http = http;
  }

  /**
   * @param location a file path or an http(s) URL
   * @param selection which rows
   * @param followDataLink follow DataLink access URLs to their #this rows
   * @return the records
   * @throws IOException when the document cannot be read
   * @throws TransferException when the URL cannot be fetched
   */
  public Loaded load(String location, RowSelection selection, boolean followDataLink)
      throws IOException, TransferException {
    List<ProductRecord> rows;
    Optional<URI> url = AccessUrls.parse(location);
    if (url.isPresent()) {
      rows = fetch(url.get(), selection);
    } else {
      try (InputStream in = Files.newInputStream(Path.of(location))) {
        rows = VotableRecords.read(in, selection).records();
      }
    }
    return followDataLink ? follow(rows) : new Loaded(rows, List.of());
  }

  private Loaded follow(List<ProductRecord> rows) {
    List<ProductRecord> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ProductRecord r : rows) {
      Optional<URI> dl = r.accessUrl().flatMap(AccessUrls::parse);
      if (!r.accessUrlIsDataLink() || dl.isEmpty()) {
        out.add(r);
        continue;
      }
      try {
        List<ProductRecord> links = fetch(dl.get(), RowSelection.all());
        if (links.isEmpty()) {
          warnings.add("row " + r.index() + ": the DataLink document has no usable #this row");
        }
        for (ProductRecord l : links) {
          out.add(new ProductRecord(r.index(), l.cloudAccess().or(r::cloudAccess), l.accessUrl(),
              l.accessFormat(), l.exactSize(), r.estimatedSize()));
        }
        if (links.isEmpty()) {
          out.add(withoutAccessUrl(r));
        }
      } catch (IOException | TransferException e) {
        // The access_url names a DataLink document, not the file: never download it as the product.
        warnings.add("row " + r.index() + ": DataLink document not readable (" + e.getMessage() + ")");
        out.add(withoutAccessUrl(r));
      }
    }
    return new Loaded(out, warnings);
  }

  private static ProductRecord withoutAccessUrl(ProductRecord r) {
    return new ProductRecord(r.index(), r.cloudAccess(), Optional.empty(), r.accessFormat(), r.exactSize(),
        r.estimatedSize());
  }

  private List<ProductRecord> fetch(URI url, RowSelection selection) throws IOException, TransferException {
    Path tmp = Files.createTempFile("cloud-access-votable-", ".xml");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        http.get(url, new ChunkSink() {
          @Override
          public void begin(long declaredLength) {}

          @Override
          public void write(ByteBuffer chunk) throws IOException {
            while (chunk.hasRemaining()) {
              ch.write(chunk);
            }
          }
        });
      }
      try (InputStream in = Files.newInputStream(tmp)) {
        return VotableRecords.read(in, selection).records();
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
