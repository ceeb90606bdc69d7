package io.github.cloudaccess.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.client.plan.AzureRoute;
import io.github.cloudaccess.client.plan.GoogleRoute;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Public URLs of GCS objects and Azure blobs, with names encoded so no server rewrites them. */
class BlobEndpointsTest {

  @Test
  void googleObjectsAreAddressedOnTheirBucketPath() {
    GoogleRoute r = new GoogleRoute("bkt", "dir/a b+c%.fits", Optional.empty(), "/google");
    assertThat(BlobEndpoints.defaults().google(r))
        .hasToString("https://storage.googleapis.com/bkt/dir/a%20b%2Bc%25.fits");
  }

  @Test
  void dotSegmentsAreEncoded() {
    GoogleRoute r = new GoogleRoute("bkt", "../x/./y", Optional.empty(), "/google");
    assertThat(BlobEndpoints.defaults().google(r)).hasToString("https://storage.googleapis.com/bkt/%2E%2E/x/%2E/y");
  }

  @Test
  void azureBlobsUseTheAccountHostOrTheOverride() {
    AzureRoute r = new AzureRoute("acct", "cont", "d/é.fits", Optional.empty(), "/azure");
    assertThat(BlobEndpoints.defaults().azure(r)).hasToString("https://acct.blob.core.windows.net/cont/d/%C3%A9.fits");
    BlobEndpoints local = new BlobEndpoints(URI.create("http://127.0.0.1:1/"), Optional.of(URI.create("http://127.0.0.1:2/")));
    assertThat(local.azure(r)).hasToString("http://127.0.0.1:2/acct/cont/d/%C3%A9.fits");
  }
}
