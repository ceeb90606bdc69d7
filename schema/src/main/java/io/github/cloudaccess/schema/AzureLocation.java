package io.github.cloudaccess.schema;

import java.util.Optional;

/**
 * A blob in Azure Blob Storage (this toolkit's proposal: the convention defines no fields).
 *
 * @param accountName the storage account ({@code account_name})
 * @param containerName the container ({@code container_name})
 * @param blobName the blob name ({@code blob_name}), literal
 * @param region the Azure region, empty when absent
 * @param access the declared access class, empty when absent
 * @param pointer JSON pointer of the location object
 */
public record AzureLocation(
    String accountName,
    String containerName,
    String blobName,
    Optional<String> region,
    Optional<Access> access,
    String pointer)
    implements Location {

  @Override
  public String provider() {
    return "azure";
  }
}
