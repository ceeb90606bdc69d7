package io.github.cloudaccess.server.s3;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 clients for the embedded store: path-style addressing, explicit region and credentials
 * (the default chains would probe the instance-metadata endpoint), URLConnection transport.
 */
public final class S3Clients {

  private S3Clients() {}

  /** @return a client that signs nothing, as a user outside AWS without credentials */
  public static S3Client anonymous(URI endpoint, String region) {
    return build(endpoint, region, AnonymousCredentialsProvider.create());
  }

  /** @return a client signing with the store's generated credentials */
  public static S3Client authenticated(URI endpoint, String region, S3Credentials credentials) {
    return build(endpoint, region, StaticCredentialsProvider.create(
        AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey())));
  }

  private static S3Client build(URI endpoint, String region, AwsCredentialsProvider provider) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .forcePathStyle(true)
        .region(Region.of(region))
        .credentialsProvider(provider)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
